#pragma once
// An offscreen Dear ImGui surface: a second ImGui context (its own font atlas and Vulkan backend)
// that draws panels into a colour image of its own, which the lit pass then samples like any
// base-colour texture: a machine's screen in a room, or a menu on a quad in the world (VR).
//
// How to use it:
//   ImGuiSurface surface(instance, device, {.extent = {512, 384}});
//   const uint32_t tex = textures.add_external(surface.view());   // render/texture_table.h
//   // each time its content should change (not necessarily every frame):
//   surface.begin_frame(dt_s);            // this surface's context is current until end_frame()
//   ImGui::SetNextWindowPos({0, 0}); ImGui::SetNextWindowSize(surface.size()); ImGui::Begin(...); ... ImGui::End();
//   surface.end_frame();                  // builds the draw data; the caller's context is current again
//   // in that frame's command buffer, before the pass that samples the image:
//   surface.record(cmd);                  // draws the last end_frame()'s panels; image ends SHADER_READ_ONLY
//   // and give draw items showing it `texture = tex`.
// record() may be skipped on frames where nothing changed: the image keeps its last picture. It draws
// only what a new end_frame() built (a second call draws nothing), so at most once per frame; the image must outlive every frame in flight that samples it (wait for
// the device before destroying the surface). Input (a VR pointer) goes through io() between
// begin_frame and end_frame or before begin_frame, in the surface's pixels.
#include <vulkan/vulkan.h>

#include <imgui.h>

#include "gpu/image.h"

namespace perfuse {

class Device;
class Instance;

struct ImGuiSurfaceOptions {
    VkExtent2D extent{512, 384};  // pixels of the image
    float text_scale = 1.0f;      // 1.0 = 18 px text
    bool dark_style = true;       // screens are dark; false: the app's light panel style
    VkClearColorValue clear_color{{0.0f, 0.0f, 0.0f, 1.0f}};
    VkPipelineCache pipeline_cache = VK_NULL_HANDLE;
};

class ImGuiSurface {
public:
    // The image is R8G8B8A8_SRGB (ImGui colours are written as the main layer writes them onto the
    // swapchain, so a panel looks the same on a screen as on the desktop). It starts cleared and in
    // SHADER_READ_ONLY_OPTIMAL, so it may be sampled before the first record().
    ImGuiSurface(const Instance& instance, Device& device, const ImGuiSurfaceOptions& options);
    ~ImGuiSurface();
    ImGuiSurface(const ImGuiSurface&) = delete;
    ImGuiSurface& operator=(const ImGuiSurface&) = delete;

    void begin_frame(float dt_s);
    void end_frame();
    // Draws the panels built by the last end_frame() into the image (a render pass of its own; waits
    // for earlier frames' fragment-shader reads of it, and makes its writes visible to later ones).
    void record(VkCommandBuffer cmd);

    VkImageView view() const { return image_.view(); }
    VkImage image() const { return image_.handle(); }
    VkExtent2D extent() const { return extent_; }
    ImVec2 size() const { return ImVec2(float(extent_.width), float(extent_.height)); }
    ImGuiIO& io();
    ImGuiContext* context() const { return context_; }
    // How many times record() drew the image (to check a redraw rate).
    uint64_t records() const { return records_; }

private:
    void begin_pass(VkCommandBuffer cmd) const;

    Device& device_;
    VkExtent2D extent_{};
    VkClearColorValue clear_color_{};
    Image image_;
    VkRenderPass render_pass_ = VK_NULL_HANDLE;
    VkFramebuffer framebuffer_ = VK_NULL_HANDLE;
    VkDescriptorPool descriptor_pool_ = VK_NULL_HANDLE;
    ImGuiContext* context_ = nullptr;
    ImGuiContext* outer_context_ = nullptr;  // the caller's, restored by end_frame()
    bool has_draw_data_ = false;  // end_frame() built panels that record() has not drawn yet
    uint64_t records_ = 0;
};

}  // namespace perfuse
