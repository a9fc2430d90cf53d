#include "ui/world_labels.h"

#include <algorithm>

#include <imgui.h>

namespace perfuse {

bool project_to_screen(const glm::vec3& point_m, const glm::mat4& view_proj, const glm::vec2& viewport_px,
                       glm::vec2& screen_px) {
    const glm::vec4 clip = view_proj * glm::vec4(point_m, 1.0f);
    if (clip.w <= 1e-4f) return false;
    const glm::vec2 ndc = glm::vec2(clip) / clip.w;  // Vulkan: x right, y down, both -1..1
    screen_px = (ndc * 0.5f + 0.5f) * viewport_px;
    return true;
}

int draw_world_labels(const std::vector<WorldLabel>& labels, const glm::mat4& view_proj, const glm::vec3& eye_m,
                      const glm::vec2& viewport_px, const OcclusionTest& occluded, const WorldLabelStyle& style) {
    struct Placed {
        const WorldLabel* label;
        ImVec2 min, max;
        float fade;
    };
    const float pad = ImGui::GetFontSize() * 0.35f;
    // Emphasised first, then nearest first: a label that would overlap one already placed is left
    // out, so the closest and the chosen ones stay readable in a crowded room.
    std::vector<const WorldLabel*> order;
    for (const WorldLabel& label : labels) order.push_back(&label);
    std::stable_sort(order.begin(), order.end(), [&](const WorldLabel* a, const WorldLabel* b) {
        if (a->emphasised != b->emphasised) return a->emphasised;
        return glm::distance(a->position_m, eye_m) < glm::distance(b->position_m, eye_m);
    });
    std::vector<Placed> placed;
    for (const WorldLabel* label : order) {
        const float distance_m = glm::distance(label->position_m, eye_m);
        if (!label->emphasised && distance_m > style.hide_beyond_m) continue;
        glm::vec2 screen;
        if (!project_to_screen(label->position_m, view_proj, viewport_px, screen)) continue;
        if (screen.x < 0 || screen.y < 0 || screen.x > viewport_px.x || screen.y > viewport_px.y) continue;
        const ImVec2 size = ImGui::CalcTextSize(label->text.c_str());
        const ImVec2 min(screen.x - size.x * 0.5f - pad, screen.y - size.y - 2.0f * pad);
        const ImVec2 max(screen.x + size.x * 0.5f + pad, screen.y);
        const bool overlaps = std::any_of(placed.begin(), placed.end(), [&](const Placed& p) {
            return min.x < p.max.x && max.x > p.min.x && min.y < p.max.y && max.y > p.min.y;
        });
        if (overlaps || (occluded && occluded(*label))) continue;
        const float fade = label->emphasised ? 1.0f
                                             : std::clamp((style.hide_beyond_m - distance_m) /
                                                              (style.hide_beyond_m - style.fade_start_m), 0.0f, 1.0f);
        placed.push_back({label, min, max, fade});
    }
    ImDrawList* draw = ImGui::GetBackgroundDrawList();
    for (auto it = placed.rbegin(); it != placed.rend(); ++it) {
        const int alpha = int(255 * it->fade);
        const ImU32 background = it->label->emphasised ? IM_COL32(255, 196, 60, alpha * 235 / 255)
                                                       : IM_COL32(255, 255, 255, alpha * 215 / 255);
        draw->AddRectFilled(it->min, it->max, background, pad);
        draw->AddRect(it->min, it->max, IM_COL32(40, 60, 70, alpha * 160 / 255), pad);
        draw->AddText(ImVec2(it->min.x + pad, it->min.y + pad), IM_COL32(20, 30, 35, alpha), it->label->text.c_str());
    }
    return int(placed.size());
}

}  // namespace perfuse
