#pragma once
// A VkBuffer with its memory range. Move-only; returns its memory on destruction.
#include <cstddef>

#include <vulkan/vulkan.h>

#include "gpu/memory.h"

namespace perfuse {

class Device;

enum class MemoryUse {
    gpu_only,   // device-local; filled through a staging copy
    cpu_to_gpu  // host-visible and coherent; written by the CPU every frame (uniforms, staging)
};

class Buffer {
public:
    Buffer() = default;
    Buffer(Device& device, VkDeviceSize size_bytes, VkBufferUsageFlags usage, MemoryUse use);
    ~Buffer();
    Buffer(Buffer&& other) noexcept;
    Buffer& operator=(Buffer&& other) noexcept;
    Buffer(const Buffer&) = delete;
    Buffer& operator=(const Buffer&) = delete;

    VkBuffer handle() const { return buffer_; }
    VkDeviceSize size() const { return size_; }
    void* mapped() const { return memory_.mapped; }
    // Copies into a host-visible buffer.
    void write(const void* data, std::size_t size_bytes, std::size_t offset_bytes = 0);

private:
    void destroy();
    Device* device_ = nullptr;
    VkBuffer buffer_ = VK_NULL_HANDLE;
    VkDeviceSize size_ = 0;
    MemoryRange memory_;
};

// A device-local buffer filled with DATA through a staging buffer (blocks until the copy is done).
Buffer upload_buffer(Device& device, const void* data, std::size_t size_bytes, VkBufferUsageFlags usage);

}  // namespace perfuse
