#include "gpu/memory.h"

#include <algorithm>

#include "gpu/vk_check.h"

namespace perfuse {

namespace {
VkDeviceSize align_up(VkDeviceSize value, VkDeviceSize alignment) {
    return alignment ? (value + alignment - 1) / alignment * alignment : value;
}
}  // namespace

RangeList::RangeList(VkDeviceSize capacity) { free_.push_back({0, capacity}); }

bool RangeList::allocate(VkDeviceSize size, VkDeviceSize alignment, VkDeviceSize& offset) {
    for (std::size_t i = 0; i < free_.size(); ++i) {
        const Range range = free_[i];
        const VkDeviceSize start = align_up(range.offset, alignment);
        const VkDeviceSize end = start + size;
        if (end > range.offset + range.size) continue;
        // Split: keep the padding before and the remainder after as free ranges.
        std::vector<Range> pieces;
        if (start > range.offset) pieces.push_back({range.offset, start - range.offset});
        if (end < range.offset + range.size) pieces.push_back({end, range.offset + range.size - end});
        free_.erase(free_.begin() + static_cast<std::ptrdiff_t>(i));
        free_.insert(free_.begin() + static_cast<std::ptrdiff_t>(i), pieces.begin(), pieces.end());
        offset = start;
        return true;
    }
    return false;
}

void RangeList::release(VkDeviceSize offset, VkDeviceSize size) {
    auto it = std::lower_bound(free_.begin(), free_.end(), offset,
                               [](const Range& r, VkDeviceSize o) { return r.offset < o; });
    it = free_.insert(it, {offset, size});
    // Merge with the next, then with the previous neighbour.
    if (auto next = it + 1; next != free_.end() && it->offset + it->size == next->offset) {
        it->size += next->size;
        free_.erase(next);
    }
    if (it != free_.begin()) {
        auto prev = it - 1;
        if (prev->offset + prev->size == it->offset) {
            prev->size += it->size;
            free_.erase(it);
        }
    }
}

VkDeviceSize RangeList::free_bytes() const {
    VkDeviceSize total = 0;
    for (const Range& r : free_) total += r.size;
    return total;
}

MemoryAllocator::MemoryAllocator(VkDevice device, VkPhysicalDevice physical) : device_(device) {
    vkGetPhysicalDeviceMemoryProperties(physical, &memory_properties_);
    VkPhysicalDeviceProperties props;
    vkGetPhysicalDeviceProperties(physical, &props);
    // Buffers and optimal-tiling images may share a block: keep them on separate "pages".
    granularity_ = std::max<VkDeviceSize>(props.limits.bufferImageGranularity, 256);
}

MemoryAllocator::~MemoryAllocator() {
    for (Block& block : blocks_) vkFreeMemory(device_, block.memory, nullptr);
}

uint32_t MemoryAllocator::find_type(uint32_t type_bits, VkMemoryPropertyFlags properties) const {
    for (uint32_t i = 0; i < memory_properties_.memoryTypeCount; ++i)
        if ((type_bits & (1u << i)) && (memory_properties_.memoryTypes[i].propertyFlags & properties) == properties)
            return i;
    throw VulkanError("no Vulkan memory type has the properties a resource needs", VK_ERROR_FEATURE_NOT_PRESENT);
}

uint32_t MemoryAllocator::add_block(uint32_t type_index, VkDeviceSize size) {
    const VkMemoryAllocateInfo info{
        .sType = VK_STRUCTURE_TYPE_MEMORY_ALLOCATE_INFO,
        .allocationSize = size,
        .memoryTypeIndex = type_index,
    };
    Block block;
    block.type_index = type_index;
    VK_CHECK(vkAllocateMemory(device_, &info, nullptr, &block.memory));
    if (memory_properties_.memoryTypes[type_index].propertyFlags & VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT)
        VK_CHECK(vkMapMemory(device_, block.memory, 0, VK_WHOLE_SIZE, 0, &block.mapped));
    block.ranges = std::make_unique<RangeList>(size);
    blocks_.push_back(std::move(block));
    return static_cast<uint32_t>(blocks_.size() - 1);
}

MemoryRange MemoryAllocator::allocate(const VkMemoryRequirements& requirements, VkMemoryPropertyFlags properties) {
    const uint32_t type_index = find_type(requirements.memoryTypeBits, properties);
    const VkDeviceSize alignment = std::max(requirements.alignment, granularity_);
    const VkDeviceSize size = align_up(requirements.size, granularity_);
    VkDeviceSize offset = 0;
    uint32_t block_index = UINT32_MAX;
    for (uint32_t i = 0; i < blocks_.size() && block_index == UINT32_MAX; ++i)
        if (blocks_[i].type_index == type_index && blocks_[i].ranges->allocate(size, alignment, offset)) block_index = i;
    if (block_index == UINT32_MAX) {
        block_index = add_block(type_index, std::max(kBlockSize, align_up(size, kBlockSize)));
        blocks_[block_index].ranges->allocate(size, alignment, offset);
    }
    const Block& block = blocks_[block_index];
    return MemoryRange{
        .memory = block.memory,
        .offset = offset,
        .size = size,
        .mapped = block.mapped ? static_cast<char*>(block.mapped) + offset : nullptr,
        .type_index = type_index,
        .block_index = block_index,
    };
}

void MemoryAllocator::release(const MemoryRange& range) {
    if (range.memory == VK_NULL_HANDLE || range.block_index >= blocks_.size()) return;
    blocks_[range.block_index].ranges->release(range.offset, range.size);
}

}  // namespace perfuse
