#include "geometry/detail_levels.h"

#include <algorithm>
#include <map>
#include <numeric>
#include <tuple>

#include <meshoptimizer.h>

namespace perfuse {

namespace {
// A level must drop at least this fraction of the previous level's triangles to be kept.
constexpr float kWorthwhileDrop = 0.1f;

// The simplifier's error estimate ran up to 1.9x under the true sag on a finely cut ball
// (tests/geometry/detail_levels_test), so it is asked for half of each level's error.
constexpr float kSimplifierUnderestimate = 2.0f;

// The simplifier looks at positions only, but a triangle is shaded with its corners' normals. Where a
// coarser triangle's corner normal points far from the triangle's own surface (a rounded box's face
// stretched over to a corner of the rounding, a sliver from a capsule's tip to its side), the shading
// slopes across it, although its surface is within the error (seen on the theatre's heater-cooler).
// So a coarser triangle's corners may point at most this far from its surface, or as far as that
// corner already did in the mesh itself.
constexpr float kMostCornerTurnCos = 0.766f;  // 40 degrees: a tube cut into 6 sides around still passes

glm::vec3 surface_normal(const std::vector<Vertex>& vertices, const uint32_t* corners) {
    const glm::vec3 n = glm::cross(vertices[corners[1]].position - vertices[corners[0]].position,
                                   vertices[corners[2]].position - vertices[corners[0]].position);
    const float length = glm::length(n);
    return length > 0.0f ? n / length : glm::vec3(0.0f);
}

// Per vertex: the cosine of the widest angle between its normal and a triangle of INDICES it is in.
std::vector<float> own_turns(const std::vector<Vertex>& vertices, const std::vector<uint32_t>& indices) {
    std::vector<float> turn(vertices.size(), 1.0f);
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const glm::vec3 surface = surface_normal(vertices, &indices[t]);
        if (surface == glm::vec3(0.0f)) continue;  // degenerate: no surface to point from
        for (int corner = 0; corner < 3; ++corner) {
            const uint32_t v = indices[t + corner];
            turn[v] = std::min(turn[v], glm::dot(glm::normalize(vertices[v].normal), surface));
        }
    }
    return turn;
}

bool shades_as_before(const std::vector<Vertex>& vertices, const std::vector<float>& turn,
                      const std::vector<uint32_t>& indices) {
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        const glm::vec3 surface = surface_normal(vertices, &indices[t]);
        if (surface == glm::vec3(0.0f)) return false;
        for (int corner = 0; corner < 3; ++corner) {
            const uint32_t v = indices[t + corner];
            if (glm::dot(glm::normalize(vertices[v].normal), surface) < std::min(kMostCornerTurnCos, turn[v]) - 1e-4f)
                return false;
        }
    }
    return true;
}

// INDICES split into connected pieces (triangles sharing corners; CORNER_OF names each vertex's corner),
// in first-seen order: a mesh built of many parts (a person's arms, legs and torso) is simplified part
// by part, so one part that cannot be made coarser does not hold back the rest.
std::vector<std::vector<uint32_t>> connected_parts(const std::vector<uint32_t>& corner_of,
                                                   const std::vector<uint32_t>& indices) {
    const std::size_t vertex_count = corner_of.size();
    std::vector<uint32_t> parent(vertex_count);
    std::iota(parent.begin(), parent.end(), 0u);
    const auto root = [&](uint32_t v) {
        v = corner_of[v];
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

// Whether PART has flat faces that run smoothly into rounded ones through shared corners (a box with
// rounded edges). Coarser, its flat faces would reach over to the rounding's bent normals and shade
// with a slope across the whole face (seen on the theatre's heater-cooler), so such parts keep every
// triangle. Balls, tubes and capsules, and flat faces meeting at a hard edge (a rod's end caps, whose
// corners are copies of their own), are simplified.
bool flat_into_rounded(const std::vector<Vertex>& vertices, const std::vector<uint32_t>& part) {
    std::vector<char> touches(vertices.size(), 0);  // bit 1: by a flat triangle, bit 2: by a rounded one
    for (std::size_t t = 0; t + 2 < part.size(); t += 3) {
        const glm::vec3 a = glm::normalize(vertices[part[t]].normal), b = glm::normalize(vertices[part[t + 1]].normal),
                        c = glm::normalize(vertices[part[t + 2]].normal);
        const float widest = std::min({glm::dot(a, b), glm::dot(b, c), glm::dot(c, a)});
        const char kind = widest > 0.9999f ? 1 : widest < 0.98f ? 2 : 0;
        for (int corner = 0; corner < 3; ++corner) touches[part[t + corner]] |= kind;
    }
    for (char both : touches)
        if (both == 3) return true;
    return false;
}

// The mesh's corners welded by position. The builders leave separate sheets (a capsule's caps and its
// side, a box's faces) that meet with copies of the same points; the simplifier, seeing one surface,
// thins them together instead of opening cracks between them. Each coarse corner then takes back the
// copy whose normal suits its triangle, so hard edges stay hard.
struct Welded {
    std::vector<glm::vec3> positions;           // per welded corner
    std::vector<uint32_t> of_vertex;            // per vertex: its welded corner
    std::vector<std::vector<uint32_t>> copies;  // per welded corner: the vertices there
};

Welded weld(const std::vector<Vertex>& vertices) {
    Welded w;
    std::map<std::tuple<float, float, float>, uint32_t> seen;
    w.of_vertex.reserve(vertices.size());
    for (uint32_t v = 0; v < vertices.size(); ++v) {
        const glm::vec3& p = vertices[v].position;
        const auto [it, added] = seen.try_emplace({p.x, p.y, p.z}, uint32_t(w.positions.size()));
        if (added) {
            w.positions.push_back(p);
            w.copies.emplace_back();
        }
        w.of_vertex.push_back(it->second);
        w.copies[it->second].push_back(v);
    }
    return w;
}

std::vector<uint32_t> welded_indices(const Welded& w, const std::vector<uint32_t>& indices) {
    std::vector<uint32_t> out;
    out.reserve(indices.size());
    for (uint32_t index : indices) out.push_back(w.of_vertex[index]);
    return out;
}

// Back to the mesh's own vertices: at each corner, the copy whose normal is nearest the triangle's.
std::vector<uint32_t> unwelded(const Welded& w, const std::vector<Vertex>& vertices, const std::vector<uint32_t>& welded) {
    std::vector<uint32_t> out;
    out.reserve(welded.size());
    for (std::size_t t = 0; t + 2 < welded.size(); t += 3) {
        const glm::vec3 facing = glm::cross(w.positions[welded[t + 1]] - w.positions[welded[t]],
                                            w.positions[welded[t + 2]] - w.positions[welded[t]]);
        for (int corner = 0; corner < 3; ++corner) {
            const std::vector<uint32_t>& copies = w.copies[welded[t + corner]];
            uint32_t best = copies.front();
            float best_dot = -2.0f;
            for (uint32_t copy : copies) {
                const float d = glm::dot(glm::normalize(vertices[copy].normal), facing);
                if (d > best_dot) best = copy, best_dot = d;
            }
            out.push_back(best);
        }
    }
    return out;
}

// WELDED (corners of W) with fewer triangles, whose surface strays at most RELATIVE_ERROR (of the
// mesh's extent). A target of no triangles at all: the error bound alone decides where it stops. Open
// borders stay put, so parts that only touch (a tube ending on a box) do not pull apart.
std::vector<uint32_t> simplified(const Welded& w, const std::vector<uint32_t>& welded, float relative_error) {
    std::vector<uint32_t> out(welded.size());
    const std::size_t count = meshopt_simplify(out.data(), welded.data(), welded.size(), &w.positions[0].x,
                                               w.positions.size(), sizeof(glm::vec3), 0, relative_error,
                                               meshopt_SimplifyLockBorder);
    out.resize(count);
    return out;
}

// The same triangles, reordered so each one mostly reuses corners the ones just before it used.
// Renderers shade a corner once while it stays in their cache of recent vertices; in the generator's
// ring-by-ring order most corners of a ball fall out of a small cache before they are used again.
std::vector<uint32_t> in_vertex_cache_order(const std::vector<uint32_t>& indices, std::size_t vertex_count) {
    std::vector<uint32_t> out(indices.size());
    if (!indices.empty()) meshopt_optimizeVertexCache(out.data(), indices.data(), indices.size(), vertex_count);
    return out;
}
}  // namespace

DetailIndexLists detail_levels(const std::vector<Vertex>& vertices, const std::vector<uint32_t>& indices) {
    DetailIndexLists levels;
    levels[0] = in_vertex_cache_order(indices, vertices.size());
    if (vertices.empty() || indices.empty()) {
        levels.fill(indices);
        return levels;
    }
    // The simplifier measures error relative to the mesh's extent; the levels' errors are absolute.
    const float extent = meshopt_simplifyScale(&vertices[0].position.x, vertices.size(), sizeof(Vertex));
    const std::vector<float> turn = own_turns(vertices, indices);
    const Welded w = weld(vertices);
    // Parts are found on the welded corners, so a capsule's sheets are one part.
    std::vector<std::vector<uint32_t>> parts = connected_parts(w.of_vertex, indices);  // at the level before
    std::vector<std::vector<uint32_t>> whole_welded(parts.size());
    std::vector<char> keep_whole(parts.size());
    for (std::size_t p = 0; p < parts.size(); ++p) {
        whole_welded[p] = welded_indices(w, parts[p]);
        keep_whole[p] = flat_into_rounded(vertices, parts[p]);
    }
    for (std::size_t level = 1; level < kDetailLevelCount; ++level) {
        const float relative_error = kDetailErrorsM[level] / (kSimplifierUnderestimate * extent);
        for (std::size_t p = 0; p < parts.size() && extent > 0.0f; ++p) {
            if (keep_whole[p]) continue;
            // From the whole part, so the levels' errors do not add up.
            const std::vector<uint32_t> coarser_welded = simplified(w, whole_welded[p], relative_error);
            if (coarser_welded.empty() || coarser_welded.size() >= parts[p].size()) continue;
            std::vector<uint32_t> coarser = unwelded(w, vertices, coarser_welded);
            if (shades_as_before(vertices, turn, coarser)) parts[p] = std::move(coarser);
        }
        std::vector<uint32_t> joined;
        for (const std::vector<uint32_t>& part : parts) joined.insert(joined.end(), part.begin(), part.end());
        const std::vector<uint32_t>& previous = levels[level - 1];
        const bool worthwhile = joined.size() <= std::size_t(float(previous.size()) * (1.0f - kWorthwhileDrop));
        levels[level] = worthwhile ? in_vertex_cache_order(joined, vertices.size()) : previous;
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
