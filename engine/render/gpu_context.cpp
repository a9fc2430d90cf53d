#include "render/gpu_context.h"

#include "platform/user_dirs.h"
#include "platform/window.h"

namespace perfuse {

GpuContext::GpuContext(const GpuContextOptions& options, ValidationLog& log) {
    InstanceOptions instance_options;
    instance_options.validation = options.validation;
    if (options.window) instance_options.extensions = window_instance_extensions();
    instance_options.create = options.creation.create_instance;
    instance_ = std::make_unique<Instance>(instance_options, &log);
    if (options.window) surface_ = options.window->create_surface(instance_->handle());
    try {
        device_ = std::make_unique<Device>(*instance_, DeviceOptions{.prefer_name = options.gpu_name,
                                                                     .surface = surface_,
                                                                     .choose_physical = options.creation.choose_physical,
                                                                     .create = options.creation.create_device});
        std::filesystem::path cache_file;
        if (options.persistent_pipeline_cache) {
            if (const std::filesystem::path dir = user_cache_dir("perfuse"); !dir.empty())
                cache_file = dir / "pipeline_cache.bin";
        }
        pipeline_cache_ = std::make_unique<PipelineCache>(*device_, cache_file);
    } catch (...) {
        pipeline_cache_.reset();
        device_.reset();
        if (surface_) vkDestroySurfaceKHR(instance_->handle(), surface_, nullptr);
        throw;
    }
}

GpuContext::~GpuContext() {
    pipeline_cache_.reset();
    device_.reset();
    if (surface_) vkDestroySurfaceKHR(instance_->handle(), surface_, nullptr);
    instance_.reset();
}

}  // namespace perfuse
