#pragma once
// A render pass with one colour attachment and one subpass: what the ImGui 1.86 Vulkan backend needs
// to draw panels, over the finished scene (imgui_layer) or into an offscreen image (imgui_surface).
// The two differ only in what happens to the attachment before and after, and in what they wait for.
#include <span>

#include <vulkan/vulkan.h>

namespace perfuse {

struct SingleColourPassInfo {
    VkFormat format = VK_FORMAT_UNDEFINED;
    VkAttachmentLoadOp load_op = VK_ATTACHMENT_LOAD_OP_CLEAR;  // LOAD: draw over what is there
    VkImageLayout initial_layout = VK_IMAGE_LAYOUT_UNDEFINED;
    VkImageLayout final_layout = VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL;
    std::span<const VkSubpassDependency> dependencies;  // copied by Vulkan at creation
};

// The attachment is always stored; the caller destroys the pass with vkDestroyRenderPass.
VkRenderPass create_single_colour_pass(VkDevice device, const SingleColourPassInfo& info);

}  // namespace perfuse
