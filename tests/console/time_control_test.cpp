// Time control: wall time -> whole fixed steps, per speed, deterministic, no drift.
#include <gtest/gtest.h>

#include <cmath>
#include <vector>

#include "time_control.h"

namespace perfuse {
namespace {

TEST(TimeControl, SpeedsGiveTheRightNumberOfSteps) {
    for (double speed : {1.0, 2.0, 10.0}) {
        TimeControl tc;
        set_speed(tc, speed);
        long total = 0;
        for (int frame = 0; frame < 600; ++frame) total += steps_for(tc, 1.0 / 60.0);  // 10 s at 60 fps
        EXPECT_EQ(total, static_cast<long>(std::lround(10.0 * speed / tc.step_s))) << speed;
    }
}

TEST(TimeControl, PauseStepsNothingAndForgetsPartSteps) {
    TimeControl tc;
    EXPECT_EQ(steps_for(tc, 0.01), 0);  // half a step owed
    set_speed(tc, 0.0);
    EXPECT_EQ(steps_for(tc, 5.0), 0);
    EXPECT_EQ(tc.carry_s, 0.0);
    set_speed(tc, 1.0);
    EXPECT_EQ(steps_for(tc, 0.01), 0);
    EXPECT_EQ(steps_for(tc, 0.01), 1);
}

TEST(TimeControl, IgnoresSpeedsItDoesNotOffer) {
    TimeControl tc;
    set_speed(tc, 3.0);
    EXPECT_EQ(tc.speed, 1.0);
}

TEST(TimeControl, SameFrameTimesGiveTheSameSteps) {
    const double frames[] = {0.016, 0.017, 0.033, 0.005, 0.1, 0.016};
    auto run = [&] {
        TimeControl tc;
        set_speed(tc, 2.0);
        std::vector<int> out;
        for (double f : frames) out.push_back(steps_for(tc, f));
        return out;
    };
    EXPECT_EQ(run(), run());
}

TEST(TimeControl, ALongStallIsCapped) {
    TimeControl tc;
    set_speed(tc, 10.0);
    EXPECT_EQ(steps_for(tc, 60.0), tc.max_steps_per_frame);
    EXPECT_LT(tc.carry_s, tc.step_s);  // the rest is dropped, not owed
}

}  // namespace
}  // namespace perfuse
