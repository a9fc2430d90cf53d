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

// Pushes the centre out of every obstacle it overlaps; true when it needed no push.
bool pushOut(glm::vec2& p, float r, const Obstacle& o) {
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

}  // namespace

Obstacle obstacleFromBounds(const Bounds& b) { return {{b.min.x, b.min.z}, {b.max.x, b.max.z}}; }

std::vector<Obstacle> collectObstacles(const Scene& scene, float floor_y_m, float step_height_m,
                                       float body_height_m) {
    const float band_low_m = floor_y_m + step_height_m;
    const float band_high_m = floor_y_m + body_height_m;
    std::vector<Obstacle> out;
    for (NodeId i = 0; i < scene.nodes.size(); ++i) {
        const Node& n = scene.nodes[i];
        if (!n.collidable || n.world_bounds.empty() || !effectivelyVisible(scene, i)) continue;
        if (n.world_bounds.max.y <= band_low_m || n.world_bounds.min.y >= band_high_m) continue;
        out.push_back(obstacleFromBounds(n.world_bounds));
    }
    return out;
}

bool circleBlocked(glm::vec2 c, float radius_m, const std::vector<Obstacle>& obstacles) {
    const float r = radius_m - kTolerance_m;
    for (const Obstacle& o : obstacles) {
        const glm::vec2 d = c - glm::clamp(c, o.min_m, o.max_m);
        if (glm::dot(d, d) < r * r) return true;
    }
    return false;
}

glm::vec2 moveCircle(glm::vec2 center_m, glm::vec2 delta_m, float radius_m, const std::vector<Obstacle>& obstacles) {
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
        if (circleBlocked(p, radius_m, obstacles) && !circleBlocked(before, radius_m, obstacles)) p = before;
    }
    return p;
}

}  // namespace perfuse
