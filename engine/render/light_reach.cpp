#include "render/light_reach.h"

#include <algorithm>
#include <cmath>

#include "geometry/mesh_ops.h"

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

bool spot_reaches_bounds(const SpotLight& light, const Bounds& bounds, const glm::mat4& model) {
    if (bounds.empty()) return true;
    const glm::vec3 center = glm::vec3(model * glm::vec4(bounds.center(), 1.0f));
    // The largest axis scale bounds how far the transform stretches the local sphere.
    return spot_reaches_sphere(light, center, 0.5f * glm::length(bounds.size()) * largest_axis_scale(model));
}

}  // namespace perfuse
