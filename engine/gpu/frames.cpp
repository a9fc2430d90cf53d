#include "gpu/frames.h"

#include "gpu/device.h"
#include "gpu/fault_injection.h"
#include "gpu/vk_check.h"

namespace perfuse {

FrameRing::FrameRing(Device& device) : device_(device) {
    for (Slot& slot : slots_) {
        const VkCommandPoolCreateInfo pool_info{
            .sType = VK_STRUCTURE_TYPE_COMMAND_POOL_CREATE_INFO,
            .flags = VK_COMMAND_POOL_CREATE_TRANSIENT_BIT,
            .queueFamilyIndex = device.queue_family(),
        };
        VK_CHECK(vkCreateCommandPool(device.handle(), &pool_info, nullptr, &slot.pool));
        const VkCommandBufferAllocateInfo alloc{
            .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_ALLOCATE_INFO,
            .commandPool = slot.pool,
            .level = VK_COMMAND_BUFFER_LEVEL_PRIMARY,
            .commandBufferCount = 1,
        };
        VK_CHECK(vkAllocateCommandBuffers(device.handle(), &alloc, &slot.cmd));
        const VkFenceCreateInfo fence_info{
            .sType = VK_STRUCTURE_TYPE_FENCE_CREATE_INFO,
            .flags = VK_FENCE_CREATE_SIGNALED_BIT,
        };
        VK_CHECK(vkCreateFence(device.handle(), &fence_info, nullptr, &slot.done));
        const VkSemaphoreCreateInfo sem_info{.sType = VK_STRUCTURE_TYPE_SEMAPHORE_CREATE_INFO};
        VK_CHECK(vkCreateSemaphore(device.handle(), &sem_info, nullptr, &slot.image_acquired));
    }
}

FrameRing::~FrameRing() {
    vkDeviceWaitIdle(device_.handle());
    for (Slot& slot : slots_) {
        vkDestroySemaphore(device_.handle(), slot.image_acquired, nullptr);
        vkDestroyFence(device_.handle(), slot.done, nullptr);
        vkDestroyCommandPool(device_.handle(), slot.pool, nullptr);
    }
}

FrameRing::Slot& FrameRing::wait_for_slot() {
    index_ = static_cast<uint32_t>(frame_number_ % kFramesInFlight);
    Slot& slot = slots_[index_];
    VK_CHECK(vkWaitForFences(device_.handle(), 1, &slot.done, VK_TRUE, UINT64_MAX));
    return slot;
}

VkCommandBuffer FrameRing::begin_recording() {
    Slot& slot = slots_[index_];
    VK_CHECK(vkResetFences(device_.handle(), 1, &slot.done));
    VK_CHECK(vkResetCommandPool(device_.handle(), slot.pool, 0));
    const VkCommandBufferBeginInfo begin{
        .sType = VK_STRUCTURE_TYPE_COMMAND_BUFFER_BEGIN_INFO,
        .flags = VK_COMMAND_BUFFER_USAGE_ONE_TIME_SUBMIT_BIT,
    };
    VK_CHECK(vkBeginCommandBuffer(slot.cmd, &begin));
    return slot.cmd;
}

void FrameRing::submit(VkSemaphore wait, VkPipelineStageFlags wait_stage, VkSemaphore signal) {
    Slot& slot = slots_[index_];
    VK_CHECK(vkEndCommandBuffer(slot.cmd));
    const VkSubmitInfo info{
        .sType = VK_STRUCTURE_TYPE_SUBMIT_INFO,
        .waitSemaphoreCount = wait ? 1u : 0u,
        .pWaitSemaphores = wait ? &wait : nullptr,
        .pWaitDstStageMask = wait ? &wait_stage : nullptr,
        .commandBufferCount = 1,
        .pCommandBuffers = &slot.cmd,
        .signalSemaphoreCount = signal ? 1u : 0u,
        .pSignalSemaphores = signal ? &signal : nullptr,
    };
    VK_CHECK(vkQueueSubmit(device_.queue(), 1, &info, slot.done));
    ++frame_number_;
    // Test-only: report a lost device once the submitted work has really finished, so that
    // objects destroyed on the way out are no longer in use (on a really lost device nothing
    // runs any more either).
    if (const VkResult fault = injected_fault(FaultPoint::queue_submit, frame_number_); fault != VK_SUCCESS) {
        vkQueueWaitIdle(device_.queue());
        throw_vulkan_error("vkQueueSubmit (simulated fault)", fault, __FILE__, __LINE__);
    }
}

}  // namespace perfuse
