#pragma once
// Small meshes and scenes built in code for the picking, culling and collision tests.
#include <string>

#include "scene/scene.h"

namespace perfuse::test {

// Axis-aligned box centred on the origin, counter-clockwise faces seen from outside.
inline MeshData boxMesh(glm::vec3 half_m) {
    MeshData mesh;
    mesh.name = "box";
    const glm::vec3 axes[3] = {{1, 0, 0}, {0, 1, 0}, {0, 0, 1}};
    for (int axis = 0; axis < 3; ++axis)
        for (float side : {-1.0f, 1.0f}) {
            const glm::vec3 n = axes[axis] * side;
            const glm::vec3 u = axes[(axis + 1) % 3] * side, v = axes[(axis + 2) % 3];
            const auto base = static_cast<std::uint32_t>(mesh.vertices.size());
            for (glm::vec2 c : {glm::vec2(-1, -1), glm::vec2(1, -1), glm::vec2(1, 1), glm::vec2(-1, 1)})
                mesh.vertices.push_back({(n + u * c.x + v * c.y) * half_m, n, (c + 1.0f) * 0.5f});
            mesh.indices.insert(mesh.indices.end(), {base, base + 1, base + 2, base, base + 2, base + 3});
        }
    return mesh;
}

// Adds a node drawing `mesh` at `position_m`, tagged `tag`.
inline NodeId addBoxNode(Scene& scene, std::int32_t mesh, glm::vec3 position_m, const std::string& tag,
                         NodeId parent = kNoNode) {
    Transform t;
    t.translation_m = position_m;
    const NodeId id = add_node(scene, tag, parent, t);
    scene.nodes[id].mesh = mesh;
    scene.nodes[id].tag = tag;
    return id;
}

}  // namespace perfuse::test
