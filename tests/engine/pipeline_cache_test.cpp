#include <cstring>

#include <gtest/gtest.h>

#include "gpu/pipeline_cache.h"

namespace perfuse {

namespace {
std::vector<uint8_t> header_for(const VkPhysicalDeviceProperties& props) {
    std::vector<uint8_t> data(48, 0);
    const uint32_t fields[4] = {32, VK_PIPELINE_CACHE_HEADER_VERSION_ONE, props.vendorID, props.deviceID};
    std::memcpy(data.data(), fields, sizeof fields);
    std::memcpy(data.data() + 16, props.pipelineCacheUUID, VK_UUID_SIZE);
    return data;
}
}  // namespace

TEST(PipelineCacheHeader, AcceptsOwnDeviceAndRejectsOthers) {
    VkPhysicalDeviceProperties props{};
    props.vendorID = 0x10005;
    props.deviceID = 7;
    for (uint32_t i = 0; i < VK_UUID_SIZE; ++i) props.pipelineCacheUUID[i] = uint8_t(i);
    std::vector<uint8_t> data = header_for(props);
    EXPECT_TRUE(pipeline_cache_matches(props, data.data(), data.size()));

    VkPhysicalDeviceProperties other = props;
    other.pipelineCacheUUID[3] ^= 1;  // a driver update changes the UUID
    EXPECT_FALSE(pipeline_cache_matches(other, data.data(), data.size()));
    other = props;
    other.deviceID = 8;
    EXPECT_FALSE(pipeline_cache_matches(other, data.data(), data.size()));
    EXPECT_FALSE(pipeline_cache_matches(props, data.data(), 10));  // truncated file
}

}  // namespace perfuse
