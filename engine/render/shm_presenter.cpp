#include "render/shm_presenter.h"

#include <algorithm>
#include <cstring>
#include <thread>

#include "gpu/device.h"
#include "gpu/vk_check.h"
#include "platform/window.h"

namespace perfuse {

namespace {
VkExtent2D window_extent(const Window& window) {
    const glm::ivec2 size = window.framebuffer_size();
    return {static_cast<uint32_t>(std::max(size.x, 1)), static_cast<uint32_t>(std::max(size.y, 1))};
}
}  // namespace

std::unique_ptr<ShmPresenter> ShmPresenter::create(Device& device, Window& window, bool vsync, std::string& why_not) {
    const VkExtent2D extent = window_extent(window);
    std::unique_ptr<X11ShmImage> picture = X11ShmImage::create(window.handle(), extent.width, extent.height, why_not);
    if (!picture) return nullptr;
    return std::unique_ptr<ShmPresenter>(new ShmPresenter(device, window, vsync, std::move(picture)));
}

ShmPresenter::ShmPresenter(Device& device, Window& window, bool vsync, std::unique_ptr<X11ShmImage> picture)
    : device_(device), window_(window), picture_(std::move(picture)) {
    if (vsync) frame_period_ = std::chrono::nanoseconds(1'000'000'000 / window.refresh_rate_hz());
    make_targets();
}

void ShmPresenter::make_targets() {
    const VkExtent2D extent{picture_->width(), picture_->height()};
    for (auto& target : targets_) target = std::make_unique<OffscreenTarget>(device_, extent, format());
}

ShmPresenter::~ShmPresenter() { vkDeviceWaitIdle(device_.handle()); }

bool ShmPresenter::rebuild() {
    vkDeviceWaitIdle(device_.handle());
    pending_.reset();  // a frame drawn at the old size is not worth putting
    ++generation_;
    if (window_.minimised()) return false;
    const VkExtent2D extent = window_extent(window_);
    picture_.reset();
    std::string why_not;
    picture_ = X11ShmImage::create(window_.handle(), extent.width, extent.height, why_not);
    // As when a swapchain's surface is lost: progress is saved first, then one line says so.
    if (!picture_) throw_window_lost("X11 shared memory: " + why_not);
    make_targets();
    return true;
}

bool ShmPresenter::begin_frame(FrameRing::Slot& slot, uint32_t slot_index) {
    if (window_.minimised()) return false;
    if (window_.take_resized() && !rebuild()) return false;
    // The frame ring came round to the slot of a frame still waiting to be shown (the one after it
    // was skipped): show it now, before this frame draws over its image.
    if (pending_ && pending_->slot == slot_index) {
        put(*pending_);
        pending_.reset();
    }
    slot_ = slot_index;
    slot_done_ = slot.done;
    return true;
}

FrameTarget ShmPresenter::target() const { return targets_[slot_]->target(); }

void ShmPresenter::end_frame(VkCommandBuffer cmd) { targets_[slot_]->record_readback(cmd); }

void ShmPresenter::present() {
    if (pending_) put(*pending_);
    pending_ = Pending{slot_, slot_done_};
}

void ShmPresenter::put(const Pending& frame) {
    VK_CHECK(vkWaitForFences(device_.handle(), 1, &frame.done, VK_TRUE, UINT64_MAX));
    const OffscreenTarget& target = *targets_[frame.slot];
    const uint32_t row_bytes = target.extent().width * 4;
    const uint8_t* source = target.mapped_pixels();
    uint8_t* destination = picture_->pixels();
    // Row by row: the server may pad the picture's rows.
    for (uint32_t y = 0; y < target.extent().height; ++y)
        std::memcpy(destination + std::size_t(y) * picture_->stride_bytes(), source + std::size_t(y) * row_bytes,
                    row_bytes);
    pace();
    picture_->put();
}

void ShmPresenter::pace() {
    if (frame_period_.count() == 0) return;
    // No faster than the display refreshes: a fast CPU would otherwise spend itself on frames
    // nobody sees. Falling behind does not bank time for a burst later.
    const auto now = std::chrono::steady_clock::now();
    next_put_ = std::max(next_put_ + frame_period_, now);
    std::this_thread::sleep_until(next_put_);
}

}  // namespace perfuse
