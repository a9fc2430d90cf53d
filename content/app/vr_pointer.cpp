#include "app/vr_pointer.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "geometry/primitives.h"

namespace perfuse {

namespace {
constexpr float kBeamThicknessM = 0.004f;
constexpr float kBeadRadiusM = 0.015f;
constexpr float kLandingBeadScale = 3.0f;  // the landing spot reads as a target, not one more bead

Material glow(const glm::vec3& color) {
    Material m;
    m.name = "vr_pointer";
    m.base_color = glm::vec4(color * 0.3f, 1.0f);
    m.emissive = color;  // lit or not, the pointer stays visible
    return m;
}

// Rotation taking -Z to DIRECTION (unit), with no roll about it.
glm::mat4 aim_rotation(const glm::vec3& direction) {
    const glm::vec3 z = -direction;
    const glm::vec3 up = std::abs(z.y) > 0.99f ? glm::vec3(1.0f, 0.0f, 0.0f) : glm::vec3(0.0f, 1.0f, 0.0f);
    const glm::vec3 x = glm::normalize(glm::cross(up, z));
    const glm::vec3 y = glm::cross(z, x);
    return glm::mat4(glm::vec4(x, 0.0f), glm::vec4(y, 0.0f), glm::vec4(z, 0.0f), glm::vec4(0.0f, 0.0f, 0.0f, 1.0f));
}
}  // namespace

VrPointerMeshes make_pointer_meshes(Device& device) {
    MeshData beam = make_box({kBeamThicknessM, kBeamThicknessM, 1.0f});
    for (Vertex& v : beam.vertices) v.position.z -= 0.5f;  // from the origin forwards
    return {upload_mesh(device, beam), upload_mesh(device, make_sphere(kBeadRadiusM, 12, 6))};
}

DrawList pointer_draws(const VrPointerMeshes& meshes, const VrControls& controls) {
    DrawList items;
    const Material beam_material = glow({0.35f, 0.75f, 1.0f});
    for (const std::optional<PointerBeam>& beam : controls.beams) {
        if (!beam || !(beam->length_m > 0.0f)) continue;
        const glm::mat4 model = glm::translate(glm::mat4(1.0f), beam->origin_m) * aim_rotation(beam->direction) *
                                glm::scale(glm::mat4(1.0f), glm::vec3(1.0f, 1.0f, beam->length_m));
        items.push_back({.mesh = &meshes.beam, .model = model, .material = beam_material});
    }
    for (const std::optional<TeleportTarget>& aim : controls.aims) {
        if (!aim || aim->arc_m.empty()) continue;
        const Material material =
            glow(aim->verdict == TeleportVerdict::valid ? glm::vec3(0.2f, 0.9f, 0.35f) : glm::vec3(0.95f, 0.25f, 0.2f));
        // Every other sample: beads about 30 cm apart near the hand read as a dotted arc.
        for (size_t i = 2; i + 1 < aim->arc_m.size(); i += 2)
            items.push_back({.mesh = &meshes.bead, .model = glm::translate(glm::mat4(1.0f), aim->arc_m[i]),
                             .material = material});
        const glm::mat4 landing = glm::scale(glm::translate(glm::mat4(1.0f), aim->arc_m.back()),
                                             glm::vec3(kLandingBeadScale, kLandingBeadScale * 0.3f, kLandingBeadScale));
        items.push_back({.mesh = &meshes.bead, .model = landing, .material = material});
    }
    return items;
}

void add_opaque_draws(DrawList& draws, const DrawList& items) {
    const auto first_blended =
        std::find_if(draws.begin(), draws.end(), [](const DrawItem& d) { return d.material.base_color.a < 1.0f; });
    draws.insert(first_blended, items.begin(), items.end());
}

}  // namespace perfuse
