#include "model_builder.h"

#include <utility>

#include <glm/gtc/matrix_transform.hpp>

#include "geometry/mesh_ops.h"
#include "palette.h"

namespace perfuse::assetgen {

ModelBuilder::ModelBuilder(std::string name) {
    model_.name = name;
    ModelNode root;
    root.name = std::move(name);
    model_.nodes.push_back(std::move(root));
}

NodeId ModelBuilder::node(std::string name, const glm::vec3& translation_m, NodeId parent, float rotation_y_deg) {
    ModelNode n;
    n.name = std::move(name);
    n.translation = translation_m;
    n.rotation = glm::angleAxis(glm::radians(rotation_y_deg), glm::vec3(0, 1, 0));
    const auto id = static_cast<NodeId>(model_.nodes.size());
    model_.nodes.push_back(std::move(n));
    model_.nodes[parent].children.push_back(id);
    return id;
}

void ModelBuilder::define_material(const Material& material) {
    for (const Material& m : model_.materials)
        if (m.name == material.name) return;
    model_.materials.push_back(material);
}

std::uint32_t ModelBuilder::material_index(std::string_view name) {
    for (std::uint32_t i = 0; i < model_.materials.size(); ++i)
        if (model_.materials[i].name == name) return i;
    model_.materials.push_back(palette(name));
    return static_cast<std::uint32_t>(model_.materials.size() - 1);
}

void ModelBuilder::add(const MeshData& mesh, std::string_view material, NodeId to, const glm::mat4& transform) {
    const std::uint32_t mat = material_index(material);
    auto& prims = model_.nodes[to].primitives;
    Primitive* target = nullptr;
    for (Primitive& p : prims)
        if (p.material == mat) target = &p;
    if (!target) {
        prims.push_back({MeshData{}, mat});
        target = &prims.back();
        target->mesh.name = model_.nodes[to].name + "/" + std::string(material);
    }
    append(target->mesh, transform == glm::mat4(1.0f) ? mesh : transformed(mesh, transform));
}

Model ModelBuilder::finish() && { return std::move(model_); }

}  // namespace perfuse::assetgen
