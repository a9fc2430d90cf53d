#include "render/static_batches.h"

#include <algorithm>
#include <map>

#include "render/light_reach.h"

namespace perfuse {

namespace {
// The most a run may span along any axis. Draws are sorted nearest first so the depth test spares
// the pixels behind them, and a run is sorted by its centre: one spread across the room would be
// drawn too early for its near members and too late for its far ones. On lavapipe, runs left
// unbounded cost about 6 of 38 CPU ms a theatre frame in extra shading (README "Benchmarks").
// Backdrop runs (floor, walls, ceiling) are drawn after everything else, so their order does not
// matter and they may be any length.
constexpr float kRunSpanM = 1.5f;

// The batch's key: members share a material, so one set of push constants draws them all.
using GroupKey = int32_t;

// For each material, the first one equal to it in every field (itself if none). Every model brings
// its own copies of the materials it shares with others (steel, white plastic, black rubber), so
// keyed by index the ICU's standing nodes fell into 135 groups; keyed by value, 51.
std::vector<GroupKey> first_equal_materials(const std::vector<Material>& materials) {
    std::vector<GroupKey> first(materials.size());
    for (std::size_t i = 0; i < materials.size(); ++i) {
        const auto equal = std::find(materials.begin(), materials.begin() + std::ptrdiff_t(i), materials[i]);
        first[i] = static_cast<GroupKey>(equal - materials.begin());
    }
    return first;
}

struct Candidate {
    NodeId node;
    const std::vector<MeshData>* pieces;
    uint64_t place = 0;  // where it stands (spatial_order), so neighbours are stored next to each other
};

// A Z-order (Morton) curve through half-metre cells: members close in the room come close in the
// batch, so a run of neighbours is one range of indices. In scene order (model by model), a run
// broke wherever the next member of the same material stood across the room.
uint64_t spatial_order(const glm::vec3& centre_m) {
    constexpr float kCellM = 0.5f;
    constexpr int kBits = 21;  // per axis: 1,000 km of half-metre cells, more than any room
    uint64_t code = 0;
    const glm::vec3 cell = glm::floor(centre_m / kCellM) + float(1 << (kBits - 1));  // all positive
    const uint64_t axis[3] = {uint64_t(std::max(cell.x, 0.0f)), uint64_t(std::max(cell.y, 0.0f)),
                              uint64_t(std::max(cell.z, 0.0f))};
    for (int bit = 0; bit < kBits; ++bit)
        for (int a = 0; a < 3; ++a) code |= ((axis[a] >> bit) & 1u) << (3 * bit + a);
    return code;
}

bool may_join(const Scene& scene, NodeId id, const std::vector<std::vector<MeshData>>& pieces) {
    const Node& node = scene.nodes[id];
    if (node.mesh < 0 || std::size_t(node.mesh) >= pieces.size() || pieces[std::size_t(node.mesh)].empty()) return false;
    if (node.material < 0 || std::size_t(node.material) >= scene.materials.size()) return false;
    if (scene.materials[std::size_t(node.material)].base_color.a < 1.0f) return false;
    return effectively_visible(scene, id);
}

// Whether RUN with MEMBER added still spans no more than kRunSpanM along any axis.
bool stays_compact(const BatchRun& run, const BatchMember& member) {
    Bounds grown = run.world_bounds;
    grown.add(member.world_bounds);
    const glm::vec3 span = grown.size();
    return std::max({span.x, span.y, span.z}) <= kRunSpanM;
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
    const std::vector<GroupKey> group_of_material = first_equal_materials(scene.materials);
    std::map<GroupKey, std::vector<Candidate>> groups;  // ordered, so batches come out the same every run
    for (NodeId id = 0; id < scene.nodes.size(); ++id) {
        if (!may_join(scene, id, pieces)) continue;
        const Node& node = scene.nodes[id];
        groups[group_of_material[std::size_t(node.material)]].push_back(
            {id, &pieces[std::size_t(node.mesh)], spatial_order(node.world_bounds.center())});
    }
    for (auto& [material, candidates] : groups)  // stable: equal places keep scene order, run to run
        std::stable_sort(candidates.begin(), candidates.end(),
                         [](const Candidate& a, const Candidate& b) { return a.place < b.place; });
    for (const auto& [material, candidates] : groups) {
        if (candidates.size() == 1 && candidates.front().pieces->size() < 2) continue;  // nothing to merge
        MeshData merged;
        StaticBatch batch;
        batch.material = material;
        std::vector<DetailIndexLists> member_levels;  // per member, indices into MERGED's vertices
        for (const Candidate& candidate : candidates) {
            const Node& node = scene.nodes[candidate.node];
            for (const MeshData& piece : *candidate.pieces) {
                const auto base = static_cast<uint32_t>(merged.vertices.size());
                // Simplified in the world, so each level's error is in metres as the room shows it.
                const std::vector<Vertex> placed = place_in_world(piece.vertices, node.world);
                DetailIndexLists levels = detail_levels(placed, piece.indices);
                for (std::vector<uint32_t>& level : levels)
                    for (uint32_t& index : level) index += base;
                member_levels.push_back(std::move(levels));
                batch.members.push_back(
                    {.node = candidate.node, .levels = {}, .world_bounds = bounds_of(placed), .backdrop = node.backdrop});
                merged.vertices.insert(merged.vertices.end(), placed.begin(), placed.end());
            }
            nodes_[candidate.node] = {.joined = true, .world = node.world, .mesh = node.mesh, .material = node.material};
        }
        DetailRanges batch_levels;
        for (std::size_t level = 0; level < kDetailLevelCount; ++level) {
            batch_levels[level].first = static_cast<uint32_t>(merged.indices.size());
            for (std::size_t m = 0; m < batch.members.size(); ++m) {
                const std::vector<uint32_t>& indices = member_levels[m][level];
                batch.members[m].levels[level] = {static_cast<uint32_t>(merged.indices.size()),
                                                  static_cast<uint32_t>(indices.size())};
                merged.indices.insert(merged.indices.end(), indices.begin(), indices.end());
            }
            batch_levels[level].count = static_cast<uint32_t>(merged.indices.size()) - batch_levels[level].first;
        }
        merged.name = "batch of material " + std::to_string(material);
        batch.mesh = upload_mesh(device, merged, batch_levels);
        batches_.push_back(std::move(batch));
    }
}

IndexRange BatchRun::indices(std::size_t level) const {
    const IndexRange& first = batch->members[first_member].levels[level];
    const IndexRange& last = batch->members[first_member + member_count - 1].levels[level];
    return {first.first, last.first + last.count - first.first};
}

bool StaticBatches::holds(const Scene& scene, NodeId id) const {
    if (id >= nodes_.size() || id >= scene.nodes.size() || !nodes_[id].joined) return false;
    const Joined& joined = nodes_[id];
    const Node& node = scene.nodes[id];
    return node.world == joined.world && node.mesh == joined.mesh && node.material == joined.material;
}

void StaticBatches::runs(const Frustum& frustum, const std::vector<char>& drawn_in_batch, const SpotLight* key_light,
                         std::vector<BatchRun>& out) const {
    for (const StaticBatch& batch : batches_) {
        BatchRun run{.batch = &batch};
        const auto flush = [&] {
            if (run.member_count > 0) out.push_back(run);
            run = {.batch = &batch};
        };
        for (uint32_t m = 0; m < batch.members.size(); ++m) {
            const BatchMember& member = batch.members[m];
            const bool drawn = member.node < drawn_in_batch.size() && drawn_in_batch[member.node] &&
                               intersects(frustum, member.world_bounds);
            if (!drawn) {
                flush();
                continue;
            }
            const bool lit = key_light && spot_reaches_bounds(*key_light, member.world_bounds, glm::mat4(1.0f));
            if (run.member_count > 0 && (lit != run.key_light_reaches || member.backdrop != run.backdrop ||
                                         (!member.backdrop && !stays_compact(run, member))))
                flush();
            if (run.member_count == 0) {
                run.first_member = m;
                run.backdrop = member.backdrop;
                run.key_light_reaches = lit;
            }
            ++run.member_count;  // members are stored back to back at every level
            run.world_bounds.add(member.world_bounds);
        }
        flush();
    }
}

}  // namespace perfuse
