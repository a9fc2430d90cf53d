// Proves the failure path: a deliberate misuse of Vulkan must reach the validation log, so a test
// run with validation cannot pass while the layer complains.
#include <gtest/gtest.h>

#include "gpu/device.h"
#include "gpu/instance.h"
#include "gpu/vk_check.h"

namespace perfuse {

TEST(Validation, DeliberateMisuseIsRecorded) {
    ValidationLog log;
    {
        Instance instance(InstanceOptions{.validation = true}, &log);
        ASSERT_TRUE(instance.validation_enabled());
        Device device(instance, DeviceOptions{});
        // Anisotropic filtering without enabling the samplerAnisotropy feature is invalid usage
        // (VUID-VkSamplerCreateInfo-anisotropyEnable-01070); drivers still create the sampler.
        const VkSamplerCreateInfo info{
            .sType = VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO,
            .anisotropyEnable = VK_TRUE,
            .maxAnisotropy = 4.0f,
        };
        VkSampler sampler = VK_NULL_HANDLE;
        vkCreateSampler(device.handle(), &info, nullptr, &sampler);
        if (sampler) vkDestroySampler(device.handle(), sampler, nullptr);
    }
    ASSERT_GE(log.problem_count(), 1);
    bool mentions_vuid = false;
    for (const std::string& message : log.problems())
        mentions_vuid |= message.find("anisotropyEnable") != std::string::npos;
    EXPECT_TRUE(mentions_vuid) << ::testing::PrintToString(log.problems());
}

TEST(Validation, CleanUseRecordsNothing) {
    ValidationLog log;
    {
        Instance instance(InstanceOptions{.validation = true}, &log);
        Device device(instance, DeviceOptions{});
        const VkSamplerCreateInfo info{.sType = VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO, .maxLod = 1.0f};
        VkSampler sampler = VK_NULL_HANDLE;
        VK_CHECK(vkCreateSampler(device.handle(), &info, nullptr, &sampler));
        vkDestroySampler(device.handle(), sampler, nullptr);
    }
    EXPECT_EQ(log.problem_count(), 0) << ::testing::PrintToString(log.problems());
}

TEST(VkCheck, ErrorNamesCallResultAndPlace) {
    try {
        VK_CHECK(VK_ERROR_DEVICE_LOST);
        FAIL();
    } catch (const VulkanError& e) {
        const std::string message = e.what();
        EXPECT_EQ(e.result, VK_ERROR_DEVICE_LOST);
        EXPECT_NE(message.find("VK_ERROR_DEVICE_LOST"), std::string::npos) << message;
        EXPECT_NE(message.find("validation_test.cpp:"), std::string::npos) << message;
    }
}

}  // namespace perfuse
