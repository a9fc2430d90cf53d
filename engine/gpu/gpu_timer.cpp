#include "gpu/gpu_timer.h"

#include <vector>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace perfuse {

GpuTimer::GpuTimer(Device& device) : device_(device) {
    uint32_t count = 0;
    vkGetPhysicalDeviceQueueFamilyProperties(device.physical(), &count, nullptr);
    std::vector<VkQueueFamilyProperties> families(count);
    vkGetPhysicalDeviceQueueFamilyProperties(device.physical(), &count, families.data());
    const uint32_t valid_bits = families.at(device.queue_family()).timestampValidBits;
    if (valid_bits == 0 || device.properties().limits.timestampPeriod <= 0.0f) return;  // no timestamps here
    valid_mask_ = valid_bits >= 64 ? ~0ull : (1ull << valid_bits) - 1;
    ns_per_tick_ = device.properties().limits.timestampPeriod;
    const VkQueryPoolCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_QUERY_POOL_CREATE_INFO,
        .queryType = VK_QUERY_TYPE_TIMESTAMP,
        .queryCount = 2 * FrameRing::kFramesInFlight,
    };
    VK_CHECK(vkCreateQueryPool(device.handle(), &info, nullptr, &pool_));
}

GpuTimer::~GpuTimer() {
    if (pool_) vkDestroyQueryPool(device_.handle(), pool_, nullptr);
}

std::optional<double> GpuTimer::read_ms(uint32_t slot) {
    if (!pool_ || !written_[slot]) return std::nullopt;
    uint64_t ticks[2] = {};
    const VkResult result = vkGetQueryPoolResults(device_.handle(), pool_, 2 * slot, 2, sizeof ticks, ticks,
                                                  sizeof(uint64_t), VK_QUERY_RESULT_64_BIT);
    if (result == VK_NOT_READY) return std::nullopt;
    VK_CHECK(result);
    const uint64_t elapsed = ((ticks[1] & valid_mask_) - (ticks[0] & valid_mask_)) & valid_mask_;
    return double(elapsed) * ns_per_tick_ * 1e-6;
}

void GpuTimer::begin(VkCommandBuffer cmd, uint32_t slot) {
    if (!pool_) return;
    vkCmdResetQueryPool(cmd, pool_, 2 * slot, 2);
    vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, pool_, 2 * slot);
}

void GpuTimer::end(VkCommandBuffer cmd, uint32_t slot) {
    if (!pool_) return;
    vkCmdWriteTimestamp(cmd, VK_PIPELINE_STAGE_BOTTOM_OF_PIPE_BIT, pool_, 2 * slot + 1);
    written_[slot] = true;
}

}  // namespace perfuse
