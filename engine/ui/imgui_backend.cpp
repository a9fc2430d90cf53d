#include "ui/imgui_backend.h"

#include <algorithm>
#include <filesystem>

#include <imgui.h>
#include <imgui_impl_vulkan.h>

#include "gpu/device.h"
#include "gpu/instance.h"
#include "gpu/vk_check.h"

namespace perfuse {

namespace {
void check_imgui_vk(VkResult result) {
    if (result != VK_SUCCESS) throw_vulkan_error("ImGui Vulkan backend", result, __FILE__, __LINE__);
}
}  // namespace

void load_ui_font(float scale) {
    ImGuiIO& io = ImGui::GetIO();
    for (const char* path : {"/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf",
                             "/usr/share/fonts/TTF/DejaVuSans.ttf"}) {
        if (std::filesystem::exists(path) && io.Fonts->AddFontFromFileTTF(path, kUiBaseFontPx * scale)) return;
    }
    ImFontConfig config;
    config.SizePixels = 13.0f * scale;
    io.Fonts->AddFontDefault(&config);
}

VkDescriptorPool init_imgui_vulkan(const Instance& instance, Device& device, VkRenderPass render_pass,
                                   uint32_t image_count, VkPipelineCache pipeline_cache) {
    const VkDescriptorPoolSize pool_size{VK_DESCRIPTOR_TYPE_COMBINED_IMAGE_SAMPLER, 16};
    const VkDescriptorPoolCreateInfo pool_info{
        .sType = VK_STRUCTURE_TYPE_DESCRIPTOR_POOL_CREATE_INFO,
        .flags = VK_DESCRIPTOR_POOL_CREATE_FREE_DESCRIPTOR_SET_BIT,
        .maxSets = 16,
        .poolSizeCount = 1,
        .pPoolSizes = &pool_size,
    };
    VkDescriptorPool pool = VK_NULL_HANDLE;
    VK_CHECK(vkCreateDescriptorPool(device.handle(), &pool_info, nullptr, &pool));
    ImGui_ImplVulkan_InitInfo init{};
    init.Instance = instance.handle();
    init.PhysicalDevice = device.physical();
    init.Device = device.handle();
    init.QueueFamily = device.queue_family();
    init.Queue = device.queue();
    init.PipelineCache = pipeline_cache;
    init.DescriptorPool = pool;
    init.MinImageCount = std::max(2u, image_count);
    init.ImageCount = std::max(2u, image_count);
    init.MSAASamples = VK_SAMPLE_COUNT_1_BIT;
    init.CheckVkResultFn = check_imgui_vk;
    ImGui_ImplVulkan_Init(&init, render_pass);
    device.submit_and_wait([](VkCommandBuffer cmd) { ImGui_ImplVulkan_CreateFontsTexture(cmd); });
    ImGui_ImplVulkan_DestroyFontUploadObjects();
    return pool;
}

}  // namespace perfuse
