#include "render/texture_table.h"

#include <algorithm>
#include <bit>

#include "gpu/buffer.h"
#include "gpu/device.h"
#include "gpu/vk_check.h"

namespace perfuse {

namespace {
VkFormat format_for(TextureTable::Encoding encoding) {
    // Colour textures are authored in sRGB; normal maps are plain numbers.
    return encoding == TextureTable::Encoding::srgb_color ? VK_FORMAT_R8G8B8A8_SRGB : VK_FORMAT_R8G8B8A8_UNORM;
}

bool can_blit_mips(VkPhysicalDevice physical, VkFormat format) {
    VkFormatProperties props;
    vkGetPhysicalDeviceFormatProperties(physical, format, &props);
    const VkFormatFeatureFlags needed = VK_FORMAT_FEATURE_BLIT_SRC_BIT | VK_FORMAT_FEATURE_BLIT_DST_BIT |
                                        VK_FORMAT_FEATURE_SAMPLED_IMAGE_FILTER_LINEAR_BIT;
    return (props.optimalTilingFeatures & needed) == needed;
}

// COUNT mip levels of IMAGE from LEVEL on, from one layout to another.
void transition_level(VkCommandBuffer cmd, VkImage image, uint32_t level, uint32_t count, VkImageLayout from,
                      VkImageLayout to, VkAccessFlags src_access, VkAccessFlags dst_access, VkPipelineStageFlags src,
                      VkPipelineStageFlags dst) {
    transition_image(cmd, image, {.from = from, .to = to, .src_stage = src, .src_access = src_access, .dst_stage = dst,
                                  .dst_access = dst_access, .base_mip = level, .mip_count = count});
}

// Copies level 0 from STAGING, then halves it down the chain with linear blits; all levels end
// in SHADER_READ_ONLY_OPTIMAL.
void record_upload(VkCommandBuffer cmd, VkBuffer staging, VkImage image, uint32_t width, uint32_t height,
                   uint32_t levels) {
    transition_level(cmd, image, 0, levels, VK_IMAGE_LAYOUT_UNDEFINED, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 0,
                     VK_ACCESS_TRANSFER_WRITE_BIT, VK_PIPELINE_STAGE_TOP_OF_PIPE_BIT, VK_PIPELINE_STAGE_TRANSFER_BIT);
    const VkBufferImageCopy copy{
        .imageSubresource = {.aspectMask = VK_IMAGE_ASPECT_COLOR_BIT, .layerCount = 1},
        .imageExtent = {width, height, 1},
    };
    vkCmdCopyBufferToImage(cmd, staging, image, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1, &copy);
    int32_t w = int32_t(width), h = int32_t(height);
    for (uint32_t level = 1; level < levels; ++level) {
        transition_level(cmd, image, level - 1, 1, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                         VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, VK_ACCESS_TRANSFER_WRITE_BIT, VK_ACCESS_TRANSFER_READ_BIT,
                         VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_TRANSFER_BIT);
        const int32_t next_w = std::max(1, w / 2), next_h = std::max(1, h / 2);
        const VkImageBlit blit{
            .srcSubresource = {.aspectMask = VK_IMAGE_ASPECT_COLOR_BIT, .mipLevel = level - 1, .layerCount = 1},
            .srcOffsets = {{0, 0, 0}, {w, h, 1}},
            .dstSubresource = {.aspectMask = VK_IMAGE_ASPECT_COLOR_BIT, .mipLevel = level, .layerCount = 1},
            .dstOffsets = {{0, 0, 0}, {next_w, next_h, 1}},
        };
        vkCmdBlitImage(cmd, image, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, image, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL, 1,
                       &blit, VK_FILTER_LINEAR);
        transition_level(cmd, image, level - 1, 1, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                         VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL, VK_ACCESS_TRANSFER_READ_BIT, VK_ACCESS_SHADER_READ_BIT,
                         VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT);
        w = next_w;
        h = next_h;
    }
    transition_level(cmd, image, levels - 1, 1, VK_IMAGE_LAYOUT_TRANSFER_DST_OPTIMAL,
                     VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL, VK_ACCESS_TRANSFER_WRITE_BIT, VK_ACCESS_SHADER_READ_BIT,
                     VK_PIPELINE_STAGE_TRANSFER_BIT, VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT);
}
}  // namespace

uint32_t mip_levels_for(uint32_t width_px, uint32_t height_px) {
    return uint32_t(std::bit_width(std::max({width_px, height_px, 1u})));
}

TextureTable::TextureTable(Device& device) : device_(device) {
    const VkSamplerCreateInfo sampler_info{
        .sType = VK_STRUCTURE_TYPE_SAMPLER_CREATE_INFO,
        .magFilter = VK_FILTER_LINEAR,
        .minFilter = VK_FILTER_LINEAR,
        .mipmapMode = VK_SAMPLER_MIPMAP_MODE_LINEAR,
        .addressModeU = VK_SAMPLER_ADDRESS_MODE_REPEAT,
        .addressModeV = VK_SAMPLER_ADDRESS_MODE_REPEAT,
        .addressModeW = VK_SAMPLER_ADDRESS_MODE_REPEAT,
        .maxLod = VK_LOD_CLAMP_NONE,
    };
    VK_CHECK(vkCreateSampler(device.handle(), &sampler_info, nullptr, &sampler_));
    const VkDescriptorSetLayoutBinding binding{
        .binding = 0,
        .descriptorType = VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER,
        .descriptorCount = 1,
        .stageFlags = VK_SHADER_STAGE_FRAGMENT_BIT,
    };
    const VkDescriptorSetLayoutCreateInfo layout_info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_LAYOUT_CREATE_INFO,
        .bindingCount = 1,
        .pBindings = &binding,
    };
    VK_CHECK(vkCreateDescriptorSetLayout(device.handle(), &layout_info, nullptr, &set_layout_));
    const VkDescriptorPoolSize size{VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, kMaxTextures};
    const VkDescriptorPoolCreateInfo pool_info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO,
        .maxSets = kMaxTextures,
        .poolSizeCount = 1,
        .pPoolSizes = &size,
    };
    VK_CHECK(vkCreateDescriptorPool(device.handle(), &pool_info, nullptr, &pool_));
    clear();
}

void TextureTable::clear() {
    vkDeviceWaitIdle(device_.handle());
    images_.clear();
    mip_levels_.clear();
    sets_.clear();
    VK_CHECK(vkResetDescriptorPool(device_.handle(), pool_, 0));
    const TextureImage white{.key = "white", .width_px = 1, .height_px = 1, .rgba8 = {255, 255, 255, 255}};
    add(white);
}

TextureTable::~TextureTable() {
    vkDeviceWaitIdle(device_.handle());
    images_.clear();
    vkDestroyDescriptorPool(device_.handle(), pool_, nullptr);
    vkDestroyDescriptorSetLayout(device_.handle(), set_layout_, nullptr);
    vkDestroySampler(device_.handle(), sampler_, nullptr);
}

uint32_t TextureTable::add(const TextureImage& image, Encoding encoding) {
    if (images_.size() >= kMaxTextures || image.width_px == 0 || image.height_px == 0 ||
        image.rgba8.size() != std::size_t(image.width_px) * image.height_px * 4)
        return kWhite;
    const VkFormat format = format_for(encoding);
    const uint32_t levels =
        can_blit_mips(device_.physical(), format) ? mip_levels_for(image.width_px, image.height_px) : 1;
    Image gpu(device_, {.extent = {image.width_px, image.height_px},
                        .format = format,
                        .usage = VK_IMAGE_USAGE_SAMPLED_BIT | VK_IMAGE_USAGE_TRANSFER_DST_BIT |
                                 VK_IMAGE_USAGE_TRANSFER_SRC_BIT,
                        .mip_levels = levels});
    Buffer staging(device_, image.rgba8.size(), VK_BUFFER_USAGE_TRANSFER_SRC_BIT, MemoryUse::cpu_to_gpu);
    staging.write(image.rgba8.data(), image.rgba8.size());
    device_.submit_and_wait([&](VkCommandBuffer cmd) {
        record_upload(cmd, staging.handle(), gpu.handle(), image.width_px, image.height_px, levels);
    });
    const VkDescriptorSet set = allocate_set(gpu.view());
    images_.push_back(std::move(gpu));
    mip_levels_.push_back(levels);
    sets_.push_back(set);
    return uint32_t(images_.size() - 1);
}

VkDescriptorSet TextureTable::allocate_set(VkImageView view) {
    VkDescriptorSet set = VK_NULL_HANDLE;
    const VkDescriptorSetAllocateInfo alloc{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_SET_ALLOCATE_INFO,
        .descriptorPool = pool_,
        .descriptorSetCount = 1,
        .pSetLayouts = &set_layout_,
    };
    VK_CHECK(vkAllocateDescriptorSets(device_.handle(), &alloc, &set));
    const VkDescriptorImageInfo info{sampler_, view, VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL};
    const VkWriteDescriptorSet write{
        .sType = VK_STRUCTURE_TYPE_WRITE_DESCRIPTOR_SET,
        .dstSet = set,
        .dstBinding = 0,
        .descriptorCount = 1,
        .descriptorType = VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER,
        .pImageInfo = &info,
    };
    vkUpdateDescriptorSets(device_.handle(), 1, &write, 0, nullptr);
    return set;
}

uint32_t TextureTable::add_external(VkImageView view) {
    if (images_.size() >= kMaxTextures || view == VK_NULL_HANDLE) return kWhite;
    sets_.push_back(allocate_set(view));
    images_.emplace_back();
    mip_levels_.push_back(1);
    return uint32_t(images_.size() - 1);
}

bool TextureTable::update(uint32_t index, const TextureImage& image) {
    if (index == kWhite || index >= images_.size() || images_[index].handle() == VK_NULL_HANDLE) return false;
    const Image& gpu = images_[index];
    if (gpu.desc().extent.width != image.width_px || gpu.desc().extent.height != image.height_px ||
        image.rgba8.size() != std::size_t(image.width_px) * image.height_px * 4)
        return false;
    Buffer staging(device_, image.rgba8.size(), VK_BUFFER_USAGE_TRANSFER_SRC_BIT, MemoryUse::cpu_to_gpu);
    staging.write(image.rgba8.data(), image.rgba8.size());
    vkDeviceWaitIdle(device_.handle());  // frames in flight may still sample the old pixels
    device_.submit_and_wait([&](VkCommandBuffer cmd) {
        record_upload(cmd, staging.handle(), gpu.handle(), image.width_px, image.height_px, mip_levels_[index]);
    });
    return true;
}

}  // namespace perfuse
