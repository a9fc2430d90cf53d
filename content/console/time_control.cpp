#include "time_control.h"

#include <cmath>

namespace perfuse {

void set_speed(TimeControl& tc, double speed) {
    for (double s : kSpeeds) {
        if (s == speed) {
            tc.speed = speed;
            if (speed == 0.0) tc.carry_s = 0.0;  // pausing forgets part-steps, so resuming starts clean
            return;
        }
    }
}

int steps_for(TimeControl& tc, double wall_dt_s) {
    if (tc.speed <= 0.0 || !(wall_dt_s > 0.0) || tc.step_s <= 0.0) return 0;
    tc.carry_s += wall_dt_s * tc.speed;
    // A hair of tolerance so 0.02 s of wall time at 1x is one step despite binary fractions.
    const double n = std::floor(tc.carry_s / tc.step_s + 1e-9);
    int steps = static_cast<int>(n);
    tc.carry_s -= n * tc.step_s;
    if (tc.carry_s < 0.0) tc.carry_s = 0.0;
    if (steps > tc.max_steps_per_frame) steps = tc.max_steps_per_frame;  // the rest is dropped
    return steps;
}

}  // namespace perfuse
