#include "scene/scene.h"

#include <algorithm>
#include <utility>

#include <glm/gtc/matrix_transform.hpp>

namespace perfuse {

glm::mat4 Transform::matrix() const {
    glm::mat4 m = glm::mat4_cast(rotation);
    m[0] *= scale.x;
    m[1] *= scale.y;
    m[2] *= scale.z;
    m[3] = glm::vec4(translation_m, 1.0f);
    return m;
}

NodeId add_node(Scene& scene, std::string name, NodeId parent, const Transform& local) {
    const auto id = static_cast<NodeId>(scene.nodes.size());
    Node node;
    node.name = std::move(name);
    node.local = local;
    node.parent = parent < scene.nodes.size() ? parent : kNoNode;
    scene.nodes.push_back(std::move(node));
    if (scene.nodes[id].parent != kNoNode) scene.nodes[parent].children.push_back(id);
    return id;
}

std::int32_t add_mesh(Scene& scene, MeshData mesh) {
    scene.mesh_bounds.push_back(mesh.bounds());
    scene.meshes.push_back(std::move(mesh));
    return static_cast<std::int32_t>(scene.meshes.size() - 1);
}

std::int32_t add_material(Scene& scene, Material material) {
    scene.materials.push_back(std::move(material));
    return static_cast<std::int32_t>(scene.materials.size() - 1);
}

bool set_parent(Scene& scene, NodeId child, NodeId parent) {
    if (child >= scene.nodes.size()) return false;
    if (parent != kNoNode) {
        if (parent >= scene.nodes.size()) return false;
        // Walking up from the new parent must not meet the child, or we would build a loop.
        for (NodeId p = parent; p != kNoNode; p = scene.nodes[p].parent)
            if (p == child) return false;
    }
    const NodeId old = scene.nodes[child].parent;
    if (old != kNoNode) std::erase(scene.nodes[old].children, child);
    scene.nodes[child].parent = parent;
    if (parent != kNoNode) scene.nodes[parent].children.push_back(child);
    return true;
}

std::vector<NodeId> root_nodes(const Scene& scene) {
    std::vector<NodeId> roots;
    for (NodeId i = 0; i < scene.nodes.size(); ++i)
        if (scene.nodes[i].parent == kNoNode) roots.push_back(i);
    return roots;
}

std::array<glm::vec3, 8> box_corners(const Bounds& local, const glm::mat4& m) {
    std::array<glm::vec3, 8> corners;
    for (std::size_t i = 0; i < corners.size(); ++i) {
        const glm::vec3 p{i & 1 ? local.max.x : local.min.x, i & 2 ? local.max.y : local.min.y,
                          i & 4 ? local.max.z : local.min.z};
        corners[i] = glm::vec3(m * glm::vec4(p, 1.0f));
    }
    return corners;
}

Bounds transform_bounds(const Bounds& local, const glm::mat4& m) {
    Bounds out;
    if (local.empty()) return out;
    for (const glm::vec3& corner : box_corners(local, m)) out.add(corner);
    return out;
}

void update_world_transforms(Scene& scene) {
    // Explicit stack rather than recursion: imported files can nest deeply.
    std::vector<NodeId> stack = root_nodes(scene);
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        Node& node = scene.nodes[id];
        const glm::mat4 parent_world = node.parent == kNoNode ? glm::mat4(1.0f) : scene.nodes[node.parent].world;
        node.world = parent_world * node.local.matrix();
        const bool has_mesh = node.mesh >= 0 && static_cast<std::size_t>(node.mesh) < scene.meshes.size();
        node.world_bounds = has_mesh ? transform_bounds(scene.mesh_bounds[node.mesh], node.world) : Bounds{};
        stack.insert(stack.end(), node.children.begin(), node.children.end());
    }
}

bool effectively_visible(const Scene& scene, NodeId id) {
    for (NodeId p = id; p != kNoNode && p < scene.nodes.size(); p = scene.nodes[p].parent)
        if (!scene.nodes[p].visible) return false;
    return id < scene.nodes.size();
}

Bounds scene_bounds(const Scene& scene) {
    Bounds b;
    for (NodeId i = 0; i < scene.nodes.size(); ++i)
        if (effectively_visible(scene, i)) b.add(scene.nodes[i].world_bounds);
    return b;
}

NodeId find_node_by_name(const Scene& scene, std::string_view name) {
    for (NodeId i = 0; i < scene.nodes.size(); ++i)
        if (scene.nodes[i].name == name) return i;
    return kNoNode;
}

std::vector<NodeId> find_nodes_by_tag(const Scene& scene, std::string_view tag) {
    std::vector<NodeId> out;
    for (NodeId i = 0; i < scene.nodes.size(); ++i)
        if (scene.nodes[i].tag == tag) out.push_back(i);
    return out;
}

const TextureImage* find_texture(const Scene& scene, std::string_view key) {
    for (const TextureImage& t : scene.textures)
        if (t.key == key) return &t;
    return nullptr;
}

}  // namespace perfuse
