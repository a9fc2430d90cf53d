#include "gpu/pipeline_cache.h"

#include <cstdio>
#include <cstring>
#include <exception>
#include <vector>

#include "gpu/device.h"
#include "gpu/vk_check.h"
#include "platform/file_io.h"

namespace perfuse {

bool pipeline_cache_matches(const VkPhysicalDeviceProperties& props, const void* data, std::size_t size_bytes) {
    // Header layout from the Vulkan spec (VkPipelineCacheHeaderVersionOne): 32 bytes.
    struct Header {
        uint32_t length;
        uint32_t version;
        uint32_t vendor_id;
        uint32_t device_id;
        uint8_t uuid[VK_UUID_SIZE];
    };
    if (size_bytes < sizeof(Header)) return false;
    Header header;
    std::memcpy(&header, data, sizeof header);
    return header.length >= sizeof(Header) && header.version == VK_PIPELINE_CACHE_HEADER_VERSION_ONE &&
           header.vendor_id == props.vendorID && header.device_id == props.deviceID &&
           std::memcmp(header.uuid, props.pipelineCacheUUID, VK_UUID_SIZE) == 0;
}

PipelineCache::PipelineCache(Device& device, std::filesystem::path file) : device_(device), file_(std::move(file)) {
    FileBytes existing;
    if (!file_.empty()) existing = read_file(file_);
    const bool usable = !file_.empty() && existing.ok() &&
                        pipeline_cache_matches(device.properties(), existing.bytes.data(), existing.bytes.size());
    const VkPipelineCacheCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_PIPELINE_CACHE_CREATE_INFO,
        .initialDataSize = usable ? existing.bytes.size() : 0,
        .pInitialData = usable ? existing.bytes.data() : nullptr,
    };
    VK_CHECK(vkCreatePipelineCache(device.handle(), &info, nullptr, &cache_));
    loaded_from_disk_ = usable;
}

PipelineCache::~PipelineCache() {
    if (!file_.empty()) {
        // A destructor must not throw: after a lost device the driver may refuse to hand out the data.
        std::string error;
        try {
            error = save();
        } catch (const std::exception& e) {
            error = e.what();
        }
        if (!error.empty()) std::fprintf(stderr, "perfuse: pipeline cache not saved: %s\n", error.c_str());
    }
    vkDestroyPipelineCache(device_.handle(), cache_, nullptr);
}

std::string PipelineCache::save() const {
    if (file_.empty()) return {};
    size_t size = 0;
    VK_CHECK(vkGetPipelineCacheData(device_.handle(), cache_, &size, nullptr));
    std::vector<uint8_t> data(size);
    VK_CHECK(vkGetPipelineCacheData(device_.handle(), cache_, &size, data.data()));
    return write_file_atomic(file_, data.data(), size);
}

}  // namespace perfuse
