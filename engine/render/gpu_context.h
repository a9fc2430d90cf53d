#pragma once
// The Vulkan objects every run needs, created in order and destroyed in reverse: validation log,
// instance, (surface), device, pipeline cache. Windowed runs pass their window; headless runs don't.
#include <memory>
#include <string>

#include "gpu/device.h"
#include "gpu/instance.h"
#include "gpu/pipeline_cache.h"
#include "gpu/validation_log.h"

namespace perfuse {

class Window;

// Who creates the instance and device. Empty members: Vulkan itself. VR fills all three from the
// OpenXR runtime (XR_KHR_vulkan_enable2), which must create both and picks the physical device.
struct VulkanCreation {
    CreateVkInstanceFn create_instance;
    ChoosePhysicalDeviceFn choose_physical;
    CreateVkDeviceFn create_device;
};

struct GpuContextOptions {
    bool validation = false;
    std::string gpu_name;                 // --gpu
    const Window* window = nullptr;       // null: headless, no surface, no swapchain
    bool persistent_pipeline_cache = true;
    VulkanCreation creation;
};

class GpuContext {
public:
    // LOG outlives the context, so messages from tearing it down are still counted.
    GpuContext(const GpuContextOptions& options, ValidationLog& log);
    ~GpuContext();
    GpuContext(const GpuContext&) = delete;
    GpuContext& operator=(const GpuContext&) = delete;

    Instance& instance() { return *instance_; }
    Device& device() { return *device_; }
    PipelineCache& pipeline_cache() { return *pipeline_cache_; }
    VkSurfaceKHR surface() const { return surface_; }

private:
    std::unique_ptr<Instance> instance_;
    VkSurfaceKHR surface_ = VK_NULL_HANDLE;
    std::unique_ptr<Device> device_;
    std::unique_ptr<PipelineCache> pipeline_cache_;
};

}  // namespace perfuse
