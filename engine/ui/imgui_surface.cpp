#include "ui/imgui_surface.h"

#include <array>

#include <imgui_impl_vulkan.h>

#include "gpu/device.h"
#include "gpu/instance.h"
#include "gpu/vk_check.h"
#include "ui/imgui_backend.h"
#include "ui/single_colour_pass.h"

namespace perfuse {

namespace {
constexpr VkFormat kSurfaceFormat = VK_FORMAT_R8G8B8A8_SRGB;
// Two sets of vertex buffers: a surface is drawn at most once a frame, two frames are in flight.
constexpr uint32_t kBackendImageCount = 2;

// Clears the whole image (its old picture is not needed) and leaves it ready to be sampled.
VkRenderPass create_surface_render_pass(VkDevice device) {
    static constexpr std::array<VkSubpassDependency, 2> kDependencies = {{
        // An earlier frame's lit pass may still be sampling the old picture: wait for it (write after
        // read needs only the execution dependency).
        {.srcSubpass = VK_SUBPASS_EXTERNAL,
         .dstSubpass = 0,
         .srcStageMask = VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT,
         .dstStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
         .srcAccessMask = 0,
         .dstAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT},
        // The new picture is visible to every later fragment shader that samples it.
        {.srcSubpass = 0,
         .dstSubpass = VK_SUBPASS_EXTERNAL,
         .srcStageMask = VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
         .dstStageMask = VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT,
         .srcAccessMask = VK_ACCESS_COLOR_ATTACHMENT_WRITE_BIT,
         .dstAccessMask = VK_ACCESS_SHADER_READ_BIT},
    }};
    return create_single_colour_pass(device, {.format = kSurfaceFormat,
                                              .load_op = VK_ATTACHMENT_LOAD_OP_CLEAR,
                                              .initial_layout = VK_IMAGE_LAYOUT_UNDEFINED,
                                              .final_layout = VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL,
                                              .dependencies = kDependencies});
}

// Makes CONTEXT current for its lifetime and puts the previous one back after.
class ContextScope {
public:
    explicit ContextScope(ImGuiContext* context) : previous_(ImGui::GetCurrentContext()) {
        ImGui::SetCurrentContext(context);
    }
    ~ContextScope() { ImGui::SetCurrentContext(previous_); }
    ContextScope(const ContextScope&) = delete;
    ContextScope& operator=(const ContextScope&) = delete;

private:
    ImGuiContext* previous_;
};
}  // namespace

ImGuiSurface::ImGuiSurface(const Instance& instance, Device& device, const ImGuiSurfaceOptions& options)
    : device_(device),
      extent_(options.extent),
      clear_color_(options.clear_color),
      image_(device, {.extent = options.extent,
                      .format = kSurfaceFormat,
                      .usage = VK_IMAGE_USAGE_COLOR_ATTACHMENT_BIT | VK_IMAGE_USAGE_SAMPLED_BIT |
                               VK_IMAGE_USAGE_TRANSFER_SRC_BIT}) {  // transfer: tests read it back
    render_pass_ = create_surface_render_pass(device.handle());
    const VkImageView view = image_.view();
    const VkFramebufferCreateInfo framebuffer_info{
        .sType = VK_STRUCTURE_TYPE_FRAMEBUFFER_CREATE_INFO,
        .renderPass = render_pass_,
        .attachmentCount = 1,
        .pAttachments = &view,
        .width = extent_.width,
        .height = extent_.height,
        .layers = 1,
    };
    VK_CHECK(vkCreateFramebuffer(device.handle(), &framebuffer_info, nullptr, &framebuffer_));

    // CreateContext makes the new context current when none is: note the caller's first, so a surface
    // made before the app's own ImGui layer leaves no context current (the layer's then becomes it).
    ImGuiContext* outer = ImGui::GetCurrentContext();
    context_ = ImGui::CreateContext();  // its own font atlas: the backend binds one font texture per context
    ImGui::SetCurrentContext(outer);
    ContextScope scope(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = size();
    if (options.dark_style) ImGui::StyleColorsDark();
    else ImGui::StyleColorsLight();
    ImGui::GetStyle().ScaleAllSizes(options.text_scale);
    load_ui_font(options.text_scale);
    descriptor_pool_ = init_imgui_vulkan(instance, device, render_pass_, kBackendImageCount, options.pipeline_cache);
    // A cleared picture until the first record(), already in the layout the lit pass samples.
    device.submit_and_wait([&](VkCommandBuffer cmd) {
        begin_pass(cmd);
        vkCmdEndRenderPass(cmd);
    });
}

ImGuiSurface::~ImGuiSurface() {
    vkDeviceWaitIdle(device_.handle());
    {
        ContextScope scope(context_);
        ImGui_ImplVulkan_Shutdown();
    }
    ImGuiContext* outer = ImGui::GetCurrentContext();
    ImGui::DestroyContext(context_);
    if (outer != context_) ImGui::SetCurrentContext(outer);
    vkDestroyDescriptorPool(device_.handle(), descriptor_pool_, nullptr);
    vkDestroyFramebuffer(device_.handle(), framebuffer_, nullptr);
    vkDestroyRenderPass(device_.handle(), render_pass_, nullptr);
}

ImGuiIO& ImGuiSurface::io() {
    ContextScope scope(context_);
    return ImGui::GetIO();
}

void ImGuiSurface::begin_frame(float dt_s) {
    outer_context_ = ImGui::GetCurrentContext();
    ImGui::SetCurrentContext(context_);
    ImGui_ImplVulkan_NewFrame();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = size();
    io.DeltaTime = dt_s > 0.0f ? dt_s : 1.0f / 60.0f;
    ImGui::NewFrame();
}

void ImGuiSurface::end_frame() {
    ImGui::Render();
    has_draw_data_ = true;
    ImGui::SetCurrentContext(outer_context_);
    outer_context_ = nullptr;
}

// Begins the surface's pass over the whole image, clearing it to the surface's colour.
void ImGuiSurface::begin_pass(VkCommandBuffer cmd) const {
    const VkClearValue clear{.color = clear_color_};
    const VkRenderPassBeginInfo begin{
        .sType = VK_STRUCTURE_TYPE_RENDER_PASS_BEGIN_INFO,
        .renderPass = render_pass_,
        .framebuffer = framebuffer_,
        .renderArea = {{0, 0}, extent_},
        .clearValueCount = 1,
        .pClearValues = &clear,
    };
    vkCmdBeginRenderPass(cmd, &begin, VK_SUBPASS_CONTENTS_INLINE);
}

void ImGuiSurface::record(VkCommandBuffer cmd) {
    if (!has_draw_data_) return;  // nothing new since the last record: the image keeps its picture
    has_draw_data_ = false;
    ContextScope scope(context_);
    begin_pass(cmd);
    ImGui_ImplVulkan_RenderDrawData(ImGui::GetDrawData(), cmd);
    vkCmdEndRenderPass(cmd);
    ++records_;
}

}  // namespace perfuse
