#include "xr/locomotion.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace perfuse {

glm::mat4 world_from_tracking(const PlayerRig& rig) {
    return glm::rotate(glm::translate(glm::mat4(1.0f), rig.origin_m), rig.yaw_rad, glm::vec3(0.0f, 1.0f, 0.0f));
}

void snap_turn(PlayerRig& rig, const glm::vec3& head_tracking_m, float turn_rad) {
    const glm::vec3 head_before = glm::vec3(world_from_tracking(rig) * glm::vec4(head_tracking_m, 1.0f));
    rig.yaw_rad += turn_rad;
    const glm::vec3 head_after = glm::vec3(world_from_tracking(rig) * glm::vec4(head_tracking_m, 1.0f));
    rig.origin_m += head_before - head_after;
}

void teleport(PlayerRig& rig, const glm::vec3& head_tracking_m, const glm::vec3& target_floor_m) {
    const glm::vec3 head = glm::vec3(world_from_tracking(rig) * glm::vec4(head_tracking_m, 1.0f));
    // Horizontal move only: the floor under the target is the floor under the user.
    rig.origin_m += glm::vec3(target_floor_m.x - head.x, 0.0f, target_floor_m.z - head.z);
}

bool turns_smoothly(const ComfortSettings& comfort) { return !comfort.snap_turn && !comfort.reduced_motion; }

StickIntent read_stick(StickState& state, const glm::vec2& stick, const ComfortSettings& comfort) {
    StickIntent intent;
    const float length = glm::length(stick);
    const bool sideways = std::abs(stick.x) > std::abs(stick.y);
    if (turns_smoothly(comfort) && !state.aiming && sideways && std::abs(stick.x) > comfort.stick_release) {
        // From zero at the dead zone's edge to full speed at full deflection; stick right turns right.
        const float beyond = (std::abs(stick.x) - comfort.stick_release) / (1.0f - comfort.stick_release);
        intent.turn_rate = -std::copysign(std::min(beyond, 1.0f), stick.x);
        return intent;
    }
    if (!state.turn_armed && std::abs(stick.x) < comfort.stick_release) state.turn_armed = true;
    if (state.aiming) {
        if (length < comfort.stick_release) {
            state.aiming = false;
            intent.commit = true;
        } else if (stick.y < -comfort.stick_release) {
            state.aiming = false;  // pulled back: cancel without moving
        }
    } else if (state.turn_armed && sideways && std::abs(stick.x) > comfort.stick_engage) {
        // Stick right turns right, which is negative yaw in the world's convention.
        intent.turn_rad = -std::copysign(glm::radians(comfort.snap_turn_deg), stick.x);
        state.turn_armed = false;
    } else if (!sideways && stick.y > comfort.stick_engage) {
        state.aiming = true;
    }
    intent.aiming = state.aiming;
    return intent;
}

}  // namespace perfuse
