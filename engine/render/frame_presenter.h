#pragma once
// What a desktop frame is drawn into and how it reaches the window: a Vulkan swapchain
// (render/window_presenter.h), or, for CPU renderers on X11, an image copied into memory shared
// with the X server (render/shm_presenter.h). The frame loop:
//   FrameRing::Slot& slot = frames.wait_for_slot();
//   if (!presenter.begin_frame(slot, frames.slot_index())) skip this frame;
//   record into presenter.target(); presenter.end_frame(cmd);
//   frames.submit(presenter.sync()...); presenter.present();
#include <memory>
#include <string>

#include <vulkan/vulkan.h>

#include "gpu/frames.h"
#include "render/frame_target.h"

namespace perfuse {

class Device;
class Window;

// What a frame's submit waits on (at WAIT_STAGE) and signals; null handles: nothing.
struct FrameSync {
    VkSemaphore wait = VK_NULL_HANDLE;
    VkPipelineStageFlags wait_stage = 0;
    VkSemaphore signal = VK_NULL_HANDLE;
};

class FramePresenter {
public:
    virtual ~FramePresenter() = default;

    // Readies a target for the frame about to be recorded in SLOT (number SLOT_INDEX) of the frame
    // ring, after its wait. False: skip this frame (the window is minimised, or was rebuilt).
    virtual bool begin_frame(FrameRing::Slot& slot, uint32_t slot_index) = 0;
    virtual FrameTarget target() const = 0;
    // Records, after the frame's own commands, what presenting it needs.
    virtual void end_frame(VkCommandBuffer cmd) { (void)cmd; }
    virtual FrameSync sync() const = 0;
    virtual void present() = 0;

    // Number of times the targets were rebuilt (callers drop framebuffers that referenced old images).
    virtual uint64_t generation() const = 0;
    virtual uint32_t image_count() const = 0;
    virtual VkFormat format() const = 0;
    // The layout a frame's last pass leaves the target in.
    virtual VkImageLayout final_layout() const = 0;
    // Whether the target may be a transfer destination (a smaller scene stretched onto it).
    virtual bool accepts_transfers() const = 0;
    // "swapchain" or "x11-shm", for benchmark reports.
    virtual const char* kind() const = 0;
};

enum class PresentChoice { automatic, swapchain, x11_shm };

// The presenter for WINDOW: with automatic, shared memory for CPU renderers on X11 and the swapchain
// otherwise. When shared memory was asked for or chosen but cannot be had, NOTE says why in one line
// and the swapchain is used.
std::unique_ptr<FramePresenter> make_frame_presenter(Device& device, VkSurfaceKHR surface, Window& window,
                                                     bool vsync, PresentChoice choice, std::string& note);

}  // namespace perfuse
