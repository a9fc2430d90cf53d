#include "app/assembly_tube.h"

#include <algorithm>

#include "geometry/primitives.h"
#include "geometry/sweep.h"

namespace perfuse {

namespace {
constexpr float kLeadM = 0.07f;          // straight run out of a port before the tube bends
constexpr float kSagPerMetre = 0.12f;    // how far a line hangs below its ends, per metre of span
constexpr glm::vec3 kVenous{0.09f, 0.004f, 0.008f};   // deoxygenated blood, linear RGB: dark red
constexpr glm::vec3 kArterial{0.8f, 0.03f, 0.025f};   // oxygenated blood: bright red
// Venous blood on bypass is about 70-75 % saturated, arterial 97-100 %: the colour spans that range.
constexpr float kVenousSat = 0.72f, kArterialSat = 0.97f;
}  // namespace

std::vector<glm::vec3> tube_path(const glm::vec3& a_m, const glm::vec3& dir_a, const glm::vec3& b_m,
                                 const glm::vec3& dir_b) {
    const glm::vec3 lead_a = a_m + kLeadM * dir_a;
    const glm::vec3 lead_b = b_m + kLeadM * dir_b;
    const float span_m = glm::distance(lead_a, lead_b);
    glm::vec3 middle = 0.5f * (lead_a + lead_b);
    middle.y -= kSagPerMetre * span_m;
    std::vector<glm::vec3> controls{a_m, lead_a};
    if (span_m > 0.05f) controls.push_back(middle);
    controls.push_back(lead_b);
    controls.push_back(b_m);
    return smooth_curve(controls, 8);
}

Material line_material(const LineFluid& fluid) {
    Material m{.name = "line", .roughness = 0.25f};
    switch (fluid.content) {
    case LineContent::empty: m.base_color = {0.85f, 0.9f, 0.92f, 0.35f}; break;
    case LineContent::crystalloid: m.base_color = {0.7f, 0.85f, 0.95f, 0.5f}; break;
    case LineContent::blood: {
        const float k = std::clamp((float(fluid.saturation) - kVenousSat) / (kArterialSat - kVenousSat), 0.0f, 1.0f);
        m.base_color = glm::vec4(glm::mix(kVenous, kArterial, k), 1.0f);
        break;
    }
    }
    if (fluid.air) {  // froth: paler and partly see-through whatever it carries
        m.base_color = glm::vec4(glm::mix(glm::vec3(m.base_color), glm::vec3(0.95f), 0.45f), 0.6f);
    }
    return m;
}

MeshData clamp_mesh() {
    MeshData mesh = make_box({0.07f, 0.03f, 0.03f});
    mesh.name = "tube_clamp";
    return mesh;
}

}  // namespace perfuse
