#include "render/scene_gpu.h"

#include <algorithm>
#include <cmath>
#include <cstdlib>
#include <map>
#include <string_view>

#include "geometry/mesh_ops.h"
#include "render/mesh_pieces.h"
#include "render/texture_table.h"

namespace perfuse {

namespace {
// The largest scale along each local axis that any node gives each mesh: how big its pieces get.
std::vector<glm::vec3> largest_node_scales(const Scene& scene) {
    std::vector<glm::vec3> scales(scene.meshes.size(), glm::vec3(0.0f));
    for (const Node& node : scene.nodes) {
        if (node.mesh < 0 || std::size_t(node.mesh) >= scales.size()) continue;
        scales[std::size_t(node.mesh)] = glm::max(scales[std::size_t(node.mesh)], axis_scales(node.world));
    }
    return scales;
}

// How far EYE is from the nearest point of BOUNDS (0 inside).
float distance_to(const glm::vec3& eye, const Bounds& bounds) {
    return glm::distance(eye, glm::clamp(eye, bounds.min, bounds.max));
}
}  // namespace

float pixels_per_radian(const glm::mat4& projection, float height_px) {
    // projection[1][1] is 1 / tan(half the vertical field of view), negated for Vulkan's Y-down.
    return std::abs(projection[1][1]) * 0.5f * height_px;
}

SceneGpu::SceneGpu(Device& device, const Scene& scene, TextureTable& textures, float piece_m, Batching batching) {
    std::map<std::string, uint32_t> uploaded;  // key + encoding -> index: each image uploads once
    const auto texture_index = [&](const std::string& key, TextureTable::Encoding encoding) {
        if (key.empty()) return TextureTable::kWhite;
        const std::string id = key + (encoding == TextureTable::Encoding::linear_data ? "#linear" : "#srgb");
        if (const auto it = uploaded.find(id); it != uploaded.end()) return it->second;
        const TextureImage* image = find_texture(scene, key);
        const uint32_t index = image ? textures.add(*image, encoding) : TextureTable::kWhite;
        uploaded[id] = index;
        return index;
    };
    for (const Material& material : scene.materials) {
        material_texture_.push_back(texture_index(material.base_color_texture, TextureTable::Encoding::srgb_color));
        material_normal_texture_.push_back(texture_index(material.normal_texture, TextureTable::Encoding::linear_data));
    }
    // Each mesh as it is drawn: cut into pieces, or whole; none when it has no triangles.
    std::vector<std::vector<MeshData>> pieces(scene.meshes.size());
    const std::vector<glm::vec3> scales = piece_m > 0.0f ? largest_node_scales(scene) : std::vector<glm::vec3>{};
    for (std::size_t i = 0; i < scene.meshes.size(); ++i) {
        const MeshData& mesh = scene.meshes[i];
        if (mesh.vertices.empty() || mesh.indices.empty()) continue;
        if (piece_m > 0.0f && scales[i] != glm::vec3(0.0f))
            pieces[i] = cut_into_pieces(mesh, scales[i], {.piece_m = piece_m});
        else
            pieces[i].push_back(mesh);
    }
    meshes_.resize(scene.meshes.size());
    for (std::size_t i = 0; i < pieces.size(); ++i)
        for (const MeshData& piece : pieces[i]) meshes_[i].push_back(upload_mesh_with_detail(device, piece));
    // PERFUSE_STATIC_BATCHES=0 draws every node on its own: for measuring what merging saves.
    const char* switch_value = std::getenv("PERFUSE_STATIC_BATCHES");
    const bool switched_off = switch_value && std::string_view(switch_value) == "0";
    if (batching == Batching::by_material && !switched_off) batches_ = StaticBatches(device, scene, pieces);
}

DrawItem SceneGpu::draw_of(const Scene& scene, int32_t material_index, const GpuMesh& mesh, const glm::mat4& model) const {
    static const Material kDefaultMaterial;
    const bool known = material_index >= 0 && std::size_t(material_index) < scene.materials.size();
    const bool has_textures = material_index >= 0 && std::size_t(material_index) < material_texture_.size();
    return {.mesh = &mesh,
            .model = model,
            .material = known ? scene.materials[std::size_t(material_index)] : kDefaultMaterial,
            .texture = has_textures ? material_texture_[std::size_t(material_index)] : TextureTable::kWhite,
            .normal_texture = has_textures ? material_normal_texture_[std::size_t(material_index)] : TextureTable::kWhite};
}

void SceneGpu::build_draws(const Scene& scene, const Frustum& frustum, const glm::vec3& eye_m,
                           const std::vector<NodeId>& highlighted, DrawList& draws, const SpotLight* key_light,
                           const DetailChoice& detail) const {
    draws.clear();
    std::vector<float> distance_m;
    std::vector<char> backdrop;  // per draw: part of what encloses the scene, drawn after the rest
    std::vector<char> drawn_in_batch(scene.nodes.size(), 0);
    for (NodeId id = 0; id < scene.nodes.size(); ++id) {
        const Node& node = scene.nodes[id];
        if (node.mesh < 0 || std::size_t(node.mesh) >= meshes_.size() || meshes_[std::size_t(node.mesh)].empty()) continue;
        if (!effectively_visible(scene, id)) continue;
        if (!intersects(frustum, node.world_bounds)) continue;
        const bool lit = std::find(highlighted.begin(), highlighted.end(), id) != highlighted.end();
        if (!lit && batches_.holds(scene, id)) {  // drawn with its batch, below
            drawn_in_batch[id] = 1;
            continue;
        }
        const std::vector<GpuMesh>& pieces = meshes_[std::size_t(node.mesh)];
        for (const GpuMesh& piece : pieces) {
            // A node in one piece keeps its own bounds; the pieces of a cut one are culled one by one.
            const Bounds piece_bounds = pieces.size() == 1 ? node.world_bounds : transform_bounds(piece.bounds, node.world);
            if (pieces.size() > 1 && !intersects(frustum, piece_bounds)) continue;
            draws.push_back(draw_of(scene, node.material, piece, node.world));
            draws.back().highlight = lit ? 1.0f : 0.0f;
            const IndexRange& level = piece.levels[detail_level_for(
                distance_to(eye_m, piece_bounds), detail.pixels_per_radian, detail.max_error_px, largest_axis_scale(node.world))];
            draws.back().first_index = level.first;
            draws.back().index_count = level.count;
            distance_m.push_back(glm::distance(eye_m, piece_bounds.center()));
            backdrop.push_back(node.backdrop);
        }
    }
    std::vector<BatchRun> runs;
    batches_.runs(frustum, drawn_in_batch, key_light, runs);
    for (const BatchRun& run : runs) {
        draws.push_back(draw_of(scene, run.batch->material, run.batch->mesh, glm::mat4(1.0f)));
        const IndexRange indices = run.indices(
            detail_level_for(distance_to(eye_m, run.world_bounds), detail.pixels_per_radian, detail.max_error_px));
        draws.back().first_index = indices.first;
        draws.back().index_count = indices.count;
        draws.back().world_bounds = run.world_bounds;
        // Runs never mix members the key light reaches with members it does not; the run's bounds as
        // a whole may cross the cone even where none of its members do.
        if (key_light) draws.back().key_light_reaches = run.key_light_reaches;
        // The centre, as for the pieces above. Runs are compact (StaticBatches::runs), so their centre
        // and their nearest point order them alike (measured: no difference); it was room-wide runs
        // sorted by their nearest point that put the whole floor first, ahead of what stands on it.
        // (Backdrop runs may be room-wide, but they are drawn after all the rest.)
        distance_m.push_back(glm::distance(eye_m, run.world_bounds.center()));
        backdrop.push_back(run.backdrop);
    }
    std::vector<std::size_t> order(draws.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) {
        const bool a_clear = draws[a].material.base_color.a < 1.0f, b_clear = draws[b].material.base_color.a < 1.0f;
        if (a_clear != b_clear) return !a_clear;  // opaque first
        // Then the room's floor, walls and ceiling, behind whatever stands in front of them: the
        // depth test spares those of their pixels that are covered; drawn first, all would be shaded.
        if (!a_clear && backdrop[a] != backdrop[b]) return !backdrop[a];
        return a_clear ? distance_m[a] > distance_m[b] : distance_m[a] < distance_m[b];
    });
    DrawList sorted;
    sorted.reserve(draws.size());
    for (std::size_t i : order) sorted.push_back(std::move(draws[i]));
    draws = std::move(sorted);
}

}  // namespace perfuse
