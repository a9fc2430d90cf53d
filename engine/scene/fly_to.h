#pragma once
// Smooth camera moves ("fly to" a selected machine, back to walking): an eased transition between two
// poses, advanced in fixed ticks so the path is identical at any frame rate.
#include "scene/camera.h"

namespace perfuse {

// Ends exactly on `to`. Yaw turns the short way round; easing is smootherstep (zero speed and
// acceleration at both ends, so neither start nor stop jolts).
struct FlyTo {
    CameraPose from;
    CameraPose to;
    float duration_s = 1.0f;
    long long ticks_done = 0;
    double leftover_s = 0.0;  // frame time not yet consumed by whole ticks
};
inline constexpr float kFlyTickS = 1.0f / 240.0f;

FlyTo start_fly_to(const CameraPose& from, const CameraPose& to, float duration_s);
CameraPose advance_fly_to(FlyTo& fly, float dt_s);  // returns the pose after this frame
bool fly_to_done(const FlyTo& fly);

}  // namespace perfuse
