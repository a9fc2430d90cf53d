#pragma once
// Text labels pinned to points in the world, drawn with ImGui over the 3D view: they face the
// viewer by construction, keep a readable size, fade out with distance and hide when behind the
// camera, off screen or occluded (the caller decides occlusion, e.g. with a pick ray).
#include <functional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace perfuse {

struct WorldLabel {
    glm::vec3 position_m{0.0f};
    std::string text;
    bool emphasised = false;  // hovered or selected: drawn in the accent colour, never faded
};

struct WorldLabelStyle {
    float fade_start_m = 4.0f;   // fully opaque closer than this
    float hide_beyond_m = 8.0f;  // gone beyond this (a room's worth of labels would be clutter)
};

// True when something stands between the eye and the label's point.
using OcclusionTest = std::function<bool(const WorldLabel&)>;

// Call between ImGui's NewFrame and Render. VIEW_PROJ uses Vulkan clip conventions (Y down, depth 0..1).
// Returns how many labels were drawn.
int draw_world_labels(const std::vector<WorldLabel>& labels, const glm::mat4& view_proj, const glm::vec3& eye_m,
                      const glm::vec2& viewport_px, const OcclusionTest& occluded, const WorldLabelStyle& style = {});

// Where a world point lands on screen in pixels (top-left origin); false when behind the eye.
bool project_to_screen(const glm::vec3& point_m, const glm::mat4& view_proj, const glm::vec2& viewport_px,
                       glm::vec2& screen_px);

}  // namespace perfuse
