#include "ui/single_colour_pass.h"

#include "gpu/vk_check.h"

namespace perfuse {

VkRenderPass create_single_colour_pass(VkDevice device, const SingleColourPassInfo& info) {
    const VkAttachmentDescription attachment{
        .format = info.format,
        .samples = VK_SAMPLE_COUNT_1_BIT,
        .loadOp = info.load_op,
        .storeOp = VK_ATTACHMENT_STORE_OP_STORE,
        .stencilLoadOp = VK_ATTACHMENT_LOAD_OP_DONT_CARE,
        .stencilStoreOp = VK_ATTACHMENT_STORE_OP_DONT_CARE,
        .initialLayout = info.initial_layout,
        .finalLayout = info.final_layout,
    };
    const VkAttachmentReference color_ref{0, VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL};
    const VkSubpassDescription subpass{
        .pipelineBindPoint = VK_PIPELINE_BIND_POINT_GRAPHICS,
        .colorAttachmentCount = 1,
        .pColorAttachments = &color_ref,
    };
    const VkRenderPassCreateInfo create_info{
        .sType = VK_STRUCTURE_TYPE_RENDER_PASS_CREATE_INFO,
        .attachmentCount = 1,
        .pAttachments = &attachment,
        .subpassCount = 1,
        .pSubpasses = &subpass,
        .dependencyCount = static_cast<uint32_t>(info.dependencies.size()),
        .pDependencies = info.dependencies.data(),
    };
    VkRenderPass pass = VK_NULL_HANDLE;
    VK_CHECK(vkCreateRenderPass(device, &create_info, nullptr, &pass));
    return pass;
}

}  // namespace perfuse
