#include "app/vr_vignette.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace perfuse {

namespace {
constexpr float kDistanceM = 0.1f;   // in front of the eye: beyond the near plane, before anything in the room
constexpr float kNarrowestTangent = 0.577f;  // tan 30 degrees: the view at full strength is about 60 degrees across
// Band edges, times the hole's radius: five thin bands for a soft edge, then the dark rest of the view.
constexpr std::array<float, 7> kBandEdges = {1.0f, 1.06f, 1.12f, 1.18f, 1.24f, 1.3f, 40.0f};
// Each band's opacity at full strength. Blending happens on linear colour, so for even steps as the eye
// sees them (1/6 darker each) a band lets through (1 - (k+1)/6)^2.2 of the light: the outermost almost none.
constexpr std::array<float, 6> kBandAlpha = {0.331f, 0.590f, 0.782f, 0.911f, 0.981f, 0.99f};
constexpr uint32_t kSegments = 48;

MeshData make_annulus(float inner, float outer) {
    MeshData mesh;
    mesh.name = "vr_vignette";
    for (uint32_t i = 0; i <= kSegments; ++i) {
        const float a = 2.0f * 3.14159265f * float(i) / float(kSegments);
        const glm::vec2 d{std::cos(a), std::sin(a)};
        // Facing the eye (+Z): the eye looks down -Z at the ring.
        mesh.vertices.push_back({.position = glm::vec3(d * inner, 0.0f), .normal = {0.0f, 0.0f, 1.0f}});
        mesh.vertices.push_back({.position = glm::vec3(d * outer, 0.0f), .normal = {0.0f, 0.0f, 1.0f}});
    }
    for (uint32_t i = 0; i < kSegments; ++i) {
        const uint32_t in0 = 2 * i, out0 = in0 + 1, in1 = in0 + 2, out1 = in0 + 3;
        mesh.indices.insert(mesh.indices.end(), {in0, out0, out1, in0, out1, in1});
    }
    return mesh;
}

// Where NDC point (X, Y) lies, as a tangent from the view direction.
float ndc_tangent(const glm::mat4& inverse_projection, float x, float y) {
    const glm::vec4 p = inverse_projection * glm::vec4(x, y, 0.5f, 1.0f);
    const glm::vec3 v = glm::vec3(p) / p.w;
    return v.z < 0.0f ? std::hypot(v.x, v.y) / -v.z : 1.0f;
}
}  // namespace

VrVignetteMeshes make_vignette_meshes(Device& device) {
    VrVignetteMeshes meshes;
    for (size_t i = 0; i < meshes.bands.size(); ++i)
        meshes.bands[i] = upload_mesh(device, make_annulus(kBandEdges[i], kBandEdges[i + 1]));
    return meshes;
}

float widest_edge_tangent(const glm::mat4& projection) {
    const glm::mat4 inverse = glm::inverse(projection);
    return std::max({ndc_tangent(inverse, -1.0f, 0.0f), ndc_tangent(inverse, 1.0f, 0.0f),
                     ndc_tangent(inverse, 0.0f, -1.0f), ndc_tangent(inverse, 0.0f, 1.0f)});
}

float vignette_hole_tangent(float strength, float edge_tangent) {
    const float s = std::clamp(strength, 0.0f, 1.0f);
    const float narrowest = std::min(kNarrowestTangent, edge_tangent);
    return edge_tangent + (narrowest - edge_tangent) * s;
}

DrawList vignette_draws(const VrVignetteMeshes& meshes, float strength, const glm::mat4& view,
                        const glm::mat4& projection) {
    DrawList items;
    if (!(strength > 0.0f)) return items;
    const float hole = vignette_hole_tangent(strength, widest_edge_tangent(projection)) * kDistanceM;
    const glm::mat4 model = glm::inverse(view) * glm::translate(glm::mat4(1.0f), {0.0f, 0.0f, -kDistanceM}) *
                            glm::scale(glm::mat4(1.0f), {hole, hole, 1.0f});
    for (size_t i = 0; i < meshes.bands.size(); ++i) {
        Material m;
        m.name = "vr_vignette";
        m.base_color = glm::vec4(0.0f, 0.0f, 0.0f, kBandAlpha[i] * std::min(strength, 1.0f));
        m.roughness = 1.0f;  // no highlight from the room's lights on it
        items.push_back({.mesh = &meshes.bands[i], .model = model, .material = m});
    }
    return items;
}

}  // namespace perfuse
