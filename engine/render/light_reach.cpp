#include "render/light_reach.h"

#include <algorithm>
#include <array>
#include <cmath>

#include "geometry/mesh_ops.h"
#include "scene/scene.h"

namespace perfuse {

namespace {
// A little wider than the cone the shader uses, so rounding never darkens a pixel it lights.
constexpr float kConeMarginDeg = 1.0f;
}  // namespace

bool spot_reaches_sphere(const SpotLight& light, const glm::vec3& center_m, float radius_m) {
    const float axis_length = glm::length(light.direction);
    if (!(axis_length > 0.0f) || !std::isfinite(radius_m)) return true;
    const glm::vec3 axis = light.direction / axis_length;
    const glm::vec3 offset = center_m - light.position;
    const float distance = glm::length(offset);
    if (distance <= radius_m) return true;  // the lamp is inside the sphere
    const float along = glm::dot(offset, axis);
    const float across = std::sqrt(std::max(distance * distance - along * along, 0.0f));
    const float half_angle_deg = light.outer_angle_deg + kConeMarginDeg;
    if (!(half_angle_deg < 90.0f)) return true;  // a cone that wide lights half the world: keep it simple
    const float half_angle = glm::radians(std::max(half_angle_deg, 0.0f));
    // Distance from the centre to the cone's surface, measured along the surface normal; never more
    // than the true distance, so "beyond the radius" means wholly outside.
    const float beyond_surface = across * std::cos(half_angle) - along * std::sin(half_angle);
    return beyond_surface <= radius_m;
}

bool spot_reaches_box(const SpotLight& light, const std::array<glm::vec3, 8>& corners) {
    const float axis_length = glm::length(light.direction);
    const float half_angle_deg = light.outer_angle_deg + kConeMarginDeg;
    if (!(axis_length > 0.0f) || !(half_angle_deg < 90.0f)) return true;
    const glm::vec3 axis = light.direction / axis_length;
    const float half_angle = glm::radians(std::max(half_angle_deg, 0.0f));
    const float sin_half = std::sin(half_angle), cos_half = std::cos(half_angle);
    std::array<glm::vec3, 8> from_lamp;
    for (std::size_t i = 0; i < corners.size(); ++i) {
        from_lamp[i] = corners[i] - light.position;
        if (!std::isfinite(from_lamp[i].x + from_lamp[i].y + from_lamp[i].z)) return true;
    }
    // The whole cone lies on the positive side of any plane through the lamp whose normal M leans
    // no more than 90 degrees minus the half angle from the axis (dot(M, axis) >= sin half). If all
    // corners lie on the negative side, such a plane separates the box from the cone.
    const auto separates = [&](const glm::vec3& m) {
        for (const glm::vec3& c : from_lamp)
            if (glm::dot(c, m) >= 0.0f) return false;
        return true;
    };
    // The plane through the lamp, tilted to the cone's edge on the side facing DIRECTION (a direction
    // across the axis): it touches the cone along one line, so it is the tightest plane on that side.
    const auto tangent_facing = [&](const glm::vec3& direction) {
        const glm::vec3 across = direction - axis * glm::dot(direction, axis);
        const float length = glm::length(across);
        return length > 1e-6f && separates(sin_half * axis - cos_half * (across / length));
    };
    if (separates(axis)) return false;  // wholly behind the lamp
    // Tangent planes facing each corner and the centre catch boxes beside the cone.
    glm::vec3 center(0.0f);
    for (const glm::vec3& c : from_lamp) center += c * 0.125f;
    if (tangent_facing(center)) return false;
    for (const glm::vec3& c : from_lamp)
        if (tangent_facing(c)) return false;
    // The box's own faces catch flat boxes the lamp looks away from (a ceiling just above it): a face
    // normal that leans close enough to the axis, or failing that the tangent plane on its side.
    for (const glm::vec3& edge : {from_lamp[1] - from_lamp[0], from_lamp[2] - from_lamp[0], from_lamp[4] - from_lamp[0]}) {
        const float length = glm::length(edge);
        if (!(length > 1e-6f)) continue;
        for (const glm::vec3& face : {edge / length, -edge / length}) {
            if (glm::dot(face, axis) >= sin_half ? separates(face) : tangent_facing(-face)) return false;
        }
    }
    return true;
}

bool spot_reaches_bounds(const SpotLight& light, const Bounds& bounds, const glm::mat4& model) {
    if (bounds.empty()) return true;
    const glm::vec3 center = glm::vec3(model * glm::vec4(bounds.center(), 1.0f));
    // The largest axis scale bounds how far the transform stretches the local sphere.
    if (!spot_reaches_sphere(light, center, 0.5f * glm::length(bounds.size()) * largest_axis_scale(model))) return false;
    return spot_reaches_box(light, box_corners(bounds, model));
}

}  // namespace perfuse
