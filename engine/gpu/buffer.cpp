#include "gpu/buffer.h"

#include <cstring>
#include <stdexcept>
#include <utility>

#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace perfuse {

Buffer::Buffer(Device& device, VkDeviceSize size_bytes, VkBufferUsageFlags usage, MemoryUse use)
    : device_(&device), size_(size_bytes) {
    const VkBufferCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_BUFFER_CREATE_INFO,
        .size = size_bytes,
        .usage = usage,
        .sharingMode = VK_SHARING_MODE_EXCLUSIVE,
    };
    VK_CHECK(vkCreateBuffer(device.handle(), &info, nullptr, &buffer_));
    VkMemoryRequirements requirements;
    vkGetBufferMemoryRequirements(device.handle(), buffer_, &requirements);
    const VkMemoryPropertyFlags flags = use == MemoryUse::gpu_only
                                            ? VK_MEMORY_PROPERTY_DEVICE_LOCAL_BIT
                                            : VK_MEMORY_PROPERTY_HOST_VISIBLE_BIT | VK_MEMORY_PROPERTY_HOST_COHERENT_BIT;
    memory_ = device.memory().allocate(requirements, flags);
    VK_CHECK(vkBindBufferMemory(device.handle(), buffer_, memory_.memory, memory_.offset));
}

Buffer::~Buffer() { destroy(); }

Buffer::Buffer(Buffer&& other) noexcept
    : device_(std::exchange(other.device_, nullptr)),
      buffer_(std::exchange(other.buffer_, VK_NULL_HANDLE)),
      size_(std::exchange(other.size_, 0)),
      memory_(std::exchange(other.memory_, {})) {}

Buffer& Buffer::operator=(Buffer&& other) noexcept {
    if (this != &other) {
        destroy();
        device_ = std::exchange(other.device_, nullptr);
        buffer_ = std::exchange(other.buffer_, VK_NULL_HANDLE);
        size_ = std::exchange(other.size_, 0);
        memory_ = std::exchange(other.memory_, {});
    }
    return *this;
}

void Buffer::destroy() {
    if (!device_) return;
    vkDestroyBuffer(device_->handle(), buffer_, nullptr);
    device_->memory().release(memory_);
    device_ = nullptr;
}

void Buffer::write(const void* data, std::size_t size_bytes, std::size_t offset_bytes) {
    if (!memory_.mapped) throw std::logic_error("Buffer::write on a buffer that is not host-visible");
    if (offset_bytes + size_bytes > size_) throw std::out_of_range("Buffer::write past the end of the buffer");
    std::memcpy(static_cast<char*>(memory_.mapped) + offset_bytes, data, size_bytes);
}

Buffer upload_buffer(Device& device, const void* data, std::size_t size_bytes, VkBufferUsageFlags usage) {
    Buffer staging(device, size_bytes, VK_BUFFER_USAGE_TRANSFER_SRC_BIT, MemoryUse::cpu_to_gpu);
    staging.write(data, size_bytes);
    Buffer result(device, size_bytes, usage | VK_BUFFER_USAGE_TRANSFER_DST_BIT, MemoryUse::gpu_only);
    device.submit_and_wait([&](VkCommandBuffer cmd) {
        const VkBufferCopy region{.size = size_bytes};
        vkCmdCopyBuffer(cmd, staging.handle(), result.handle(), 1, &region);
    });
    return result;
}

}  // namespace perfuse
