#include "ui/imgui_layer.h"

#include <array>
#include <stdexcept>

#include <imgui.h>
#include <imgui_impl_glfw.h>
#include <imgui_impl_vulkan.h>

#include "gpu/device.h"
#include "gpu/instance.h"
#include "gpu/vk_check.h"
#include "ui/imgui_backend.h"
#include "ui/single_colour_pass.h"

namespace perfuse {

namespace {
// Draws over the finished scene, which arrives as a colour attachment, and hands the image on in
// FINAL_LAYOUT (present, or transfer source for a readback).
VkRenderPass create_ui_render_pass(VkDevice device, VkFormat format, VkImageLayout final_layout) {
    // Wait for the scene's colour writes (and resolve) before blending the UI over them.
    static constexpr std::array<VkSubpassDependency, 2> kDependencies = {{
        {.srcSubpass = VK_SUBPASS_EXTERNAL,
         .dstSubpass = 0,
         .srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
         .dstStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
         .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
         .dstAccessMask = VK_ACCESS_COLOR_ATTACHMENT_READ_BIT | VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT},
        {.srcSubpass = 0,
         .dstSubpass = VK_SUBPASS_EXTERNAL,
         .srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
         .dstStageMask = VK_PIPELINE_STAGE_TRANSFER_BIT,
         .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
         .dstAccessMask = VK_ACCESS_TRANSFER_READ_BIT},
    }};
    return create_single_colour_pass(device, {.format = format,
                                              .load_op = VK_ATTACHMENT_LOAD_OP_LOAD,
                                              .initial_layout = VK_IMAGE_LAYOUT_COLOR_ATTACHMENT_OPTIMAL,
                                              .final_layout = final_layout,
                                              .dependencies = kDependencies});
}
}  // namespace

ImGuiLayer::ImGuiLayer(const Instance& instance, Device& device, const ImGuiLayerOptions& options)
    : device_(device), headless_(options.window == nullptr), text_scale_(options.text_scale),
      font_build_scale_(options.text_scale) {
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // layout comes from code, not from a file beside the binary
    // Keyboard/gamepad navigation needs the platform backend's key map: windowed runs only.
    if (!headless_) io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard | ImGuiConfigFlags_NavEnableGamepad;
    ImGui::StyleColorsLight();
    ImGui::GetStyle().ScaleAllSizes(text_scale_);
    load_ui_font(font_build_scale_);

    render_pass_ = create_ui_render_pass(device.handle(), options.color_format, options.final_layout);
    if (options.window && !ImGui_ImplGlfw_InitForVulkan(options.window, true))
        throw std::runtime_error("ImGui could not attach to the window");
    descriptor_pool_ = init_imgui_vulkan(instance, device, render_pass_, options.image_count, options.pipeline_cache);
}

ImGuiLayer::~ImGuiLayer() {
    vkDeviceWaitIdle(device_.handle());
    release_framebuffers();
    ImGui_ImplVulkan_Shutdown();
    if (!headless_) ImGui_ImplGlfw_Shutdown();
    ImGui::DestroyContext();
    vkDestroyDescriptorPool(device_.handle(), descriptor_pool_, nullptr);
    vkDestroyRenderPass(device_.handle(), render_pass_, nullptr);
}

void ImGuiLayer::set_text_scale(float scale) {
    text_scale_ = scale;
    // The atlas was rasterised at font_build_scale_; scaling from there keeps it crisp enough.
    ImGui::GetIO().FontGlobalScale = text_scale_ / font_build_scale_;
}

void ImGuiLayer::begin_frame(glm::vec2 display_size, float dt_s) {
    ImGui_ImplVulkan_NewFrame();
    if (headless_) {
        ImGuiIO& io = ImGui::GetIO();
        io.DisplaySize = ImVec2(display_size.x, display_size.y);
        io.DeltaTime = dt_s > 0.0f ? dt_s : 1.0f / 60.0f;
    } else {
        ImGui_ImplGlfw_NewFrame();
    }
    ImGui::NewFrame();
}

void ImGuiLayer::discard_frame() { ImGui::EndFrame(); }

VkFramebuffer ImGuiLayer::framebuffer_for(const FrameTarget& target) {
    if (auto it = framebuffers_.find(target.view); it != framebuffers_.end()) return it->second;
    const VkFramebufferCreateInfo info{
        .sType = VK_STRUCTURE_TYPE_FRAMEBUFFER_CREATE_INFO,
        .renderPass = render_pass_,
        .attachmentCount = 1,
        .pAttachments = &target.view,
        .width = target.extent.width,
        .height = target.extent.height,
        .layers = 1,
    };
    VkFramebuffer framebuffer = VK_NULL_HANDLE;
    VK_CHECK(vkCreateFramebuffer(device_.handle(), &info, nullptr, &framebuffer));
    framebuffers_[target.view] = framebuffer;
    return framebuffer;
}

void ImGuiLayer::release_framebuffers() {
    for (auto& [view, framebuffer] : framebuffers_) vkDestroyFramebuffer(device_.handle(), framebuffer, nullptr);
    framebuffers_.clear();
}

void ImGuiLayer::record(VkCommandBuffer cmd, const FrameTarget& target) {
    ImGui::Render();
    const VkRenderPassBeginInfo begin{
        .sType = VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO,
        .renderPass = render_pass_,
        .framebuffer = framebuffer_for(target),
        .renderArea = {{0, 0}, target.extent},
    };
    vkCmdBeginRenderPass(cmd, &begin, VK_SUBPASS_CONTENTS_INLINE);
    ImGui_ImplVulkan_RenderDrawData(ImGui::GetDrawData(), cmd);
    vkCmdEndRenderPass(cmd);
}

}  // namespace perfuse
