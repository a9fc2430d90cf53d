#include "primitives.h"

#include <algorithm>
#include <array>
#include <cmath>
#include <numbers>
#include <vector>

#include "grid.h"
#include "lathe.h"

namespace perfuse {
namespace {

constexpr float kPi = std::numbers::pi_v<float>;

// One face of an axis-aligned box: outward normal n, and tangents u, v with u x v = n.
struct Face {
    glm::vec3 n, u, v;
};
constexpr std::array<Face, 6> kFaces{{
    {{1, 0, 0}, {0, 0, -1}, {0, 1, 0}},
    {{-1, 0, 0}, {0, 0, 1}, {0, 1, 0}},
    {{0, 1, 0}, {1, 0, 0}, {0, 0, -1}},
    {{0, -1, 0}, {1, 0, 0}, {0, 0, 1}},
    {{0, 0, 1}, {1, 0, 0}, {0, 1, 0}},
    {{0, 0, -1}, {-1, 0, 0}, {0, 1, 0}},
}};

}  // namespace

MeshData make_box(const glm::vec3& size_m) {
    MeshData mesh;
    mesh.name = "box";
    const glm::vec3 h = size_m * 0.5f;
    for (const Face& f : kFaces) {
        // u, v, n are unit axes, so abs(dot) picks the half extent along each.
        const float hu = glm::dot(glm::abs(f.u), h), hv = glm::dot(glm::abs(f.v), h), hn = glm::dot(glm::abs(f.n), h);
        append_grid(mesh, 1, 1, [&](std::uint32_t i, std::uint32_t j) {
            const float su = i ? 1.0f : -1.0f, sv = j ? 1.0f : -1.0f;
            return Vertex{f.n * hn + f.u * (su * hu) + f.v * (sv * hv), f.n,
                          {static_cast<float>(i), 1.0f - static_cast<float>(j)}};
        });
    }
    return mesh;
}

MeshData make_rounded_box(const glm::vec3& size_m, float radius_m, std::uint32_t segments) {
    const glm::vec3 h = size_m * 0.5f;
    const float r = std::clamp(radius_m, 0.0f, std::min({h.x, h.y, h.z}));
    if (r <= 0.0f) return make_box(size_m);
    segments = std::max(segments, 1u);
    const glm::vec3 inner = h - glm::vec3(r);  // the box whose Minkowski sum with a sphere is the shape

    // Per tangent axis: 2*(segments+1) samples, the first half rounding the negative edge (angle -45..0
    // degrees around inner corner -e), the second the positive edge (0..45 around +e). Each face covers
    // +-45 degrees of every rounding, so neighbouring faces meet exactly (cube-sphere split).
    const std::uint32_t n = 2 * (segments + 1);
    auto sample = [&](std::uint32_t k, float e, float& corner, float& tan_a) {
        const bool positive = k > segments;
        const float t = static_cast<float>(positive ? k - segments - 1 : k) / static_cast<float>(segments);
        const float a = positive ? t * kPi / 4.0f : (t - 1.0f) * kPi / 4.0f;
        corner = positive ? e : -e;
        tan_a = std::tan(a);
    };
    MeshData mesh;
    mesh.name = "rounded_box";
    for (const Face& f : kFaces) {
        const float eu = glm::dot(glm::abs(f.u), inner), ev = glm::dot(glm::abs(f.v), inner);
        const float en = glm::dot(glm::abs(f.n), inner);
        const float hu = glm::dot(glm::abs(f.u), h), hv = glm::dot(glm::abs(f.v), h);
        append_grid(mesh, n - 1, n - 1, [&](std::uint32_t i, std::uint32_t j) {
            float cu, tu, cv, tv;
            sample(i, eu, cu, tu);
            sample(j, ev, cv, tv);
            const glm::vec3 dir = glm::normalize(f.n + f.u * tu + f.v * tv);
            const glm::vec3 p = f.n * en + f.u * cu + f.v * cv + dir * r;
            const float pu = glm::dot(p, f.u), pv = glm::dot(p, f.v);
            return Vertex{p, dir, {0.5f + 0.5f * pu / hu, 0.5f - 0.5f * pv / hv}};
        });
    }
    return mesh;
}

MeshData make_cylinder(float radius_m, float height_m, std::uint32_t segments, bool capped) {
    return make_frustum(radius_m, radius_m, height_m, segments, capped);
}

MeshData make_frustum(float bottom_radius_m, float top_radius_m, float height_m, std::uint32_t segments, bool capped) {
    const float y0 = -0.5f * height_m, y1 = 0.5f * height_m;
    std::vector<glm::vec2> profile;
    if (capped && bottom_radius_m > 0.0f) profile.push_back({0.0f, y0});
    profile.push_back({bottom_radius_m, y0});
    profile.push_back({top_radius_m, y1});
    if (capped && top_radius_m > 0.0f) profile.push_back({0.0f, y1});
    MeshData mesh = make_lathe(profile, segments, false);
    mesh.name = "frustum";
    return mesh;
}

MeshData make_sphere(float radius_m, std::uint32_t segments, std::uint32_t rings) {
    MeshData mesh;
    mesh.name = "sphere";
    append_grid(mesh, segments, rings, [&](std::uint32_t i, std::uint32_t j) {
        const float phi = 2.0f * kPi * static_cast<float>(i) / static_cast<float>(segments);
        const float theta = kPi * static_cast<float>(j) / static_cast<float>(rings);  // 0 = south pole
        const glm::vec3 n(std::sin(theta) * std::cos(phi), -std::cos(theta), -std::sin(theta) * std::sin(phi));
        return Vertex{n * radius_m, n,
                      {static_cast<float>(i) / static_cast<float>(segments), 1.0f - static_cast<float>(j) / static_cast<float>(rings)}};
    });
    return mesh;
}

MeshData make_capsule(float radius_m, float cylinder_height_m, std::uint32_t segments, std::uint32_t rings) {
    // Rows: `rings` for the lower hemisphere, one for the cylinder, `rings` for the upper hemisphere.
    rings = std::max(rings, 2u);
    const std::uint32_t rows = 2 * rings + 1;
    const float half = 0.5f * cylinder_height_m;
    const float total = cylinder_height_m + 2.0f * radius_m;
    MeshData mesh;
    mesh.name = "capsule";
    append_grid(mesh, segments, rows, [&](std::uint32_t i, std::uint32_t j) {
        const float phi = 2.0f * kPi * static_cast<float>(i) / static_cast<float>(segments);
        const bool upper = j > rings;
        const std::uint32_t k = upper ? j - 1 : j;  // rows rings and rings+1 are both the equator
        const float theta = kPi * static_cast<float>(k) / static_cast<float>(2 * rings);
        const glm::vec3 n(std::sin(theta) * std::cos(phi), -std::cos(theta), -std::sin(theta) * std::sin(phi));
        const glm::vec3 p = n * radius_m + glm::vec3(0.0f, upper ? half : -half, 0.0f);
        return Vertex{p, n, {static_cast<float>(i) / static_cast<float>(segments), 0.5f - p.y / total}};
    });
    return mesh;
}

MeshData make_torus(float major_radius_m, float minor_radius_m, std::uint32_t major_segments, std::uint32_t minor_segments) {
    MeshData mesh;
    mesh.name = "torus";
    // Columns run around the big circle, rows around the tube's small circle, so that
    // dP/di x dP/dj points away from the tube's centre line.
    append_grid(mesh, major_segments, minor_segments, [&](std::uint32_t i, std::uint32_t j) {
        const float b = 2.0f * kPi * static_cast<float>(i) / static_cast<float>(major_segments);
        const float a = 2.0f * kPi * static_cast<float>(j) / static_cast<float>(minor_segments);
        const glm::vec3 radial(std::cos(b), 0.0f, -std::sin(b));
        const glm::vec3 n = radial * std::cos(a) + glm::vec3(0.0f, std::sin(a), 0.0f);
        return Vertex{radial * major_radius_m + n * minor_radius_m, n,
                      {static_cast<float>(i) / static_cast<float>(major_segments), static_cast<float>(j) / static_cast<float>(minor_segments)}};
    });
    return mesh;
}

}  // namespace perfuse
