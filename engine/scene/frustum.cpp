#include "scene/frustum.h"

namespace perfuse {

Frustum frustum_from_view_proj(const glm::mat4& m) {
    // Gribb & Hartmann: each clip-space bound is a row combination. glm is column-major, so row i
    // is (m[0][i], m[1][i], m[2][i], m[3][i]). Depth 0..1 makes the near plane row 2 alone.
    const auto row = [&](int i) { return glm::vec4(m[0][i], m[1][i], m[2][i], m[3][i]); };
    Frustum f;
    f.planes = {row(3) + row(0), row(3) - row(0), row(3) + row(1), row(3) - row(1), row(2), row(3) - row(2)};
    for (glm::vec4& p : f.planes) {
        const float length = glm::length(glm::vec3(p));
        if (length > 0.0f) p /= length;
    }
    return f;
}

bool intersects(const Frustum& frustum, const Bounds& box) {
    if (box.empty()) return false;
    for (const glm::vec4& plane : frustum.planes) {
        // The corner furthest along the normal: if even it is outside, the whole box is.
        const glm::vec3 n{plane};
        const glm::vec3 corner{n.x >= 0.0f ? box.max.x : box.min.x, n.y >= 0.0f ? box.max.y : box.min.y,
                               n.z >= 0.0f ? box.max.z : box.min.z};
        if (glm::dot(n, corner) + plane.w < 0.0f) return false;
    }
    return true;
}

std::vector<NodeId> visible_nodes(const Scene& scene, const Frustum& frustum) {
    std::vector<NodeId> out;
    for (NodeId id = 0; id < scene.nodes.size(); ++id) {
        const Node& node = scene.nodes[id];
        if (node.mesh < 0 || !intersects(frustum, node.world_bounds)) continue;
        if (effectively_visible(scene, id)) out.push_back(id);
    }
    return out;
}

}  // namespace perfuse
