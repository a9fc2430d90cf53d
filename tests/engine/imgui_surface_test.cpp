// The offscreen ImGui surface draws its own context's panels into its image, leaves the caller's
// ImGui context current, draws only new content, and registers in the texture table as an external
// texture; all without a validation message.
#include <gtest/gtest.h>

#include <array>
#include <cstring>
#include <vector>

#include <imgui.h>

#include "gpu/buffer.h"
#include "gpu/device.h"
#include "gpu/image.h"
#include "gpu/instance.h"
#include "render/texture_table.h"
#include "ui/imgui_surface.h"

namespace perfuse {
namespace {

constexpr VkExtent2D kExtent{64, 48};

// Copies the surface's image (SHADER_READ_ONLY between frames) into host memory and returns RGBA8.
std::vector<std::uint8_t> read_back(Device& device, ImGuiSurface& surface, bool record_first) {
    Buffer readback(device, VkDeviceSize(kExtent.width) * kExtent.height * 4, VK_BUFFER_USAGE_TRANSFER_DST_BIT,
                    MemoryUse::cpu_to_gpu);
    device.submit_and_wait([&](VkCommandBuffer cmd) {
        if (record_first) surface.record(cmd);
        transition_image(cmd, surface.image(),
                         {.from = VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL, .to = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL,
                          .src_stage = VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT, .src_access = VK_ACCESS_SHADER_READ_BIT,
                          .dst_stage = VK_PIPELINE_STAGE_TRANSFER_BIT, .dst_access = VK_ACCESS_TRANSFER_READ_BIT});
        const VkBufferImageCopy copy{
            .imageSubresource = {.aspectMask = VK_IMAGE_ASPECT_COLOR_BIT, .layerCount = 1},
            .imageExtent = {kExtent.width, kExtent.height, 1},
        };
        vkCmdCopyImageToBuffer(cmd, surface.image(), VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, readback.handle(), 1, &copy);
        transition_image(cmd, surface.image(),
                         {.from = VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, .to = VK_IMAGE_LAYOUT_SHADER_READ_ONLY_OPTIMAL,
                          .src_stage = VK_PIPELINE_STAGE_TRANSFER_BIT, .src_access = 0,
                          .dst_stage = VK_PIPELINE_STAGE_FRAGMENT_SHADER_BIT, .dst_access = VK_ACCESS_SHADER_READ_BIT});
    });
    std::vector<std::uint8_t> pixels(std::size_t(kExtent.width) * kExtent.height * 4);
    std::memcpy(pixels.data(), readback.mapped(), pixels.size());
    return pixels;
}

std::array<int, 3> rgb_at(const std::vector<std::uint8_t>& pixels, uint32_t x, uint32_t y) {
    const std::size_t i = (std::size_t(y) * kExtent.width + x) * 4;
    return {pixels[i], pixels[i + 1], pixels[i + 2]};
}

// Draws a red square from (8, 8) to (40, 40) in the surface's context.
void draw_red_square(ImGuiSurface& surface) {
    surface.begin_frame(1.0f / 60.0f);
    EXPECT_EQ(ImGui::GetCurrentContext(), surface.context());
    ImGui::GetBackgroundDrawList()->AddRectFilled({8, 8}, {40, 40}, IM_COL32(255, 0, 0, 255));
    surface.end_frame();
}

// Made before any other context (the app creates its screens before its ImGui layer), it must not
// stay current, or the app's layer would draw into the surface's context.
TEST(ImGuiSurface, MadeFirstLeavesNoContextCurrent) {
    ValidationLog log;
    {
        Instance instance(InstanceOptions{.validation = true}, &log);
        Device device(instance, DeviceOptions{});
        ASSERT_EQ(ImGui::GetCurrentContext(), nullptr);
        ImGuiSurface surface(instance, device, {.extent = kExtent});
        EXPECT_EQ(ImGui::GetCurrentContext(), nullptr);
        draw_red_square(surface);
        EXPECT_EQ(ImGui::GetCurrentContext(), nullptr);
    }
    EXPECT_EQ(ImGui::GetCurrentContext(), nullptr);
    EXPECT_EQ(log.problem_count(), 0) << ::testing::PrintToString(log.problems());
}

TEST(ImGuiSurface, DrawsItsPanelsIntoItsImageAndLeavesTheCallersContextCurrent) {
    ValidationLog log;
    {
        Instance instance(InstanceOptions{.validation = true}, &log);
        Device device(instance, DeviceOptions{});
        ImGuiContext* outer = ImGui::CreateContext();  // the app's own UI
        ImGui::SetCurrentContext(outer);
        {
            ImGuiSurface surface(instance, device, {.extent = kExtent, .clear_color = {{0.0f, 0.0f, 1.0f, 1.0f}}});
            EXPECT_EQ(ImGui::GetCurrentContext(), outer);
            // Before the first record it is cleared to its clear colour, ready to sample.
            EXPECT_EQ(rgb_at(read_back(device, surface, false), 20, 20), (std::array<int, 3>{0, 0, 255}));

            draw_red_square(surface);
            EXPECT_EQ(ImGui::GetCurrentContext(), outer);
            const std::vector<std::uint8_t> pixels = read_back(device, surface, true);
            EXPECT_EQ(rgb_at(pixels, 20, 20), (std::array<int, 3>{255, 0, 0}));
            EXPECT_EQ(rgb_at(pixels, 60, 44), (std::array<int, 3>{0, 0, 255}));
            EXPECT_EQ(surface.records(), 1u);
            // Nothing new since: a second record draws nothing and the picture stays.
            EXPECT_EQ(rgb_at(read_back(device, surface, true), 20, 20), (std::array<int, 3>{255, 0, 0}));
            EXPECT_EQ(surface.records(), 1u);
            EXPECT_EQ(ImGui::GetCurrentContext(), outer);

            TextureTable table(device);
            const uint32_t index = table.add_external(surface.view());
            EXPECT_EQ(index, 1u);
            EXPECT_NE(table.set(index), VK_NULL_HANDLE);
            TextureImage pixels_for_it{.key = "x", .width_px = kExtent.width, .height_px = kExtent.height};
            pixels_for_it.rgba8.assign(std::size_t(kExtent.width) * kExtent.height * 4, 0);
            EXPECT_FALSE(table.update(index, pixels_for_it));  // its owner draws it, not the table
            table.clear();
            EXPECT_EQ(table.size(), 1u);
        }
        EXPECT_EQ(ImGui::GetCurrentContext(), outer);
        ImGui::DestroyContext(outer);
    }
    EXPECT_EQ(log.problem_count(), 0) << ::testing::PrintToString(log.problems());
}

}  // namespace
}  // namespace perfuse
