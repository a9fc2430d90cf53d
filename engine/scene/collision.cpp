#include "scene/collision.h"

#include <algorithm>
#include <cmath>

#include "scene/scene.h"

namespace perfuse {
namespace {

// Float slack: a circle pushed out to exactly its radius may read a hair inside after rounding.
constexpr float kTolerance_m = 1e-4f;
// Sub-steps of at most half the radius: a centre that starts a full radius clear of a wall cannot
// reach the wall's far side in one sub-step, however thin the wall.
constexpr float kStepFractionOfRadius = 0.5f;
constexpr int kMaxSubSteps = 4096;     // bounds the work (and the distance) of an absurd frame
constexpr int kResolveIterations = 4;  // corners and gaps need a few passes

bool finite(glm::vec2 v) { return std::isfinite(v.x) && std::isfinite(v.y); }

// Between the world (x, z) frame and an obstacle's frame; see Obstacle.
glm::vec2 toFrame(glm::vec2 w, float yaw_rad) {
    const float c = std::cos(yaw_rad), s = std::sin(yaw_rad);
    return {w.x * c - w.y * s, w.x * s + w.y * c};
}
glm::vec2 toWorld(glm::vec2 l, float yaw_rad) {
    const float c = std::cos(yaw_rad), s = std::sin(yaw_rad);
    return {l.x * c + l.y * s, -l.x * s + l.y * c};
}

// Pushes the centre out of the obstacle if it overlaps; true when it needed no push.
bool pushOutAligned(glm::vec2& p, float r, const Obstacle& o) {
    const glm::vec2 closest = glm::clamp(p, o.min_m, o.max_m);
    const glm::vec2 away = p - closest;
    const float dist2 = glm::dot(away, away);
    if (dist2 >= r * r) return true;
    if (dist2 > 1e-12f) {
        p = closest + away / std::sqrt(dist2) * r;  // along the surface normal: what remains is sliding
        return false;
    }
    // Centre inside the box (spawned there): leave by the nearest face.
    const float to_face[4] = {p.x - o.min_m.x, o.max_m.x - p.x, p.y - o.min_m.y, o.max_m.y - p.y};
    const int face = static_cast<int>(std::min_element(to_face, to_face + 4) - to_face);
    if (face == 0) p.x = o.min_m.x - r;
    if (face == 1) p.x = o.max_m.x + r;
    if (face == 2) p.y = o.min_m.y - r;
    if (face == 3) p.y = o.max_m.y + r;
    return false;
}

bool pushOut(glm::vec2& p, float r, const Obstacle& o) {
    if (o.yaw_rad == 0.0f) return pushOutAligned(p, r, o);
    glm::vec2 local = toFrame(p, o.yaw_rad);
    if (pushOutAligned(local, r, o)) return true;
    p = toWorld(local, o.yaw_rad);
    return false;
}

}  // namespace

Obstacle obstacle_from_bounds(const Bounds& b) { return {{b.min.x, b.min.z}, {b.max.x, b.max.z}, 0.0f}; }

Obstacle obstacle_from_mesh(const Bounds& mesh_bounds, const glm::mat4& world) {
    const Bounds world_bounds = transform_bounds(mesh_bounds, world);
    // Turned about +Y only when the local Y axis stays vertical (any scale).
    const glm::vec3 y_axis{world[1]};
    const float y_length = glm::length(y_axis);
    if (mesh_bounds.empty() || y_length == 0.0f || glm::length(glm::vec2(y_axis.x, y_axis.z)) > 1e-4f * y_length ||
        std::abs(world[0].y) > 1e-4f * glm::length(glm::vec3(world[0])) ||
        std::abs(world[2].y) > 1e-4f * glm::length(glm::vec3(world[2])))
        return obstacle_from_bounds(world_bounds);
    const float yaw_rad = std::atan2(-world[0].z, world[0].x);  // local X axis is (cos, 0, -sin) * scale
    if (std::abs(yaw_rad) < 1e-6f) return obstacle_from_bounds(world_bounds);
    Obstacle o{glm::vec2(1e30f), glm::vec2(-1e30f), yaw_rad};
    for (int corner = 0; corner < 4; ++corner) {
        const glm::vec3 p{corner & 1 ? mesh_bounds.max.x : mesh_bounds.min.x, 0.0f,
                          corner & 2 ? mesh_bounds.max.z : mesh_bounds.min.z};
        const glm::vec3 w{world * glm::vec4(p, 1.0f)};
        const glm::vec2 l = toFrame({w.x, w.z}, yaw_rad);
        o.min_m = glm::min(o.min_m, l);
        o.max_m = glm::max(o.max_m, l);
    }
    return o;
}

std::vector<Obstacle> collect_obstacles(const Scene& scene, float floor_y_m, float step_height_m,
                                       float body_height_m) {
    const float band_low_m = floor_y_m + step_height_m;
    const float band_high_m = floor_y_m + body_height_m;
    std::vector<Obstacle> out;
    for (NodeId i = 0; i < scene.nodes.size(); ++i) {
        const Node& n = scene.nodes[i];
        if (!n.collidable || n.world_bounds.empty() || n.mesh < 0) continue;
        if (static_cast<std::size_t>(n.mesh) >= scene.mesh_bounds.size() || !effectively_visible(scene, i)) continue;
        if (n.world_bounds.max.y <= band_low_m || n.world_bounds.min.y >= band_high_m) continue;
        out.push_back(obstacle_from_mesh(scene.mesh_bounds[n.mesh], n.world));
    }
    return out;
}

bool circle_blocked(glm::vec2 c, float radius_m, const std::vector<Obstacle>& obstacles) {
    const float r = radius_m - kTolerance_m;
    for (const Obstacle& o : obstacles) {
        const glm::vec2 p = o.yaw_rad == 0.0f ? c : toFrame(c, o.yaw_rad);
        const glm::vec2 d = p - glm::clamp(p, o.min_m, o.max_m);
        if (glm::dot(d, d) < r * r) return true;
    }
    return false;
}

glm::vec2 move_circle(glm::vec2 center_m, glm::vec2 delta_m, float radius_m, const std::vector<Obstacle>& obstacles) {
    if (!finite(center_m) || !finite(delta_m) || !(radius_m > 0.0f))
        return center_m;
    float length_m = glm::length(delta_m);
    if (length_m == 0.0f) return center_m;
    const float max_step_m = radius_m * kStepFractionOfRadius;
    // A frame that asks for more than kMaxSubSteps sub-steps is cut short rather than given longer
    // sub-steps: losing distance after a stall is harmless, tunnelling through a wall is not.
    if (length_m > max_step_m * kMaxSubSteps) {
        delta_m *= max_step_m * kMaxSubSteps / length_m;
        length_m = max_step_m * kMaxSubSteps;
    }
    const int steps = std::max(1, static_cast<int>(std::ceil(length_m / max_step_m)));
    const glm::vec2 step_m = delta_m / static_cast<float>(steps);

    glm::vec2 p = center_m;
    for (int s = 0; s < steps; ++s) {
        const glm::vec2 before = p;
        p += step_m;
        for (int it = 0; it < kResolveIterations; ++it) {
            bool clear = true;
            for (const Obstacle& o : obstacles) clear = pushOut(p, radius_m, o) && clear;
            if (clear) break;
        }
        // Squeezed between obstacles closer than the body is wide: stay where we were clear.
        if (circle_blocked(p, radius_m, obstacles) && !circle_blocked(before, radius_m, obstacles)) p = before;
    }
    return p;
}

}  // namespace perfuse
