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

struct GpuContextOptions {
    bool validation = false;
    std::string gpu_name;                 // --gpu
    const Window* window = nullptr;       // null: headless, no surface, no swapchain
    bool persistent_pipeline_cache = true;
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
