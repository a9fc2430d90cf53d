#include "geometry/detail_levels.h"

#include <algorithm>
#include <numeric>

#include <meshoptimizer.h>

namespace perfuse {

namespace {
// A level must drop at least this fraction of the previous level's triangles to be kept.
constexpr float kWorthwhileDrop = 0.1f;

// The simplifier's error estimate ran up to 1.9x under the true sag on a finely cut ball
// (tests/geometry/detail_levels_test), so it is asked for half of each level's error.
constexpr float kSimplifierUnderestimate = 2.0f;

// The simplifier looks at positions only. Where it joins corners whose normals point far apart (the
// two faces either side of a rounded box's edge, once the rounding is gone), the triangle it leaves
// shades wrongly across a whole face, although its surface is within the error. So a coarser triangle
// may bend its normals across an edge by at most this much, or by as much as the mesh already did
// at both of those corners.
constexpr float kMostNewBendCos = 0.342f;  // 70 degrees: a ball cut coarsely still passes, a box edge does not

// Per vertex: the cosine of the widest angle between its normal and a neighbour's in INDICES.
std::vector<float> own_bends(const std::vector<Vertex>& vertices, const std::vector<uint32_t>& indices) {
    std::vector<float> bend(vertices.size(), 1.0f);
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3)
        for (int corner = 0; corner < 3; ++corner) {
            const uint32_t a = indices[t + corner], b = indices[t + (corner + 1) % 3];
            const float cosine = glm::dot(glm::normalize(vertices[a].normal), glm::normalize(vertices[b].normal));
            bend[a] = std::min(bend[a], cosine);
            bend[b] = std::min(bend[b], cosine);
        }
    return bend;
}

bool shades_as_before(const std::vector<Vertex>& vertices, const std::vector<float>& bend,
                      const std::vector<uint32_t>& indices) {
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3)
        for (int corner = 0; corner < 3; ++corner) {
            const uint32_t a = indices[t + corner], b = indices[t + (corner + 1) % 3];
            const float allowed = std::min({kMostNewBendCos, bend[a], bend[b]});
            if (glm::dot(glm::normalize(vertices[a].normal), glm::normalize(vertices[b].normal)) < allowed - 1e-4f)
                return false;
        }
    return true;
}

// INDICES split into connected pieces (triangles sharing vertices), in first-seen order: a mesh
// built of many parts (a person's arms, legs and torso) is simplified part by part, so one part that
// cannot be made coarser does not hold back the rest.
std::vector<std::vector<uint32_t>> connected_parts(std::size_t vertex_count, const std::vector<uint32_t>& indices) {
    std::vector<uint32_t> parent(vertex_count);
    std::iota(parent.begin(), parent.end(), 0u);
    const auto root = [&](uint32_t v) {
        while (parent[v] != v) v = parent[v] = parent[parent[v]];
        return v;
    };
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        parent[root(indices[t + 1])] = root(indices[t]);
        parent[root(indices[t + 2])] = root(indices[t]);
    }
    std::vector<std::vector<uint32_t>> parts;
    std::vector<int> part_of(vertex_count, -1);
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        int& part = part_of[root(indices[t])];
        if (part < 0) {
            part = int(parts.size());
            parts.emplace_back();
        }
        parts[std::size_t(part)].insert(parts[std::size_t(part)].end(), indices.begin() + std::ptrdiff_t(t),
                                        indices.begin() + std::ptrdiff_t(t) + 3);
    }
    return parts;
}

// Whether PART has both flat faces and rounded ones (a box with rounded edges). Coarser, its flat faces
// would reach over to the rounding's bent normals and shade with a slope across the whole face (seen on
// the theatre's heater-cooler), so such parts keep every triangle. Wholly curved parts (balls, tubes,
// capsules) and wholly flat ones are simplified.
bool flat_and_rounded(const std::vector<Vertex>& vertices, const std::vector<uint32_t>& part) {
    bool flat = false, rounded = false;
    for (std::size_t t = 0; t + 2 < part.size(); t += 3) {
        const glm::vec3 a = glm::normalize(vertices[part[t]].normal), b = glm::normalize(vertices[part[t + 1]].normal),
                        c = glm::normalize(vertices[part[t + 2]].normal);
        const float widest = std::min({glm::dot(a, b), glm::dot(b, c), glm::dot(c, a)});
        flat = flat || widest > 0.9999f;
        rounded = rounded || widest < 0.98f;
    }
    return flat && rounded;
}

std::vector<uint32_t> simplified(const std::vector<Vertex>& vertices, const std::vector<uint32_t>& indices,
                                 float relative_error) {
    std::vector<uint32_t> out(indices.size());
    // A target of no triangles at all: the error bound alone decides where the simplifier stops.
    // Open borders stay put: a capsule's end caps and its side are separate sheets that meet there,
    // and borders moved on their own opened cracks between them (seen in the theatre's people).
    const std::size_t count = meshopt_simplify(out.data(), indices.data(), indices.size(), &vertices[0].position.x,
                                               vertices.size(), sizeof(Vertex), 0, relative_error,
                                               meshopt_SimplifyLockBorder);
    out.resize(count);
    return out;
}
}  // namespace

DetailIndexLists detail_levels(const std::vector<Vertex>& vertices, const std::vector<uint32_t>& indices) {
    DetailIndexLists levels;
    levels[0] = indices;
    if (vertices.empty() || indices.empty()) {
        levels.fill(indices);
        return levels;
    }
    // The simplifier measures error relative to the mesh's extent; the levels' errors are absolute.
    const float extent = meshopt_simplifyScale(&vertices[0].position.x, vertices.size(), sizeof(Vertex));
    const std::vector<float> bend = own_bends(vertices, indices);
    const std::vector<std::vector<uint32_t>> whole_parts = connected_parts(vertices.size(), indices);
    std::vector<std::vector<uint32_t>> parts = whole_parts;  // at the level before
    std::vector<char> keep_whole(parts.size());
    for (std::size_t p = 0; p < parts.size(); ++p) keep_whole[p] = flat_and_rounded(vertices, parts[p]);
    for (std::size_t level = 1; level < kDetailLevelCount; ++level) {
        const float relative_error = kDetailErrorsM[level] / (kSimplifierUnderestimate * extent);
        for (std::size_t p = 0; p < parts.size() && extent > 0.0f; ++p) {
            if (keep_whole[p]) continue;
            // From the whole part, so the levels' errors do not add up.
            std::vector<uint32_t> coarser = simplified(vertices, whole_parts[p], relative_error);
            if (!coarser.empty() && coarser.size() < parts[p].size() && shades_as_before(vertices, bend, coarser))
                parts[p] = std::move(coarser);
        }
        std::vector<uint32_t> joined;
        for (const std::vector<uint32_t>& part : parts) joined.insert(joined.end(), part.begin(), part.end());
        const std::vector<uint32_t>& previous = levels[level - 1];
        const bool worthwhile = joined.size() <= std::size_t(float(previous.size()) * (1.0f - kWorthwhileDrop));
        levels[level] = worthwhile ? std::move(joined) : previous;
    }
    return levels;
}

std::size_t detail_level_for(float distance_m, float pixels_per_radian, float max_error_px, float scale) {
    if (pixels_per_radian <= 0.0f || distance_m <= 0.0f || scale <= 0.0f) return 0;
    // Small angles: an error of E metres at distance D covers E / D radians.
    const float allowed_m = max_error_px * distance_m / (pixels_per_radian * scale);
    std::size_t level = 0;
    while (level + 1 < kDetailLevelCount && kDetailErrorsM[level + 1] <= allowed_m) ++level;
    return level;
}

}  // namespace perfuse
