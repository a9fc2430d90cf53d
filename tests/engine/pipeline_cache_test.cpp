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

#include <filesystem>

#include "gpu/device.h"
#include "gpu/instance.h"

namespace perfuse {

TEST(PipelineCacheFile, SavedOnExitAndReloadedNextTime) {
    const auto file = std::filesystem::temp_directory_path() / "perfuse_pipeline_cache_test.bin";
    std::filesystem::remove(file);
    ValidationLog log;
    {
        Instance instance(InstanceOptions{.validation = true}, &log);
        Device device(instance, DeviceOptions{});
        {
            PipelineCache first(device, file);
            EXPECT_FALSE(first.loaded_from_disk());
        }
        ASSERT_TRUE(std::filesystem::exists(file));
        PipelineCache second(device, file);
        EXPECT_TRUE(second.loaded_from_disk());
    }
    EXPECT_EQ(log.problem_count(), 0);
}

TEST(PipelineCacheFile, GarbageFileIsIgnoredNotTrusted) {
    const auto file = std::filesystem::temp_directory_path() / "perfuse_pipeline_cache_garbage.bin";
    {
        std::FILE* f = std::fopen(file.c_str(), "wb");
        std::fputs("this is not a pipeline cache at all, just text pretending to be one", f);
        std::fclose(f);
    }
    ValidationLog log;
    {
        Instance instance(InstanceOptions{.validation = true}, &log);
        Device device(instance, DeviceOptions{});
        PipelineCache cache(device, file);
        EXPECT_FALSE(cache.loaded_from_disk());
    }
    EXPECT_EQ(log.problem_count(), 0);
}

}  // namespace perfuse
