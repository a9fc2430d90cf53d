#include "xr/teleport.h"

#include <algorithm>

namespace perfuse {

namespace {
constexpr float kArcProbeRadiusM = 0.01f;  // the arc is a thin line; a centimetre stops grazes counting
}

const char* teleport_verdict_name(TeleportVerdict verdict) {
    switch (verdict) {
        case TeleportVerdict::valid: return "valid";
        case TeleportVerdict::no_floor: return "no floor";
        case TeleportVerdict::too_far: return "too far";
        case TeleportVerdict::blocked: return "blocked";
        case TeleportVerdict::outside_room: return "outside the room";
    }
    return "unknown";
}

TeleportTarget aim_teleport(const glm::vec3& origin_m, const glm::vec3& direction, const glm::vec3& feet_m,
                            const TeleportRules& rules, const std::vector<Obstacle>& obstacles) {
    TeleportTarget target;
    const float length = glm::length(direction);
    if (!(length > 0.0f)) return target;
    const glm::vec3 velocity = direction / length * rules.launch_speed_m_s;
    const glm::vec3 gravity{0.0f, -rules.gravity_m_s2, 0.0f};
    glm::vec3 previous = origin_m;
    target.arc_m.push_back(previous);
    for (int step = 1; step <= rules.max_steps; ++step) {
        const float t = rules.step_s * float(step);
        glm::vec3 point = origin_m + velocity * t + 0.5f * gravity * t * t;
        const bool landed = point.y <= rules.floor_y_m;
        if (landed) {
            // Cut the last segment where it crosses the floor.
            const float f = (previous.y - rules.floor_y_m) / (previous.y - point.y);
            point = previous + (point - previous) * f;
        }
        target.arc_m.push_back(point);
        // Samples are ~14 cm apart, more than a wall is thick: sweep each segment that is low enough
        // to hit something through the walker's collision, which sub-steps and never tunnels.
        const bool below_head = std::min(point.y, previous.y) < rules.floor_y_m + rules.body_height_m;
        if (below_head) {
            const glm::vec2 from{previous.x, previous.z}, delta{point.x - previous.x, point.z - previous.z};
            const glm::vec2 reached = move_circle(from, delta, kArcProbeRadiusM, obstacles);
            if (glm::length(from + delta - reached) > 1e-4f) {
                target.verdict = TeleportVerdict::blocked;  // through a wall or into furniture
                target.arc_m.back() = {reached.x, point.y, reached.y};
                target.floor_point_m = {reached.x, rules.floor_y_m, reached.y};
                return target;
            }
        }
        if (landed) {
            target.floor_point_m = point;
            const glm::vec2 along_floor{point.x - feet_m.x, point.z - feet_m.z};
            const Bounds& room = rules.walkable_m;
            if (!room.empty() && (point.x < room.min.x || point.x > room.max.x || point.z < room.min.z ||
                                  point.z > room.max.z))
                target.verdict = TeleportVerdict::outside_room;
            else if (glm::length(along_floor) > rules.max_distance_m)
                target.verdict = TeleportVerdict::too_far;
            else if (circle_blocked({point.x, point.z}, rules.body_radius_m, obstacles))
                target.verdict = TeleportVerdict::blocked;
            else
                target.verdict = TeleportVerdict::valid;
            return target;
        }
        previous = point;
    }
    return target;  // never came down: pointing at the sky
}

}  // namespace perfuse
