#include "sweep.h"

#include <cmath>
#include <numbers>

#include "grid.h"

namespace perfuse {

std::vector<glm::vec3> smooth_curve(const std::vector<glm::vec3>& points, std::uint32_t samples_per_span) {
    if (points.size() < 3 || samples_per_span < 2) return points;
    std::vector<glm::vec3> out;
    const std::size_t n = points.size();
    for (std::size_t k = 0; k + 1 < n; ++k) {
        // End spans mirror their neighbour so the curve starts and ends at the given points.
        const glm::vec3 p0 = k == 0 ? 2.0f * points[0] - points[1] : points[k - 1];
        const glm::vec3 p1 = points[k], p2 = points[k + 1];
        const glm::vec3 p3 = k + 2 < n ? points[k + 2] : 2.0f * points[n - 1] - points[n - 2];
        for (std::uint32_t s = 0; s < samples_per_span; ++s) {
            const float t = static_cast<float>(s) / static_cast<float>(samples_per_span);
            const float t2 = t * t, t3 = t2 * t;
            out.push_back(0.5f * (2.0f * p1 + (-p0 + p2) * t + (2.0f * p0 - 5.0f * p1 + 4.0f * p2 - p3) * t2 +
                                  (-p0 + 3.0f * p1 - 3.0f * p2 + p3) * t3));
        }
    }
    out.push_back(points.back());
    return out;
}

MeshData make_tube(const std::vector<glm::vec3>& path_in, float radius_m, std::uint32_t segments, bool capped) {
    MeshData mesh;
    mesh.name = "tube";
    // Drop repeated points: they have no direction.
    std::vector<glm::vec3> path;
    for (const glm::vec3& p : path_in)
        if (path.empty() || glm::length(p - path.back()) > 1e-6f) path.push_back(p);
    if (path.size() < 2) return mesh;
    const std::size_t n = path.size();

    // Tangents at points (averaged at joints) and parallel-transported normals.
    std::vector<glm::vec3> tangent(n), normal(n), binormal(n);
    std::vector<float> length_at(n, 0.0f);
    for (std::size_t k = 0; k < n; ++k) {
        const glm::vec3 in = k > 0 ? glm::normalize(path[k] - path[k - 1]) : glm::vec3(0.0f);
        const glm::vec3 out = k + 1 < n ? glm::normalize(path[k + 1] - path[k]) : glm::vec3(0.0f);
        const glm::vec3 t = in + out;
        tangent[k] = glm::length(t) > 1e-6f ? glm::normalize(t) : (k + 1 < n ? out : in);
        if (k > 0) length_at[k] = length_at[k - 1] + glm::length(path[k] - path[k - 1]);
    }
    {
        const glm::vec3 t = tangent[0];
        const glm::vec3 helper = std::abs(t.y) < 0.9f ? glm::vec3(0, 1, 0) : glm::vec3(1, 0, 0);
        normal[0] = glm::normalize(glm::cross(helper, t));
    }
    for (std::size_t k = 1; k < n; ++k) {
        // Remove the component along the new tangent: the smallest rotation that keeps the frame.
        glm::vec3 m = normal[k - 1] - tangent[k] * glm::dot(normal[k - 1], tangent[k]);
        normal[k] = glm::length(m) > 1e-6f ? glm::normalize(m) : normal[k - 1];
    }
    for (std::size_t k = 0; k < n; ++k) binormal[k] = glm::cross(tangent[k], normal[k]);

    // Columns around the tube, rows along the path; with angle a the ring point is
    // cos(a) N + sin(a) B, and d/da x d/dpath = (B-ish) x T points outwards for T = N x B.
    const float circumference = 2.0f * std::numbers::pi_v<float> * radius_m;
    append_grid(mesh, segments, static_cast<std::uint32_t>(n - 1), [&](std::uint32_t i, std::uint32_t j) {
        const float a = 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(segments);
        const glm::vec3 dir = normal[j] * std::cos(a) + binormal[j] * std::sin(a);
        return Vertex{path[j] + dir * radius_m, dir,
                      {static_cast<float>(i) / static_cast<float>(segments), length_at[j] / circumference}};
    });
    if (capped) {
        for (int end = 0; end < 2; ++end) {
            const std::size_t k = end == 0 ? 0 : n - 1;
            const glm::vec3 face_n = end == 0 ? -tangent[k] : tangent[k];
            const auto base = static_cast<std::uint32_t>(mesh.vertices.size());
            mesh.vertices.push_back({path[k], face_n, {0.5f, 0.5f}});
            for (std::uint32_t i = 0; i <= segments; ++i) {
                const float a = 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(segments);
                const float c = std::cos(a), s = std::sin(a);
                mesh.vertices.push_back({path[k] + (normal[k] * c + binormal[k] * s) * radius_m, face_n,
                                         {0.5f + 0.5f * c, 0.5f + 0.5f * s}});
            }
            for (std::uint32_t i = 0; i < segments; ++i) {
                // Ring angle increases counter-clockwise seen from +T (N x B = T), so the end cap
                // (facing +T) keeps that order and the start cap (facing -T) reverses it.
                const std::uint32_t a = base + 1 + i, b = base + 2 + i;
                if (end == 1) mesh.indices.insert(mesh.indices.end(), {base, a, b});
                else mesh.indices.insert(mesh.indices.end(), {base, b, a});
            }
        }
    }
    return mesh;
}

}  // namespace perfuse
