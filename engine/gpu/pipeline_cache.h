#pragma once
// The driver's pipeline cache, kept on disk between runs so pipelines build fast after the first
// start. A file from another driver or device is detected by its header and ignored.
#include <filesystem>

#include <vulkan/vulkan.h>

namespace perfuse {

class Device;

class PipelineCache {
public:
    // FILE may be empty: then the cache lives in memory only.
    PipelineCache(Device& device, std::filesystem::path file);
    // Saves (atomically) when a file was given.
    ~PipelineCache();
    PipelineCache(const PipelineCache&) = delete;
    PipelineCache& operator=(const PipelineCache&) = delete;

    VkPipelineCache handle() const { return cache_; }
    bool loaded_from_disk() const { return loaded_from_disk_; }
    // Writes the current contents; returns an empty string or a one-line error.
    std::string save() const;

private:
    Device& device_;
    std::filesystem::path file_;
    VkPipelineCache cache_ = VK_NULL_HANDLE;
    bool loaded_from_disk_ = false;
};

// True when DATA starts with a pipeline-cache header written by this exact device and driver.
bool pipeline_cache_matches(const VkPhysicalDeviceProperties& props, const void* data, std::size_t size_bytes);

}  // namespace perfuse
