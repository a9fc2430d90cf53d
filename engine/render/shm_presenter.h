#pragma once
// Getting frames onto an X11 window without a swapchain, for CPU renderers: each frame is drawn
// into an image of its own frame-ring slot, copied into host memory at the end of its commands,
// and put onto the window through memory shared with the X server (platform/x11_shm_image.h).
// Mesa 22.3's software swapchain instead writes every frame through the X server's socket, which
// on the 2-core test machine cost about as much CPU as drawing it.
//
// A frame is shown one frame late: present() puts the previous frame while the renderer already
// draws this one, so copying to the window and drawing overlap. Resizes rebuild the images; a
// minimised window draws nothing.
#include <array>
#include <chrono>
#include <memory>
#include <optional>

#include "platform/x11_shm_image.h"
#include "render/frame_presenter.h"
#include "render/offscreen_target.h"

namespace perfuse {

class ShmPresenter final : public FramePresenter {
public:
    // Null, with WHY_NOT in one line, when the window cannot take shared-memory pictures. VSYNC: put
    // frames no faster than the display's refresh rate (there is no swapchain to wait for it).
    static std::unique_ptr<ShmPresenter> create(Device& device, Window& window, bool vsync, std::string& why_not);
    ~ShmPresenter() override;

    bool begin_frame(FrameRing::Slot& slot, uint32_t slot_index) override;
    FrameTarget target() const override;
    void end_frame(VkCommandBuffer cmd) override;
    FrameSync sync() const override { return {}; }
    void present() override;

    uint64_t generation() const override { return generation_; }
    uint32_t image_count() const override { return FrameRing::kFramesInFlight; }
    // The X server's 24-bit visuals store B, G, R in memory order: the copy needs no swizzle.
    VkFormat format() const override { return VK_FORMAT_B8G8R8A8_SRGB; }
    VkImageLayout final_layout() const override { return VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL; }
    bool accepts_transfers() const override { return true; }
    const char* kind() const override { return "x11-shm"; }

private:
    // A submitted frame not yet put onto the window: its slot, and the fence that says it is drawn.
    struct Pending {
        uint32_t slot = 0;
        VkFence done = VK_NULL_HANDLE;
    };

    ShmPresenter(Device& device, Window& window, bool vsync, std::unique_ptr<X11ShmImage> picture);
    // Makes the slots' images and the shared picture the window's size; false when it cannot.
    bool rebuild();
    // One image per frame-ring slot, the shared picture's size.
    void make_targets();
    // Waits until FRAME is drawn, copies it into the shared picture and puts that onto the window.
    void put(const Pending& frame);
    // With vsync, waits until a display refresh has passed since the last put.
    void pace();

    Device& device_;
    Window& window_;
    std::unique_ptr<X11ShmImage> picture_;
    std::array<std::unique_ptr<OffscreenTarget>, FrameRing::kFramesInFlight> targets_;
    uint32_t slot_ = 0;  // the slot of the frame being recorded
    VkFence slot_done_ = VK_NULL_HANDLE;
    std::optional<Pending> pending_;
    uint64_t generation_ = 0;
    std::chrono::nanoseconds frame_period_{0};  // 0: no pacing
    std::chrono::steady_clock::time_point next_put_{};
};

}  // namespace perfuse
