#include "scene/fly_to.h"

#include <algorithm>
#include <cmath>

namespace perfuse {
namespace {

float smootherstep(float t) { return t * t * t * (t * (t * 6.0f - 15.0f) + 10.0f); }

long long totalTicks(const FlyTo& fly) {
    return std::max(1LL, std::llround(std::max(0.0f, fly.duration_s) / kFlyTickS));
}

}  // namespace

FlyTo start_fly_to(const CameraPose& from, const CameraPose& to, float duration_s) {
    return FlyTo{.from = from, .to = to, .duration_s = duration_s};
}

bool fly_to_done(const FlyTo& fly) { return fly.ticks_done >= totalTicks(fly); }

CameraPose advance_fly_to(FlyTo& fly, float dt_s) {
    const long long total = totalTicks(fly);
    if (dt_s > 0.0f && std::isfinite(dt_s)) {
        // Capped so a huge dt cannot overflow the tick count; past the end nothing changes anyway.
        fly.leftover_s = std::min(fly.leftover_s + dt_s, static_cast<double>(total + 1) * kFlyTickS);
        // A tick that is due within 0.1% is taken now: frame times that add up to a whole number of
        // ticks must give that number, however the float rounding of the sum fell.
        const auto ticks = static_cast<long long>(fly.leftover_s / kFlyTickS + 1e-3);
        fly.leftover_s -= static_cast<double>(ticks) * kFlyTickS;
        fly.ticks_done = std::min(total, fly.ticks_done + ticks);
    }
    if (fly.ticks_done >= total) return fly.to;  // exactly, not "close enough"
    const float t = smootherstep(static_cast<float>(fly.ticks_done) / static_cast<float>(total));
    CameraPose pose;
    pose.eye_m = glm::mix(fly.from.eye_m, fly.to.eye_m, t);
    pose.yaw_rad = wrap_angle_rad(fly.from.yaw_rad + wrap_angle_rad(fly.to.yaw_rad - fly.from.yaw_rad) * t);  // short way round
    pose.pitch_rad = fly.from.pitch_rad + (fly.to.pitch_rad - fly.from.pitch_rad) * t;
    return pose;
}

}  // namespace perfuse
