#pragma once
// Moving through the room without moving the body: the tracking space (the user's real room) is
// placed in the virtual world by a rig, and the thumbstick moves the rig. Forward aims a teleport
// that happens when the stick is let go; sideways turns by a fixed snap. Both keep the user's head
// where it is relative to what they see turning, so nothing slides.
#include <glm/glm.hpp>

#include "xr/comfort.h"

namespace perfuse {

struct PlayerRig {
    glm::vec3 origin_m{0.0f};  // where the tracking space's origin sits in the world
    float yaw_rad = 0.0f;      // its turn about +Y (same sense as CameraPose::yaw_rad: + turns left)
};

glm::mat4 world_from_tracking(const PlayerRig& rig);

// Turns the world round the head: HEAD_TRACKING_M (in tracking space) keeps its world position.
void snap_turn(PlayerRig& rig, const glm::vec3& head_tracking_m, float turn_rad);
// Moves the rig so the head stands above TARGET_FLOOR_M, keeping its height above the floor.
void teleport(PlayerRig& rig, const glm::vec3& head_tracking_m, const glm::vec3& target_floor_m);

// The stick's intent this frame, with hysteresis so a held stick does one thing once.
struct StickIntent {
    float turn_rad = 0.0f;   // non-zero on the frame a snap turn happens
    float turn_rate = 0.0f;  // smooth turning: -1..1 of full speed (+ turns left) while the stick is held
    bool aiming = false;     // showing the teleport arc
    bool commit = false;     // the stick was let go while aiming: teleport now (if the target is valid)
};

struct StickState {
    bool turn_armed = true;
    bool aiming = false;
};

// Smooth turning (comfort.snap_turn false, and not reduced motion) reports a turn rate instead of
// snaps; aiming and teleporting work the same either way.
StickIntent read_stick(StickState& state, const glm::vec2& stick, const ComfortSettings& comfort);
// Whether COMFORT turns smoothly (reduced motion always snaps: it never glides the view).
bool turns_smoothly(const ComfortSettings& comfort);

}  // namespace perfuse
