#include "xr/vignette.h"

#include <algorithm>
#include <cmath>

namespace perfuse {

namespace {
float jump_part(float since_s, const VignetteCurve& curve, bool reduced_motion) {
    if (since_s <= curve.hold_s) return 1.0f;
    // Reduced motion: no fade, the same time on screen as the fade's first half.
    if (reduced_motion) return since_s <= curve.hold_s + 0.5f * curve.fade_s ? 1.0f : 0.0f;
    const float t = std::clamp((since_s - curve.hold_s) / curve.fade_s, 0.0f, 1.0f);
    return 1.0f - t * t * (3.0f - 2.0f * t);  // smoothstep: no sudden edge at either end
}

float ease_towards(float value, float target, const VignetteCurve& curve, float dt_s) {
    if (target > value) return std::min(target, value + curve.rise_per_s * dt_s);
    return std::max(target, value - curve.fall_per_s * dt_s);
}
}  // namespace

float update_vignette(VignetteState& state, const VignetteCurve& curve, const ComfortSettings& comfort, bool jumped,
                      float turn_rad_s, float dt_s) {
    dt_s = std::isfinite(dt_s) ? std::max(dt_s, 0.0f) : 0.0f;
    if (!comfort.vignette) {
        state = {};
        return 0.0f;
    }
    state.since_jump_s = jumped ? 0.0f : std::min(state.since_jump_s + dt_s, 1e9f);
    const float speed = std::isfinite(turn_rad_s) ? std::abs(turn_rad_s) : 0.0f;
    const float target = curve.motion_peak * std::min(speed / curve.full_turn_rad_s, 1.0f);
    state.motion = comfort.reduced_motion ? target : ease_towards(state.motion, target, curve, dt_s);
    state.strength = std::max(jump_part(state.since_jump_s, curve, comfort.reduced_motion), state.motion);
    return state.strength;
}

}  // namespace perfuse
