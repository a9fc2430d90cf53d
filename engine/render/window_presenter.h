#pragma once
// Getting frames onto the window: acquire a swapchain image, hand it out as the frame target,
// present it. Rebuilds the swapchain on resize / OUT_OF_DATE / SUBOPTIMAL; never draws while
// the window is minimised.
#include <memory>
#include <vector>

#include "gpu/swapchain.h"
#include "render/frame_target.h"

namespace perfuse {

class Device;
class Window;

class WindowPresenter {
public:
    WindowPresenter(Device& device, VkSurfaceKHR surface, Window& window, bool vsync);
    ~WindowPresenter();
    WindowPresenter(const WindowPresenter&) = delete;
    WindowPresenter& operator=(const WindowPresenter&) = delete;

    // Acquires the next image, signalling IMAGE_ACQUIRED. False: skip this frame (rebuilt or minimised).
    bool acquire(VkSemaphore image_acquired);
    FrameTarget target() const;
    // Semaphore the frame's submit must signal, and present waits on (one per swapchain image).
    VkSemaphore render_finished() const { return render_finished_[image_index_]; }
    void present();
    // Number of times the swapchain was rebuilt (callers drop framebuffers that referenced old images).
    uint64_t generation() const { return generation_; }
    uint32_t image_count() const { return swapchain_->image_count(); }
    VkFormat format() const { return swapchain_->format(); }
    bool accepts_transfers() const { return swapchain_->accepts_transfers(); }

private:
    void rebuild();
    void create_semaphores();
    void destroy_semaphores();

    Device& device_;
    Window& window_;
    std::unique_ptr<Swapchain> swapchain_;
    std::vector<VkSemaphore> render_finished_;
    uint32_t image_index_ = 0;
    uint64_t generation_ = 0;
};

}  // namespace perfuse
