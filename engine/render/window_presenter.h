#pragma once
// Getting frames onto the window: acquire a swapchain image, hand it out as the frame target,
// present it. Rebuilds the swapchain on resize / OUT_OF_DATE / SUBOPTIMAL; never draws while
// the window is minimised.
#include <memory>
#include <vector>

#include "gpu/swapchain.h"
#include "render/frame_presenter.h"
#include "render/frame_target.h"

namespace perfuse {

class Device;
class Window;

class WindowPresenter final : public FramePresenter {
public:
    WindowPresenter(Device& device, VkSurfaceKHR surface, Window& window, bool vsync);
    ~WindowPresenter();
    WindowPresenter(const WindowPresenter&) = delete;
    WindowPresenter& operator=(const WindowPresenter&) = delete;

    // Acquires the next image, signalling IMAGE_ACQUIRED. False: skip this frame (rebuilt or minimised).
    bool acquire(VkSemaphore image_acquired);
    FrameTarget target() const override;
    // Semaphore the frame's submit must signal, and present waits on (one per swapchain image).
    VkSemaphore render_finished() const { return render_finished_[image_index_]; }
    void present() override;

    // FramePresenter: acquire() with the slot's semaphore, which the submit then waits on.
    bool begin_frame(FrameRing::Slot& slot, uint32_t slot_index) override;
    FrameSync sync() const override;
    // Number of times the swapchain was rebuilt (callers drop framebuffers that referenced old images).
    uint64_t generation() const override { return generation_; }
    uint32_t image_count() const override { return swapchain_->image_count(); }
    VkFormat format() const override { return swapchain_->format(); }
    VkImageLayout final_layout() const override { return VK_IMAGE_LAYOUT_PRESENT_SRC_KHR; }
    bool accepts_transfers() const override { return swapchain_->accepts_transfers(); }
    const char* kind() const override { return "swapchain"; }

private:
    void rebuild();
    void create_semaphores();
    void destroy_semaphores();

    Device& device_;
    Window& window_;
    std::unique_ptr<Swapchain> swapchain_;
    std::vector<VkSemaphore> render_finished_;
    uint32_t image_index_ = 0;
    VkSemaphore image_acquired_ = VK_NULL_HANDLE;  // what begin_frame() asked the acquire to signal
    uint64_t generation_ = 0;
};

}  // namespace perfuse
