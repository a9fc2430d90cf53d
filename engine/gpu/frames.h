#pragma once
// Frames in flight: the CPU records frame N+1 while the GPU still draws frame N. Each slot has
// its own command buffer, fence and "image acquired" semaphore.
#include <array>
#include <cstdint>

#include <vulkan/vulkan.h>

namespace perfuse {

class Device;

class FrameRing {
public:
    static constexpr uint32_t kFramesInFlight = 2;

    struct Slot {
        VkCommandPool pool = VK_NULL_HANDLE;
        VkCommandBuffer cmd = VK_NULL_HANDLE;
        VkFence done = VK_NULL_HANDLE;           // signalled when the GPU finished this slot's last submit
        VkSemaphore image_acquired = VK_NULL_HANDLE;
    };

    explicit FrameRing(Device& device);
    ~FrameRing();
    FrameRing(const FrameRing&) = delete;
    FrameRing& operator=(const FrameRing&) = delete;

    // Waits until the next slot's previous submit finished. Nothing is reset yet, so a frame
    // that is skipped after this (swapchain rebuilt, window minimised) leaves the slot usable.
    Slot& wait_for_slot();
    // Resets the slot's fence and command pool and begins its command buffer.
    VkCommandBuffer begin_recording();
    // Ends the command buffer and submits it, waiting on / signalling the given semaphores.
    void submit(VkSemaphore wait, VkPipelineStageFlags wait_stage, VkSemaphore signal);
    Slot& current() { return slots_[index_]; }
    uint32_t slot_index() const { return index_; }
    uint64_t frame_number() const { return frame_number_; }

private:
    Device& device_;
    std::array<Slot, kFramesInFlight> slots_{};
    uint32_t index_ = 0;
    uint64_t frame_number_ = 0;
};

}  // namespace perfuse
