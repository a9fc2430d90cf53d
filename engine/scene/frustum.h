#pragma once
// View-frustum culling: six planes pulled from a view-projection matrix (Vulkan depth 0..1) and a
// conservative box test: boxes reported outside are certainly invisible; a few near corners may pass.
#include <array>
#include <vector>

#include <glm/glm.hpp>

#include "scene/scene.h"

namespace perfuse {

struct Frustum {
    // Inside when dot(plane.xyz, p) + plane.w >= 0; normals unit length, pointing inwards.
    // Order: left, right, bottom, top, near, far.
    std::array<glm::vec4, 6> planes{};
};

Frustum frustum_from_view_proj(const glm::mat4& view_proj);
bool intersects(const Frustum& frustum, const Bounds& box);
// Visible mesh nodes whose world bounds touch the frustum (call update_world_transforms first).
std::vector<NodeId> visible_nodes(const Scene& scene, const Frustum& frustum);

}  // namespace perfuse
