#pragma once
// GPU time per frame from timestamp queries: one pair per frame-in-flight slot, read back once
// that slot's fence has signalled (so reading never stalls).
#include <array>
#include <optional>

#include <vulkan/vulkan.h>

#include "gpu/frames.h"

namespace perfuse {

class Device;

class GpuTimer {
public:
    explicit GpuTimer(Device& device);
    ~GpuTimer();
    GpuTimer(const GpuTimer&) = delete;
    GpuTimer& operator=(const GpuTimer&) = delete;

    bool supported() const { return pool_ != VK_NULL_HANDLE; }
    // The GPU time of the frame last recorded in SLOT, once its fence has signalled; empty before
    // the slot's first frame or where timestamps are not supported.
    std::optional<double> read_ms(uint32_t slot);
    // Recorded first and last in a frame's command buffer.
    void begin(VkCommandBuffer cmd, uint32_t slot);
    void end(VkCommandBuffer cmd, uint32_t slot);

private:
    Device& device_;
    VkQueryPool pool_ = VK_NULL_HANDLE;
    double ns_per_tick_ = 1.0;
    uint64_t valid_mask_ = ~0ull;
    std::array<bool, FrameRing::kFramesInFlight> written_{};
};

}  // namespace perfuse
