#include "render/static_batches.h"

#include <map>

namespace perfuse {

namespace {
// The batch's key: members share a material, so one set of push constants draws them all.
using GroupKey = int32_t;

struct Candidate {
    NodeId node;
    const std::vector<MeshData>* pieces;
};

bool may_join(const Scene& scene, NodeId id, const std::vector<std::vector<MeshData>>& pieces) {
    const Node& node = scene.nodes[id];
    if (node.mesh < 0 || std::size_t(node.mesh) >= pieces.size() || pieces[std::size_t(node.mesh)].empty()) return false;
    if (node.material < 0 || std::size_t(node.material) >= scene.materials.size()) return false;
    if (scene.materials[std::size_t(node.material)].base_color.a < 1.0f) return false;
    return effectivelyVisible(scene, id);
}

Bounds bounds_of(const std::vector<Vertex>& vertices) {
    Bounds bounds;
    for (const Vertex& v : vertices) bounds.add(v.position);
    return bounds;
}
}  // namespace

std::vector<Vertex> place_in_world(const std::vector<Vertex>& vertices, const glm::mat4& model) {
    // As mesh.vert: the cofactor matrix is the inverse-transpose times the determinant, and the
    // shader multiplies by the handedness so mirrored transforms keep normals outward. With an
    // identity model the shader passes these normals through untouched.
    const glm::mat3 m(model);
    const glm::mat3 cofactor(glm::cross(m[1], m[2]), glm::cross(m[2], m[0]), glm::cross(m[0], m[1]));
    const float handedness = glm::dot(m[0], cofactor[0]) < 0.0f ? -1.0f : 1.0f;
    std::vector<Vertex> placed;
    placed.reserve(vertices.size());
    for (const Vertex& v : vertices)
        placed.push_back({.position = glm::vec3(model * glm::vec4(v.position, 1.0f)),
                          .normal = cofactor * v.normal * handedness,
                          .uv = v.uv});
    return placed;
}

StaticBatches::StaticBatches(Device& device, const Scene& scene, const std::vector<std::vector<MeshData>>& pieces) {
    nodes_.resize(scene.nodes.size());
    std::map<GroupKey, std::vector<Candidate>> groups;  // ordered, so batches come out the same every run
    for (NodeId id = 0; id < scene.nodes.size(); ++id) {
        if (!may_join(scene, id, pieces)) continue;
        const Node& node = scene.nodes[id];
        groups[node.material].push_back({id, &pieces[std::size_t(node.mesh)]});
    }
    for (const auto& [material, candidates] : groups) {
        if (candidates.size() < 2) continue;  // nothing to merge
        MeshData merged;
        StaticBatch batch;
        batch.material = material;
        for (const Candidate& candidate : candidates) {
            const Node& node = scene.nodes[candidate.node];
            for (const MeshData& piece : *candidate.pieces) {
                const auto base = static_cast<uint32_t>(merged.vertices.size());
                const std::vector<Vertex> placed = place_in_world(piece.vertices, node.world);
                batch.members.push_back({.node = candidate.node,
                                         .first_index = static_cast<uint32_t>(merged.indices.size()),
                                         .index_count = static_cast<uint32_t>(piece.indices.size()),
                                         .world_bounds = bounds_of(placed)});
                merged.vertices.insert(merged.vertices.end(), placed.begin(), placed.end());
                for (uint32_t index : piece.indices) merged.indices.push_back(base + index);
            }
            nodes_[candidate.node] = {.joined = true, .world = node.world, .mesh = node.mesh, .material = node.material};
        }
        merged.name = "batch of material " + std::to_string(material);
        batch.mesh = upload_mesh(device, merged);
        batches_.push_back(std::move(batch));
    }
}

bool StaticBatches::holds(const Scene& scene, NodeId id) const {
    if (id >= nodes_.size() || id >= scene.nodes.size() || !nodes_[id].joined) return false;
    const Joined& joined = nodes_[id];
    const Node& node = scene.nodes[id];
    return node.world == joined.world && node.mesh == joined.mesh && node.material == joined.material;
}

void StaticBatches::runs(const Frustum& frustum, const std::vector<char>& drawn_in_batch,
                         std::vector<BatchRun>& out) const {
    for (const StaticBatch& batch : batches_) {
        BatchRun run{.batch = &batch};
        const auto flush = [&] {
            if (run.index_count > 0) out.push_back(run);
            run = {.batch = &batch};
        };
        for (const BatchMember& member : batch.members) {
            const bool drawn = member.node < drawn_in_batch.size() && drawn_in_batch[member.node] &&
                               intersects(frustum, member.world_bounds);
            if (!drawn) {
                flush();
                continue;
            }
            if (run.index_count == 0) run.first_index = member.first_index;
            run.index_count += member.index_count;  // members are stored back to back
            run.world_bounds.add(member.world_bounds);
        }
        flush();
    }
}

}  // namespace perfuse
