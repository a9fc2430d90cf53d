#pragma once
// Collects a model's parts: each add() merges a mesh into its node's primitive for that material, so a
// model ends up with one draw per material per node however many parts it has.
#include <cstdint>
#include <string>
#include <string_view>

#include <glm/glm.hpp>

#include "geometry/model.h"

namespace perfuse::assetgen {

using NodeId = std::uint32_t;

class ModelBuilder {
public:
    explicit ModelBuilder(std::string name);

    static constexpr NodeId root() { return 0; }

    // A named child node (a part the app may move or point at), placed relative to its parent.
    NodeId node(std::string name, const glm::vec3& translation_m, NodeId parent = root(), float rotation_y_deg = 0.0f);

    // Adds mesh (after `transform`) with a palette material, or a custom one registered by name.
    void add(const MeshData& mesh, std::string_view material, NodeId to = root(), const glm::mat4& transform = glm::mat4(1.0f));
    void define_material(const Material& material);

    Model finish() &&;

private:
    std::uint32_t material_index(std::string_view name);
    Model model_;
};

}  // namespace perfuse::assetgen
