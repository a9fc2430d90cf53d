#include "render/window_presenter.h"

#include "gpu/device.h"
#include "gpu/vk_check.h"
#include "platform/window.h"

namespace perfuse {

namespace {
VkExtent2D window_extent(const Window& window) {
    const glm::ivec2 size = window.framebuffer_size();
    return {static_cast<uint32_t>(size.x), static_cast<uint32_t>(size.y)};
}
}  // namespace

WindowPresenter::WindowPresenter(Device& device, VkSurfaceKHR surface, Window& window, bool vsync)
    : device_(device), window_(window) {
    swapchain_ = std::make_unique<Swapchain>(device, surface,
                                             SwapchainOptions{.extent = window_extent(window), .vsync = vsync});
    create_semaphores();
}

WindowPresenter::~WindowPresenter() {
    vkDeviceWaitIdle(device_.handle());
    destroy_semaphores();
}

void WindowPresenter::create_semaphores() {
    const VkSemaphoreCreateInfo info{.sType = VK_STRUCTURE_TYPE_SEMAPHORE_CREATE_INFO};
    render_finished_.resize(swapchain_->image_count());
    for (VkSemaphore& semaphore : render_finished_) VK_CHECK(vkCreateSemaphore(device_.handle(), &info, nullptr, &semaphore));
}

void WindowPresenter::destroy_semaphores() {
    for (VkSemaphore semaphore : render_finished_) vkDestroySemaphore(device_.handle(), semaphore, nullptr);
    render_finished_.clear();
}

void WindowPresenter::rebuild() {
    swapchain_->recreate(window_extent(window_));
    destroy_semaphores();
    create_semaphores();
    ++generation_;
}

bool WindowPresenter::acquire(VkSemaphore image_acquired) {
    if (window_.minimised()) return false;
    if (window_.take_resized()) rebuild();
    if (swapchain_->acquire(image_acquired, image_index_) == Swapchain::Acquire::rebuild) {
        rebuild();
        return false;
    }
    return true;
}

bool WindowPresenter::begin_frame(FrameRing::Slot& slot, uint32_t) {
    image_acquired_ = slot.image_acquired;
    return acquire(slot.image_acquired);
}

FrameSync WindowPresenter::sync() const {
    return {image_acquired_, VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT, render_finished_[image_index_]};
}

FrameTarget WindowPresenter::target() const {
    return {swapchain_->image(image_index_), swapchain_->view(image_index_), swapchain_->format(),
            swapchain_->extent()};
}

void WindowPresenter::present() {
    if (!swapchain_->present(render_finished_[image_index_], image_index_)) rebuild();
}

}  // namespace perfuse
