#pragma once
// Comfort settings for VR. The defaults are the gentle ones: teleport instead of gliding, turns in
// snaps instead of smooth rotation, seated play, and nothing ever moves the viewer's head for them.
#include <string>

#include "xr/reference_space.h"

namespace perfuse {

struct ComfortSettings {
    PlayArea play_area = PlayArea::seated;
    float snap_turn_deg = 30.0f;            // common default in comfort guidelines; 15..90 allowed
    bool snap_turn = true;                  // false: smooth turning while the stick is held sideways
    float smooth_turn_deg_s = 90.0f;        // smooth turning at full stick; 30..180 allowed
    bool vignette = true;                   // darken the edges of the view while turning or teleporting
    bool reduced_motion = false;            // no smooth turning, and the vignette cuts instead of fading
    float stick_engage = 0.7f;              // stick deflection that triggers a turn or starts aiming
    float stick_release = 0.3f;             // ... and below which it re-arms: one push, one action
    float teleport_max_distance_m = 5.0f;   // a few strides: keeps targets within what the eye can judge
    float eye_height_m = 1.7f;              // seated/LOCAL play: standing adult eye level, like the desktop
};

// Empty when the settings are usable, else one line naming the first bad value.
std::string comfort_problem(const ComfortSettings& settings);

}  // namespace perfuse
