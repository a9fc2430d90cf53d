#pragma once
// Scene graph: plain nodes with local transforms, shared meshes and materials, world matrices and
// world-space bounds. Nodes live in one vector and refer to each other by index, so the renderer,
// picking and culling can walk them without pointers. Several nodes may point at one mesh: that is
// instancing, and the renderer may batch them by (mesh, material).
#include <array>
#include <cstdint>
#include <limits>
#include <string>
#include <string_view>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include "geometry/mesh.h"
#include "scene/texture_image.h"

namespace perfuse {

using NodeId = std::uint32_t;
inline constexpr NodeId kNoNode = std::numeric_limits<NodeId>::max();
inline constexpr std::int32_t kNoIndex = -1;  // node without mesh or material

struct Transform {
    glm::vec3 translation_m{0.0f};
    glm::quat rotation{1.0f, 0.0f, 0.0f, 0.0f};  // w, x, y, z
    glm::vec3 scale{1.0f};

    glm::mat4 matrix() const;  // T * R * S, as in glTF
};

struct Node {
    std::string name;
    std::string tag;  // what content code matches on when this node is picked; empty = none
    Transform local;
    NodeId parent = kNoNode;
    std::vector<NodeId> children;
    std::int32_t mesh = kNoIndex;      // into Scene::meshes
    std::int32_t material = kNoIndex;  // into Scene::materials; kNoIndex = renderer default
    bool visible = true;               // hidden nodes (and their subtrees) are neither drawn nor picked
    bool pickable = true;              // false: rays pass through (floors, ceilings, labels)
    bool collidable = true;            // false: the walker passes through (curtains, tubing, doors left open)
    // Part of what encloses the scene (floor, walls, ceiling): nothing stands behind it, so a renderer
    // may draw it after everything else that is opaque, where the depth test spares the pixels that
    // things in front of it cover.
    bool backdrop = false;
    // Written by update_world_transforms():
    glm::mat4 world{1.0f};
    Bounds world_bounds;  // this node's own mesh in world space; empty without a mesh
};

struct Scene {
    std::vector<Node> nodes;
    std::vector<MeshData> meshes;
    std::vector<Bounds> mesh_bounds;  // object space, parallel to meshes (kept by add_mesh)
    std::vector<Material> materials;
    std::vector<TextureImage> textures;  // decoded images, looked up by Material texture keys
};

// Appends a node; parent must already exist (or be kNoNode for a root).
NodeId add_node(Scene& scene, std::string name, NodeId parent = kNoNode, const Transform& local = {});
std::int32_t add_mesh(Scene& scene, MeshData mesh);  // also records its bounds
std::int32_t add_material(Scene& scene, Material material);
// Moves a subtree under a new parent (kNoNode = make it a root). Refuses cycles: returns false.
bool set_parent(Scene& scene, NodeId child, NodeId parent);

std::vector<NodeId> root_nodes(const Scene& scene);
// Recomputes world matrices and world bounds of every node from the roots down.
void update_world_transforms(Scene& scene);
// True when the node and all its ancestors are visible.
bool effectively_visible(const Scene& scene, NodeId id);
// Union of all visible mesh bounds in world space (call update_world_transforms first).
Bounds scene_bounds(const Scene& scene);
// The 8 corners of an object-space box carried through a matrix (a parallelepiped): corner i takes
// max.x where bit 0 of i is set, max.y for bit 1, max.z for bit 2, and the min side otherwise.
std::array<glm::vec3, 8> box_corners(const Bounds& local, const glm::mat4& m);
// Object-space box carried through a matrix: the box around its 8 transformed corners.
Bounds transform_bounds(const Bounds& local, const glm::mat4& m);

NodeId find_node_by_name(const Scene& scene, std::string_view name);  // first match or kNoNode
std::vector<NodeId> find_nodes_by_tag(const Scene& scene, std::string_view tag);
const TextureImage* find_texture(const Scene& scene, std::string_view key);  // nullptr when absent

}  // namespace perfuse
