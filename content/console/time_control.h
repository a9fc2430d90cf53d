#pragma once
// Time control: pause, 1x, 2x, 10x. Turns elapsed wall time into a whole number of the model's fixed
// steps; the remainder is carried to the next frame, so the simulated time is exact and deterministic
// for a given sequence of frame times. A long stall is capped so the app does not freeze catching up.
namespace perfuse {

struct TimeControl {
    double step_s = 0.02;        // the flow model's fixed step (phys::kDefaultStepS)
    double speed = 1.0;          // 0 (paused), 1, 2 or 10
    double carry_s = 0.0;        // simulated time owed but not yet stepped
    int max_steps_per_frame = 2000;  // 10x at 4 fps; beyond this, time is dropped
};

inline constexpr double kSpeeds[] = {0.0, 1.0, 2.0, 10.0};

void set_speed(TimeControl& tc, double speed);  // one of kSpeeds; anything else is ignored
// Steps to run for `wall_dt_s` of real time at the current speed.
int steps_for(TimeControl& tc, double wall_dt_s);

}  // namespace perfuse
