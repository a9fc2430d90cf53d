#include "scene/picking.h"

#include <algorithm>
#include <cmath>

namespace perfuse {

Ray make_ray(glm::vec3 origin_m, glm::vec3 direction) {
    const float length = glm::length(direction);
    return {origin_m, length > 0.0f ? direction / length : glm::vec3(0.0f, 0.0f, -1.0f)};
}

Ray ray_from_pixel(glm::vec2 pixel_px, glm::vec2 viewport_size_px, const glm::mat4& view_proj) {
    // Vulkan NDC: x right, y down, both -1..1; depth 0 at the near plane, 1 at the far plane.
    const glm::vec2 ndc = pixel_px / glm::max(viewport_size_px, glm::vec2(1.0f)) * 2.0f - 1.0f;
    const glm::mat4 inverse = glm::inverse(view_proj);
    glm::vec4 near_h = inverse * glm::vec4(ndc, 0.0f, 1.0f);
    glm::vec4 far_h = inverse * glm::vec4(ndc, 1.0f, 1.0f);
    const glm::vec3 near_m = glm::vec3(near_h) / near_h.w;
    const glm::vec3 far_m = glm::vec3(far_h) / far_h.w;
    return make_ray(near_m, far_m - near_m);
}

std::optional<float> intersect_ray_bounds(const Ray& ray, const Bounds& box, float max_distance_m) {
    if (box.empty()) return std::nullopt;
    float t_near = 0.0f, t_far = max_distance_m;
    for (int axis = 0; axis < 3; ++axis) {
        const float o = ray.origin_m[axis], d = ray.direction[axis];
        if (std::abs(d) < 1e-12f) {  // parallel to this slab: inside it or never
            if (o < box.min[axis] || o > box.max[axis]) return std::nullopt;
            continue;
        }
        float t0 = (box.min[axis] - o) / d, t1 = (box.max[axis] - o) / d;
        if (t0 > t1) std::swap(t0, t1);
        t_near = std::max(t_near, t0);
        t_far = std::min(t_far, t1);
        if (t_near > t_far) return std::nullopt;
    }
    return t_near;
}

std::optional<float> intersect_ray_triangle(glm::vec3 origin, glm::vec3 direction, glm::vec3 a, glm::vec3 b,
                                          glm::vec3 c) {
    const glm::vec3 e1 = b - a, e2 = c - a;
    const glm::vec3 p = glm::cross(direction, e2);
    const float det = glm::dot(e1, p);
    // Relative threshold: object-space directions of scaled instances are not unit length.
    if (std::abs(det) <= 1e-12f * glm::dot(direction, direction)) return std::nullopt;
    const float inv_det = 1.0f / det;
    const glm::vec3 s = origin - a;
    const float u = glm::dot(s, p) * inv_det;
    if (u < 0.0f || u > 1.0f) return std::nullopt;
    const glm::vec3 q = glm::cross(s, e1);
    const float v = glm::dot(direction, q) * inv_det;
    if (v < 0.0f || u + v > 1.0f) return std::nullopt;
    const float t = glm::dot(e2, q) * inv_det;
    if (t < 0.0f) return std::nullopt;
    return t;
}

PickHit pick(const Scene& scene, const Ray& ray, float max_distance_m) {
    PickHit best;
    best.distance_m = max_distance_m;
    for (NodeId id = 0; id < scene.nodes.size(); ++id) {
        const Node& node = scene.nodes[id];
        if (!node.pickable || node.mesh < 0 || static_cast<std::size_t>(node.mesh) >= scene.meshes.size()) continue;
        const std::optional<float> box_t = intersect_ray_bounds(ray, node.world_bounds, best.distance_m);
        if (!box_t || !effectively_visible(scene, id)) continue;

        // Same parameter t in both spaces: the object-space direction is deliberately not renormalised.
        const glm::mat4 to_object = glm::inverse(node.world);
        const glm::vec3 o = glm::vec3(to_object * glm::vec4(ray.origin_m, 1.0f));
        const glm::vec3 d = glm::vec3(to_object * glm::vec4(ray.direction, 0.0f));
        const MeshData& mesh = scene.meshes[node.mesh];
        const std::size_t vertex_count = mesh.vertices.size();
        for (std::size_t i = 0; i + 2 < mesh.indices.size(); i += 3) {
            const std::uint32_t i0 = mesh.indices[i], i1 = mesh.indices[i + 1], i2 = mesh.indices[i + 2];
            if (i0 >= vertex_count || i1 >= vertex_count || i2 >= vertex_count) continue;
            const std::optional<float> t = intersect_ray_triangle(o, d, mesh.vertices[i0].position,
                                                                mesh.vertices[i1].position, mesh.vertices[i2].position);
            if (t && *t < best.distance_m) {
                best.node = id;
                best.distance_m = *t;
            }
        }
    }
    if (best.hit()) {
        best.point_m = ray.origin_m + ray.direction * best.distance_m;
        best.tag = scene.nodes[best.node].tag;
    }
    return best;
}

}  // namespace perfuse
