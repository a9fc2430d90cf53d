#pragma once
// Dear ImGui drawn on top of the finished scene, in a small render pass of its own (the ImGui 1.86
// Vulkan backend needs a VkRenderPass). Works with a window (GLFW input) and headless (no input,
// fixed display size) so panels appear in screenshots and golden images too.
#include <filesystem>
#include <unordered_map>

#include <glm/glm.hpp>
#include <vulkan/vulkan.h>

#include "render/frame_target.h"

struct GLFWwindow;

namespace perfuse {

class Device;
class Instance;

struct ImGuiLayerOptions {
    VkFormat color_format = VK_FORMAT_UNDEFINED;
    VkImageLayout final_layout = VK_IMAGE_LAYOUT_PRESENT_SRC_KHR;  // or TRANSFER_SRC for readback
    uint32_t image_count = 2;
    GLFWwindow* window = nullptr;  // null: headless
    float text_scale = 1.0f;       // 1.0 = 18 px text
    VkPipelineCache pipeline_cache = VK_NULL_HANDLE;
};

class ImGuiLayer {
public:
    ImGuiLayer(const Instance& instance, Device& device, const ImGuiLayerOptions& options);
    ~ImGuiLayer();
    ImGuiLayer(const ImGuiLayer&) = delete;
    ImGuiLayer& operator=(const ImGuiLayer&) = delete;

    // Starts an ImGui frame; DISPLAY_SIZE and DT_S are used when headless.
    void begin_frame(glm::vec2 display_size, float dt_s);
    // Renders what was built since begin_frame. TARGET must be in COLOR_ATTACHMENT_OPTIMAL; it
    // leaves in the final layout given at construction.
    void record(VkCommandBuffer cmd, const FrameTarget& target);
    // Ends the current ImGui frame without drawing it: auto-sized windows measure themselves on
    // their first frame, so a headless run lays the panels out once before its first real frame.
    void discard_frame();
    // Forget framebuffers of images that no longer exist (after a swapchain rebuild).
    void release_framebuffers();

    void set_text_scale(float scale);
    float text_scale() const { return text_scale_; }

private:
    VkFramebuffer framebuffer_for(const FrameTarget& target);

    Device& device_;
    bool headless_;
    float text_scale_ = 1.0f;
    float font_build_scale_ = 1.0f;
    VkRenderPass render_pass_ = VK_NULL_HANDLE;
    VkDescriptorPool descriptor_pool_ = VK_NULL_HANDLE;
    std::unordered_map<VkImageView, VkFramebuffer> framebuffers_;
};

}  // namespace perfuse
