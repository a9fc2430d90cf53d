#pragma once
// A small sub-allocator: device memory is taken from the driver in large blocks (one list per
// memory type) and handed out in aligned ranges, because drivers limit how many separate
// allocations may exist (often 4096) and each one is slow to make.
#include <cstdint>
#include <memory>
#include <vector>

#include <vulkan/vulkan.h>

namespace perfuse {

struct MemoryRange {
    VkDeviceMemory memory = VK_NULL_HANDLE;
    VkDeviceSize offset = 0;
    VkDeviceSize size = 0;
    void* mapped = nullptr;  // set for host-visible memory (blocks stay mapped)
    uint32_t type_index = 0;
    uint32_t block_index = 0;
};

// Free-list bookkeeping for one block, separate from Vulkan so it can be unit-tested.
class RangeList {
public:
    explicit RangeList(VkDeviceSize capacity);
    // First fit; returns false when no free range can hold SIZE at ALIGNMENT.
    bool allocate(VkDeviceSize size, VkDeviceSize alignment, VkDeviceSize& offset);
    // Returns the range and merges it with free neighbours.
    void release(VkDeviceSize offset, VkDeviceSize size);
    VkDeviceSize free_bytes() const;
    std::size_t free_range_count() const { return free_.size(); }

private:
    struct Range { VkDeviceSize offset, size; };
    std::vector<Range> free_;  // sorted by offset, never adjacent
};

class MemoryAllocator {
public:
    static constexpr VkDeviceSize kBlockSize = 64ull << 20;

    MemoryAllocator(VkDevice device, VkPhysicalDevice physical);
    ~MemoryAllocator();
    MemoryAllocator(const MemoryAllocator&) = delete;
    MemoryAllocator& operator=(const MemoryAllocator&) = delete;

    // Throws VulkanError when no memory type fits or the driver is out of memory.
    MemoryRange allocate(const VkMemoryRequirements& requirements, VkMemoryPropertyFlags properties);
    void release(const MemoryRange& range);
    std::size_t block_count() const { return blocks_.size(); }

private:
    struct Block {
        VkDeviceMemory memory = VK_NULL_HANDLE;
        uint32_t type_index = 0;
        void* mapped = nullptr;
        std::unique_ptr<RangeList> ranges;
    };
    uint32_t find_type(uint32_t type_bits, VkMemoryPropertyFlags properties) const;
    uint32_t add_block(uint32_t type_index, VkDeviceSize size);

    VkDevice device_;
    VkPhysicalDeviceMemoryProperties memory_properties_{};
    VkDeviceSize granularity_ = 1;
    std::vector<Block> blocks_;
};

}  // namespace perfuse
