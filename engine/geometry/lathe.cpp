#include "lathe.h"

#include <cmath>
#include <numbers>

#include "grid.h"

namespace perfuse {
namespace {

// Outward normal (radial, y) of the profile segment a -> b, for a profile running bottom to top.
glm::vec2 segment_normal(const glm::vec2& a, const glm::vec2& b) {
    const glm::vec2 d = b - a;
    const float len = glm::length(d);
    return len > 0.0f ? glm::vec2(d.y, -d.x) / len : glm::vec2(1.0f, 0.0f);
}

}  // namespace

MeshData make_lathe(const std::vector<glm::vec2>& profile, std::uint32_t segments, bool smooth) {
    MeshData mesh;
    mesh.name = "lathe";
    if (profile.size() < 2) return mesh;
    const std::size_t spans = profile.size() - 1;
    // Profile length for the v coordinate.
    std::vector<float> length_at(profile.size(), 0.0f);
    for (std::size_t k = 1; k < profile.size(); ++k) length_at[k] = length_at[k - 1] + glm::length(profile[k] - profile[k - 1]);
    const float total = length_at.back() > 0.0f ? length_at.back() : 1.0f;

    auto revolve = [&](std::uint32_t i, const glm::vec2& p, const glm::vec2& n2, float v) {
        const float a = 2.0f * std::numbers::pi_v<float> * static_cast<float>(i) / static_cast<float>(segments);
        const float c = std::cos(a), s = std::sin(a);
        return Vertex{{p.x * c, p.y, -p.x * s}, glm::normalize(glm::vec3(n2.x * c, n2.y, -n2.x * s)),
                      {static_cast<float>(i) / static_cast<float>(segments), 1.0f - v / total}};
    };

    if (smooth) {
        // One grid; each profile point's normal averages its two segments.
        append_grid(mesh, segments, static_cast<std::uint32_t>(spans), [&](std::uint32_t i, std::uint32_t j) {
            glm::vec2 n(0.0f);
            if (j > 0) n += segment_normal(profile[j - 1], profile[j]);
            if (j < spans) n += segment_normal(profile[j], profile[j + 1]);
            if (profile[j].x <= 0.0f) n = glm::vec2(0.0f, n.y >= 0.0f ? 1.0f : -1.0f);  // on the axis: pole
            n = glm::length(n) > 0.0f ? glm::normalize(n) : glm::vec2(1.0f, 0.0f);
            return revolve(i, profile[j], n, length_at[j]);
        });
    } else {
        // One strip per profile segment, so every corner keeps a hard edge.
        for (std::size_t k = 0; k < spans; ++k) {
            const glm::vec2 n = segment_normal(profile[k], profile[k + 1]);
            append_grid(mesh, segments, 1, [&](std::uint32_t i, std::uint32_t j) {
                return revolve(i, profile[k + j], n, length_at[k + j]);
            });
        }
    }
    return mesh;
}

}  // namespace perfuse
