#pragma once
// What every Dear ImGui context on our Vulkan device sets up the same way: the text font and the
// Vulkan backend (its descriptor pool, pipeline for one render pass, font texture upload). Shared by
// the on-screen layer (imgui_layer.h) and offscreen surfaces (imgui_surface.h); each call works on
// the current ImGui context, whose io.BackendRendererUserData keeps that context's backend apart.
#include <vulkan/vulkan.h>

namespace perfuse {

class Device;
class Instance;

// Text size at scale 1.0, in pixels.
inline constexpr float kUiBaseFontPx = 18.0f;

// Adds the UI font to the current context's atlas at SCALE x kUiBaseFontPx: DejaVu Sans (Debian:
// fonts-dejavu-core) when installed, ImGui's built-in bitmap font otherwise.
void load_ui_font(float scale);

// Initialises the ImGui Vulkan backend for the current context, drawing inside RENDER_PASS (one
// colour attachment, one sample), and uploads its font atlas. IMAGE_COUNT: how many vertex/index
// buffer sets the backend cycles through; at least the number of times the context is drawn while
// earlier draws may still be in flight. Returns the descriptor pool it uses (free it after
// ImGui_ImplVulkan_Shutdown).
VkDescriptorPool init_imgui_vulkan(const Instance& instance, Device& device, VkRenderPass render_pass,
                                   uint32_t image_count, VkPipelineCache pipeline_cache);

}  // namespace perfuse
