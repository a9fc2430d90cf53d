// Runs on the real Vulkan driver (lavapipe in CI) with the validation layer on: any validation
// message fails the test.
#include <cstring>
#include <numeric>

#include <gtest/gtest.h>

#include "gpu/buffer.h"
#include "gpu/device.h"
#include "gpu/image.h"
#include "gpu/instance.h"

namespace perfuse {

class VulkanDeviceTest : public ::testing::Test {
protected:
    void TearDown() override {
        device.reset();
        instance.reset();
        EXPECT_EQ(log.problem_count(), 0) << "validation messages: " << ::testing::PrintToString(log.problems());
    }
    void SetUp() override {
        instance = std::make_unique<Instance>(InstanceOptions{.validation = true}, &log);
        device = std::make_unique<Device>(*instance, DeviceOptions{});
    }
    ValidationLog log;
    std::unique_ptr<Instance> instance;
    std::unique_ptr<Device> device;
};

TEST_F(VulkanDeviceTest, UploadedBufferReadsBackIdentical) {
    std::vector<uint32_t> data(4096);
    std::iota(data.begin(), data.end(), 17u);
    Buffer gpu = upload_buffer(*device, data.data(), data.size() * 4,
                               VK_BUFFER_USAGE_TRANSFER_SRC_BIT | VK_BUFFER_USAGE_VERTEX_BUFFER_BIT);
    Buffer readback(*device, data.size() * 4, VK_BUFFER_USAGE_TRANSFER_DST_BIT, MemoryUse::cpu_to_gpu);
    device->submit_and_wait([&](VkCommandBuffer cmd) {
        const VkBufferCopy region{.size = data.size() * 4};
        vkCmdCopyBuffer(cmd, gpu.handle(), readback.handle(), 1, &region);
    });
    EXPECT_EQ(std::memcmp(readback.mapped(), data.data(), data.size() * 4), 0);
}

TEST_F(VulkanDeviceTest, ManySmallResourcesShareMemoryBlocks) {
    std::vector<Buffer> buffers;
    for (int i = 0; i < 500; ++i)
        buffers.emplace_back(*device, 1024, VK_BUFFER_USAGE_VERTEX_BUFFER_BIT, MemoryUse::gpu_only);
    std::vector<Image> images;
    for (int i = 0; i < 8; ++i)
        images.emplace_back(*device, ImageDesc{.extent = {64, 64},
                                               .format = VK_FORMAT_R8G8B8A8_UNORM,
                                               .usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT});
    // 500 buffers + 8 images in a handful of 64 MiB blocks, not 508 driver allocations.
    EXPECT_LE(device->memory().block_count(), 3u);
}

TEST_F(VulkanDeviceTest, UnknownGpuNameListsWhatExists) {
    try {
        Device other(*instance, DeviceOptions{.prefer_name = "no-such-gpu-xyz"});
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        const std::string message = e.what();
        EXPECT_NE(message.find("no usable Vulkan device matches --gpu 'no-such-gpu-xyz'"), std::string::npos) << message;
        EXPECT_NE(message.find(device->name()), std::string::npos) << message;
    }
}

TEST_F(VulkanDeviceTest, MsaaChoiceNeverExceedsWhatWasAsked) {
    EXPECT_EQ(device->max_msaa_samples(VK_SAMPLE_COUNT_1_BIT), VK_SAMPLE_COUNT_1_BIT);
    EXPECT_LE(device->max_msaa_samples(VK_SAMPLE_COUNT_4_BIT), VK_SAMPLE_COUNT_4_BIT);
}

}  // namespace perfuse
