#include "render/scene_gpu.h"

#include <algorithm>
#include <map>

#include "render/texture_table.h"

namespace perfuse {

SceneGpu::SceneGpu(Device& device, const Scene& scene, TextureTable& textures) {
    std::map<std::string, uint32_t> uploaded;  // key + encoding -> index: each image uploads once
    const auto texture_index = [&](const std::string& key, TextureTable::Encoding encoding) {
        if (key.empty()) return TextureTable::kWhite;
        const std::string id = key + (encoding == TextureTable::Encoding::linear_data ? "#linear" : "#srgb");
        if (const auto it = uploaded.find(id); it != uploaded.end()) return it->second;
        const TextureImage* image = findTexture(scene, key);
        const uint32_t index = image ? textures.add(*image, encoding) : TextureTable::kWhite;
        uploaded[id] = index;
        return index;
    };
    for (const Material& material : scene.materials) {
        material_texture_.push_back(texture_index(material.base_color_texture, TextureTable::Encoding::srgb_color));
        material_normal_texture_.push_back(texture_index(material.normal_texture, TextureTable::Encoding::linear_data));
    }
    meshes_.resize(scene.meshes.size());
    drawable_.resize(scene.meshes.size(), false);
    for (std::size_t i = 0; i < scene.meshes.size(); ++i) {
        const MeshData& mesh = scene.meshes[i];
        if (mesh.vertices.empty() || mesh.indices.empty()) continue;
        meshes_[i] = upload_mesh(device, mesh);
        drawable_[i] = true;
    }
}

void SceneGpu::build_draws(const Scene& scene, const Frustum& frustum, const glm::vec3& eye_m,
                           const std::vector<NodeId>& highlighted, DrawList& draws, int* culled_count) const {
    draws.clear();
    std::vector<float> distance_m;
    int culled = 0;
    static const Material kDefaultMaterial;
    for (NodeId id = 0; id < scene.nodes.size(); ++id) {
        const Node& node = scene.nodes[id];
        if (node.mesh < 0 || std::size_t(node.mesh) >= meshes_.size() || !drawable_[std::size_t(node.mesh)]) continue;
        if (!effectivelyVisible(scene, id)) continue;
        if (!intersects(frustum, node.world_bounds)) {
            ++culled;
            continue;
        }
        const bool lit = std::find(highlighted.begin(), highlighted.end(), id) != highlighted.end();
        const Material& material = node.material >= 0 && std::size_t(node.material) < scene.materials.size()
                                       ? scene.materials[std::size_t(node.material)]
                                       : kDefaultMaterial;
        const bool has_material = node.material >= 0 && std::size_t(node.material) < material_texture_.size();
        draws.push_back({.mesh = &meshes_[std::size_t(node.mesh)],
                         .model = node.world,
                         .material = material,
                         .highlight = lit ? 1.0f : 0.0f,
                         .texture = has_material ? material_texture_[std::size_t(node.material)] : TextureTable::kWhite,
                         .normal_texture =
                             has_material ? material_normal_texture_[std::size_t(node.material)] : TextureTable::kWhite});
        distance_m.push_back(glm::distance(eye_m, node.world_bounds.center()));
    }
    std::vector<std::size_t> order(draws.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const bool a_clear = draws[a].material.base_color.a < 1.0f, b_clear = draws[b].material.base_color.a < 1.0f;
        if (a_clear != b_clear) return !a_clear;  // opaque first
        return a_clear ? distance_m[a] > distance_m[b] : distance_m[a] < distance_m[b];
    });
    DrawList sorted;
    sorted.reserve(draws.size());
    for (std::size_t i : order) sorted.push_back(std::move(draws[i]));
    draws = std::move(sorted);
    if (culled_count) *culled_count = culled;
}

}  // namespace perfuse
