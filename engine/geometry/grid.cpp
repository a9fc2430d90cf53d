#include "grid.h"

#include <cmath>
#include <numbers>

namespace perfuse {

void append_grid(MeshData& mesh, std::uint32_t columns, std::uint32_t rows,
                 const std::function<Vertex(std::uint32_t, std::uint32_t)>& vertex) {
    const auto base = static_cast<std::uint32_t>(mesh.vertices.size());
    for (std::uint32_t j = 0; j <= rows; ++j)
        for (std::uint32_t i = 0; i <= columns; ++i) mesh.vertices.push_back(vertex(i, j));
    auto at = [&](std::uint32_t i, std::uint32_t j) { return base + j * (columns + 1) + i; };
    auto add_triangle = [&](std::uint32_t a, std::uint32_t b, std::uint32_t c) {
        const glm::vec3& pa = mesh.vertices[a].position;
        const glm::vec3& pb = mesh.vertices[b].position;
        const glm::vec3& pc = mesh.vertices[c].position;
        // Degenerate at poles and tips; sin(pi) is not exactly 0, so "same" means within a micrometre.
        auto same = [](const glm::vec3& p, const glm::vec3& q) { return glm::dot(p - q, p - q) < 1e-12f; };
        if (same(pa, pb) || same(pb, pc) || same(pa, pc)) return;
        mesh.indices.insert(mesh.indices.end(), {a, b, c});
    };
    for (std::uint32_t j = 0; j < rows; ++j) {
        for (std::uint32_t i = 0; i < columns; ++i) {
            add_triangle(at(i, j), at(i + 1, j), at(i + 1, j + 1));
            add_triangle(at(i, j), at(i + 1, j + 1), at(i, j + 1));
        }
    }
}

void append_disc(MeshData& mesh, float radius_m, float y_m, std::uint32_t segments, bool up) {
    const auto base = static_cast<std::uint32_t>(mesh.vertices.size());
    const glm::vec3 normal(0.0f, up ? 1.0f : -1.0f, 0.0f);
    mesh.vertices.push_back({{0.0f, y_m, 0.0f}, normal, {0.5f, 0.5f}});
    for (std::uint32_t i = 0; i <= segments; ++i) {
        const float a = 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(segments);
        // Same angular convention as the lathe: x = cos, z = -sin, so caps and sides share seams.
        const float c = std::cos(a), s = std::sin(a);
        mesh.vertices.push_back({{radius_m * c, y_m, -radius_m * s}, normal, {0.5f + 0.5f * c, 0.5f - 0.5f * s}});
    }
    for (std::uint32_t i = 0; i < segments; ++i) {
        const std::uint32_t a = base + 1 + i, b = base + 2 + i;
        // Seen from +Y, increasing angle runs counter-clockwise (x=cos, z=-sin), so (centre, a, b) faces up.
        if (up) mesh.indices.insert(mesh.indices.end(), {base, a, b});
        else mesh.indices.insert(mesh.indices.end(), {base, b, a});
    }
}

}  // namespace perfuse
