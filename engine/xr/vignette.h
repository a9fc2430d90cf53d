#pragma once
// The comfort vignette: while the view turns or jumps without the body moving, darkening the edges
// of the view narrows what the eye sees moving and eases motion sickness. Its strength, 0 (none) to
// 1 (strongest), is kept here frame by frame; the app draws it.
//   - A snap turn or teleport (a jump): full strength at once, held briefly, then fading out.
//   - Smooth turning: strength follows the turning speed, rising quickly and easing off.
//   - Reduced motion: nothing fades or eases: the vignette is on for a moment, then off.
//   - Vignette off: always 0.
#include "xr/comfort.h"

namespace perfuse {

struct VignetteCurve {
    float hold_s = 0.1f;             // full strength after a jump
    float fade_s = 0.3f;             // then down to nothing (a turn of the head is about this long)
    float full_turn_rad_s = 1.57f;   // smooth turning this fast (90 degrees a second) gives motion_peak
    float motion_peak = 0.8f;        // smooth motion never closes the view as far as a jump does
    float rise_per_s = 8.0f;         // strength gained per second while smooth turning speeds up
    float fall_per_s = 3.0f;         // and lost per second once it slows
};

struct VignetteState {
    float since_jump_s = 1e9f;  // seconds since the last snap turn or teleport
    float motion = 0.0f;        // the smooth-motion part
    float strength = 0.0f;      // what is drawn this frame
};

// Advances by DT_S: JUMPED when a snap turn or teleport happened this frame, TURN_RAD_S the smooth
// turning speed. Returns the new strength.
float update_vignette(VignetteState& state, const VignetteCurve& curve, const ComfortSettings& comfort, bool jumped,
                      float turn_rad_s, float dt_s);

}  // namespace perfuse
