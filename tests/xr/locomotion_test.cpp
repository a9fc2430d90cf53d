// Snap turn and teleport move the rig, never the head in the world; the stick does one thing per push.
#include <glm/gtc/constants.hpp>
#include <gtest/gtest.h>

#include "xr/locomotion.h"

namespace perfuse {
namespace {

glm::vec3 head_in_world(const PlayerRig& rig, const glm::vec3& head_tracking) {
    return glm::vec3(world_from_tracking(rig) * glm::vec4(head_tracking, 1.0f));
}

void expect_near(const glm::vec3& a, const glm::vec3& b, float tolerance = 1e-5f) {
    EXPECT_NEAR(a.x, b.x, tolerance);
    EXPECT_NEAR(a.y, b.y, tolerance);
    EXPECT_NEAR(a.z, b.z, tolerance);
}

TEST(Locomotion, RigYawTurnsLikeTheDesktopCamera) {
    // Positive yaw turns left: forward (-Z) goes to -X.
    const PlayerRig rig{{0.0f, 0.0f, 0.0f}, glm::half_pi<float>()};
    expect_near(glm::vec3(world_from_tracking(rig) * glm::vec4(0.0f, 0.0f, -1.0f, 0.0f)), {-1.0f, 0.0f, 0.0f});
}

TEST(Locomotion, SnapTurnKeepsTheHeadWhereItIs) {
    PlayerRig rig{{3.0f, 0.0f, -2.0f}, 0.4f};
    const glm::vec3 head{0.5f, 1.6f, 0.8f};  // the user stands off the tracking origin
    const glm::vec3 before = head_in_world(rig, head);
    snap_turn(rig, head, glm::radians(-30.0f));
    expect_near(head_in_world(rig, head), before);
    EXPECT_NEAR(rig.yaw_rad, 0.4f - glm::radians(30.0f), 1e-6f);
}

TEST(Locomotion, TeleportPutsTheHeadAboveTheTargetAtTheSameHeight) {
    PlayerRig rig{{1.0f, 0.0f, 1.0f}, 1.2f};
    const glm::vec3 head{0.3f, 1.65f, -0.4f};
    teleport(rig, head, {4.0f, 0.0f, -3.0f});
    expect_near(head_in_world(rig, head), {4.0f, 1.65f, -3.0f});
    EXPECT_NEAR(rig.yaw_rad, 1.2f, 1e-6f) << "teleporting does not turn the user";
}

TEST(Locomotion, OnePushSideWaysIsOneSnapTurn) {
    const ComfortSettings comfort;
    StickState s;
    EXPECT_FLOAT_EQ(read_stick(s, {0.9f, 0.1f}, comfort).turn_rad, -glm::radians(comfort.snap_turn_deg))
        << "stick right turns right (negative yaw)";
    EXPECT_EQ(read_stick(s, {1.0f, 0.0f}, comfort).turn_rad, 0.0f) << "held: no second turn";
    EXPECT_EQ(read_stick(s, {0.5f, 0.0f}, comfort).turn_rad, 0.0f) << "between thresholds: still held";
    EXPECT_EQ(read_stick(s, {0.1f, 0.0f}, comfort).turn_rad, 0.0f);
    EXPECT_FLOAT_EQ(read_stick(s, {-0.8f, 0.0f}, comfort).turn_rad, glm::radians(comfort.snap_turn_deg));
}

TEST(Locomotion, SmallDeflectionsDoNothing) {
    const ComfortSettings comfort;
    StickState s;
    for (glm::vec2 stick : {glm::vec2(0.6f, 0.0f), glm::vec2(0.0f, 0.6f), glm::vec2(-0.5f, -0.5f)}) {
        const StickIntent i = read_stick(s, stick, comfort);
        EXPECT_EQ(i.turn_rad, 0.0f);
        EXPECT_FALSE(i.aiming);
        EXPECT_FALSE(i.commit);
    }
}

TEST(Locomotion, ForwardAimsAndLettingGoTeleports) {
    const ComfortSettings comfort;
    StickState s;
    EXPECT_TRUE(read_stick(s, {0.0f, 0.9f}, comfort).aiming);
    EXPECT_TRUE(read_stick(s, {0.6f, 0.5f}, comfort).aiming) << "steering the aim sideways does not turn";
    const StickIntent released = read_stick(s, {0.0f, 0.1f}, comfort);
    EXPECT_TRUE(released.commit);
    EXPECT_FALSE(released.aiming);
    EXPECT_FALSE(read_stick(s, {0.0f, 0.0f}, comfort).commit) << "one teleport per push";
}

TEST(Locomotion, PullingBackCancelsTheAim) {
    const ComfortSettings comfort;
    StickState s;
    read_stick(s, {0.0f, 0.9f}, comfort);
    const StickIntent cancelled = read_stick(s, {0.0f, -0.6f}, comfort);
    EXPECT_FALSE(cancelled.aiming);
    EXPECT_FALSE(cancelled.commit);
    EXPECT_FALSE(read_stick(s, {0.0f, 0.0f}, comfort).commit);
}

}  // namespace
}  // namespace perfuse
