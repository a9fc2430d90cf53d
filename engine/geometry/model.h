#pragma once
// A model as the asset generator writes it and a glTF file stores it: materials, and a node tree in
// which each node holds triangle meshes, one per material. Named nodes let the app find moving parts
// (a pump head's rotor) and attach labels.
#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>

#include "mesh.h"

namespace perfuse {

// Triangles drawn with one material (index into Model::materials).
struct Primitive {
    MeshData mesh;
    std::uint32_t material = 0;
};

struct ModelNode {
    std::string name;
    glm::vec3 translation{0.0f};
    glm::quat rotation{1.0f, 0.0f, 0.0f, 0.0f};  // w, x, y, z
    glm::vec3 scale{1.0f};
    std::vector<Primitive> primitives;
    std::vector<std::uint32_t> children;  // indices into Model::nodes
};

// nodes[0] is the root; every other node is a child of exactly one node.
struct Model {
    std::string name;
    std::vector<Material> materials;
    std::vector<ModelNode> nodes;
};

}  // namespace perfuse
