#include "scene/fly_to.h"

#include <cmath>

#include <gtest/gtest.h>

namespace perfuse {
namespace {

TEST(FlyTo, EndsExactlyOnTargetAtAnyFrameRate) {
    const CameraPose from{{0, 1.7f, 0}, 0.0f, 0.0f};
    const CameraPose to{{3, 1.2f, -4}, 1.0f, -0.3f};
    for (float dt_s : {1.0f / 30.0f, 1.0f / 60.0f, 1.0f / 144.0f, 0.3f}) {
        FlyTo fly = start_fly_to(from, to, 1.5f);
        CameraPose pose = from;
        int frames = 0;
        while (!fly_to_done(fly) && frames < 10000) pose = advance_fly_to(fly, dt_s), ++frames;
        EXPECT_TRUE(fly_to_done(fly)) << "dt " << dt_s;
        EXPECT_EQ(pose.eye_m, to.eye_m) << "dt " << dt_s;
        EXPECT_EQ(pose.yaw_rad, to.yaw_rad);
        EXPECT_EQ(pose.pitch_rad, to.pitch_rad);
        EXPECT_LE(frames * dt_s, 1.5f + dt_s + 1e-4f) << "finishes on time";
    }
}

TEST(FlyTo, IsDeterministicAndEased) {
    const CameraPose from{{0, 0, 0}, 0.0f, 0.0f};
    const CameraPose to{{10, 0, 0}, 0.0f, 0.0f};
    // Same elapsed ticks, reached through different frame patterns: identical pose, bit for bit.
    FlyTo a = start_fly_to(from, to, 2.0f), b = a;
    CameraPose pa, pb;
    for (int i = 0; i < 60; ++i) pa = advance_fly_to(a, 1.0f / 60.0f);
    for (int i = 0; i < 24; ++i) pb = advance_fly_to(b, (i % 2 ? 3.0f : 2.0f) / 60.0f);
    EXPECT_EQ(a.ticks_done, b.ticks_done);
    EXPECT_EQ(pa.eye_m, pb.eye_m);
    EXPECT_NEAR(pa.eye_m.x, 5.0f, 0.05f) << "halfway in time is halfway in space (symmetric easing)";

    FlyTo c = start_fly_to(from, to, 2.0f);
    const CameraPose early = advance_fly_to(c, 0.2f);
    EXPECT_LT(early.eye_m.x, 10.0f * 0.1f * 0.5f) << "eases in: slower than linear at the start";
    EXPECT_GT(early.eye_m.x, 0.0f);
}

TEST(FlyTo, TurnsTheShortWayRound) {
    const CameraPose from{{0, 0, 0}, 3.0f, 0.0f};
    const CameraPose to{{0, 0, 0}, -3.0f, 0.0f};
    FlyTo fly = start_fly_to(from, to, 1.0f);
    const CameraPose mid = advance_fly_to(fly, 0.5f);
    EXPECT_GT(std::abs(mid.yaw_rad), 3.0f) << "through pi (0.28 rad of turn), not through 0 (6 rad)";
}

TEST(FlyTo, WithZeroDurationJumps) {
    FlyTo fly = start_fly_to({{0, 0, 0}, 0, 0}, {{1, 2, 3}, 0.5f, 0.1f}, 0.0f);
    EXPECT_EQ(advance_fly_to(fly, 1.0f / 60.0f).eye_m, glm::vec3(1, 2, 3));
}

}  // namespace
}  // namespace perfuse
