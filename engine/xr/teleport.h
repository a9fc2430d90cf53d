#pragma once
// Where a teleport would land: a parabolic arc from the controller (like a thrown ball, so short and
// long hops are both easy to aim) down to the floor, and the rules that make a landing spot valid:
// on the floor, within reach, not inside furniture or walls, not through them, and inside the room.
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "scene/collision.h"

namespace perfuse {

struct TeleportRules {
    float floor_y_m = 0.0f;
    float max_distance_m = 5.0f;       // from the feet, along the floor
    float body_radius_m = 0.25f;       // the landing circle must be clear (same body as the desktop walker)
    float body_height_m = 1.8f;        // the arc may pass over obstacles only above this
    float launch_speed_m_s = 7.0f;     // at 45 degrees up this reaches about 5 m
    float gravity_m_s2 = 9.81f;
    float step_s = 0.02f;              // arc sample spacing: 14 cm at launch speed
    int max_steps = 200;               // 4 s of flight: anything longer never comes down in a room
    Bounds walkable_m;                 // floor area (x, z used); empty: no limit
};

enum class TeleportVerdict { valid, no_floor, too_far, blocked, outside_room };
const char* teleport_verdict_name(TeleportVerdict verdict);

struct TeleportTarget {
    TeleportVerdict verdict = TeleportVerdict::no_floor;
    glm::vec3 floor_point_m{0.0f};   // where the arc meets the floor (meaningful unless no_floor)
    std::vector<glm::vec3> arc_m;    // the points drawn, from the controller to the end of the arc
};

TeleportTarget aim_teleport(const glm::vec3& origin_m, const glm::vec3& direction, const glm::vec3& feet_m,
                            const TeleportRules& rules, const std::vector<Obstacle>& obstacles);

}  // namespace perfuse
