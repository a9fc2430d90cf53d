#include "render/mesh_pieces.h"

#include <algorithm>
#include <cmath>
#include <map>
#include <tuple>

namespace perfuse {

namespace {
// A point on the edge from A to B, a fraction K / N of the way. The ends are put in one fixed order
// first, so the two triangles sharing an edge compute bit-identical points there (no cracks).
Vertex on_edge(Vertex a, Vertex b, int k, int n) {
    if (std::tie(b.position.x, b.position.y, b.position.z) < std::tie(a.position.x, a.position.y, a.position.z)) {
        std::swap(a, b);
        k = n - k;
    }
    const float t = float(k) / float(n);
    Vertex v;
    v.position = a.position + (b.position - a.position) * t;
    v.normal = a.normal + (b.normal - a.normal) * t;
    v.uv = a.uv + (b.uv - a.uv) * t;
    return v;
}

// The point with grid coordinates (I, J) of a triangle cut N times per side: I steps from A to B,
// J from A to C. Points on the triangle's edges come from on_edge.
Vertex grid_point(const Vertex& a, const Vertex& b, const Vertex& c, int i, int j, int n) {
    if (j == 0) return on_edge(a, b, i, n);
    if (i == 0) return on_edge(a, c, j, n);
    if (i + j == n) return on_edge(b, c, j, n);
    const float u = float(i) / float(n), w = float(j) / float(n), s = 1.0f - u - w;
    Vertex v;
    v.position = a.position * s + b.position * u + c.position * w;
    v.normal = a.normal * s + b.normal * u + c.normal * w;
    v.uv = a.uv * s + b.uv * u + c.uv * w;
    return v;
}

float longest_edge_m(const MeshData& mesh, const glm::vec3& scale) {
    float longest = 0.0f;
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3)
        for (int e = 0; e < 3; ++e) {
            const glm::vec3 d = mesh.vertices[mesh.indices[t + e]].position - mesh.vertices[mesh.indices[t + (e + 1) % 3]].position;
            longest = std::max(longest, glm::length(d * scale));
        }
    return longest;
}

// Every triangle of MESH cut into N * N, as an unindexed list (three vertices a triangle).
std::vector<Vertex> cut_triangles(const MeshData& mesh, int n) {
    std::vector<Vertex> out;
    out.reserve(mesh.indices.size() * std::size_t(n * n));
    for (std::size_t t = 0; t + 2 < mesh.indices.size(); t += 3) {
        const Vertex& a = mesh.vertices[mesh.indices[t]];
        const Vertex& b = mesh.vertices[mesh.indices[t + 1]];
        const Vertex& c = mesh.vertices[mesh.indices[t + 2]];
        for (int j = 0; j < n; ++j)
            for (int i = 0; i + j < n; ++i) {
                // The upright small triangle, then (except on the diagonal) the upside-down one,
                // both wound like the original.
                out.push_back(grid_point(a, b, c, i, j, n));
                out.push_back(grid_point(a, b, c, i + 1, j, n));
                out.push_back(grid_point(a, b, c, i, j + 1, n));
                if (i + j + 1 < n) {
                    out.push_back(grid_point(a, b, c, i + 1, j, n));
                    out.push_back(grid_point(a, b, c, i + 1, j + 1, n));
                    out.push_back(grid_point(a, b, c, i, j + 1, n));
                }
            }
    }
    for (Vertex& v : out)
        if (const float length = glm::length(v.normal); length > 0.0f) v.normal /= length;
    return out;
}
}  // namespace

std::vector<MeshData> cut_into_pieces(const MeshData& mesh, const glm::vec3& scale, const PieceLimits& limits) {
    const std::size_t triangles = mesh.indices.size() / 3;
    if (triangles == 0 || !(limits.piece_m > 0.0f)) return {mesh};
    const Bounds bounds = mesh.bounds();
    const glm::vec3 size_m = bounds.size() * scale;
    const float edge_m = longest_edge_m(mesh, scale);
    if (std::max({size_m.x, size_m.y, size_m.z}) <= limits.piece_m && edge_m <= limits.piece_m) return {mesh};
    const int n = std::clamp(int(std::ceil(edge_m / limits.piece_m)), 1, limits.max_cuts);
    if (triangles * std::size_t(n * n) > std::size_t(limits.max_triangles)) return {mesh};

    const std::vector<Vertex> cut = cut_triangles(mesh, n);
    // Group by the cell of each triangle's centre; a map keeps the pieces in a fixed order.
    std::map<std::tuple<int, int, int>, MeshData> cells;
    for (std::size_t t = 0; t + 2 < cut.size(); t += 3) {
        const glm::vec3 centre_m = (cut[t].position + cut[t + 1].position + cut[t + 2].position) / 3.0f * scale;
        const glm::ivec3 cell = glm::ivec3(glm::floor(centre_m / limits.piece_m));
        MeshData& piece = cells[{cell.x, cell.y, cell.z}];
        for (int k = 0; k < 3; ++k) {
            piece.indices.push_back(uint32_t(piece.vertices.size()));
            piece.vertices.push_back(cut[t + std::size_t(k)]);
        }
    }
    std::vector<MeshData> pieces;
    pieces.reserve(cells.size());
    for (auto& [cell, piece] : cells) {
        piece.name = mesh.name;
        pieces.push_back(std::move(piece));
    }
    return pieces;
}

}  // namespace perfuse
