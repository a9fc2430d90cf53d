#pragma once
// Ray picking: from a mouse pixel (through the inverse view-projection) or from any origin and
// direction (a VR controller). World bounds reject most nodes cheaply; the rest are tested triangle by
// triangle (Moller-Trumbore) in object space, so scaled and rotated instances pick exactly.
#include <limits>
#include <optional>
#include <string>

#include <glm/glm.hpp>

#include "scene/scene.h"

namespace perfuse {

struct Ray {
    glm::vec3 origin_m{0.0f};
    glm::vec3 direction{0.0f, 0.0f, -1.0f};  // unit length: hit distances are then in metres
};

struct PickHit {
    NodeId node = kNoNode;
    float distance_m = std::numeric_limits<float>::infinity();
    glm::vec3 point_m{0.0f};
    std::string tag;  // the node's tag, for content code
    bool hit() const { return node != kNoNode; }
};

// pixel_px from the top-left corner of the viewport, as mouse coordinates come; view_proj is
// projection_matrix(...) * view_matrix(...), Vulkan conventions (Y down, depth 0..1).
Ray ray_from_pixel(glm::vec2 pixel_px, glm::vec2 viewport_size_px, const glm::mat4& view_proj);
Ray make_ray(glm::vec3 origin_m, glm::vec3 direction);  // normalises direction

// Entry distance along the ray into the box (0 when the origin is inside), or nothing.
std::optional<float> intersect_ray_bounds(const Ray& ray, const Bounds& box, float max_distance_m);
// Distance along origin + t * direction to the triangle, both faces, or nothing.
std::optional<float> intersect_ray_triangle(glm::vec3 origin, glm::vec3 direction, glm::vec3 a, glm::vec3 b,
                                          glm::vec3 c);

// Nearest hit among visible, pickable mesh nodes (call update_world_transforms first).
PickHit pick(const Scene& scene, const Ray& ray,
             float max_distance_m = std::numeric_limits<float>::infinity());

}  // namespace perfuse
