// Teleport targets: the arc lands on the floor, and only reachable, clear spots inside the room count.
#include <gtest/gtest.h>

#include "xr/teleport.h"

namespace perfuse {
namespace {

const glm::vec3 kHand{0.0f, 1.2f, 0.0f};
const glm::vec3 kFeet{0.0f, 0.0f, 0.0f};
const glm::vec3 kForwardDown{0.0f, -0.3f, -1.0f};  // lands about 2.3 m ahead

TEST(Teleport, AimingAtTheFloorAheadIsValidAndLandsOnIt) {
    const TeleportTarget t = aim_teleport(kHand, kForwardDown, kFeet, TeleportRules{}, {});
    EXPECT_EQ(t.verdict, TeleportVerdict::valid) << teleport_verdict_name(t.verdict);
    EXPECT_FLOAT_EQ(t.floor_point_m.y, 0.0f);
    EXPECT_NEAR(t.floor_point_m.x, 0.0f, 1e-5f);
    EXPECT_LT(t.floor_point_m.z, -1.5f);
    EXPECT_GT(t.floor_point_m.z, -3.0f);
    ASSERT_GE(t.arc_m.size(), 3u);
    EXPECT_EQ(t.arc_m.front(), kHand);
    EXPECT_EQ(t.arc_m.back(), t.floor_point_m);
    for (size_t i = 1; i < t.arc_m.size(); ++i) EXPECT_LT(t.arc_m[i].z, t.arc_m[i - 1].z) << "the arc only goes forward";
}

TEST(Teleport, ALobBeyondTheMaximumDistanceIsTooFar) {
    const TeleportTarget t = aim_teleport(kHand, {0.0f, 1.0f, -1.0f}, kFeet, TeleportRules{}, {});
    EXPECT_EQ(t.verdict, TeleportVerdict::too_far) << teleport_verdict_name(t.verdict);
    EXPECT_GT(glm::length(glm::vec2(t.floor_point_m.x, t.floor_point_m.z)), 5.0f);
    TeleportRules longer;
    longer.max_distance_m = 8.0f;
    EXPECT_EQ(aim_teleport(kHand, {0.0f, 1.0f, -1.0f}, kFeet, longer, {}).verdict, TeleportVerdict::valid);
}

TEST(Teleport, AnArcThatNeverComesDownFindsNoFloor) {
    TeleportRules short_flight;
    short_flight.max_steps = 10;  // 0.2 s: still rising
    EXPECT_EQ(aim_teleport(kHand, {0.0f, 1.0f, -1.0f}, kFeet, short_flight, {}).verdict, TeleportVerdict::no_floor);
    EXPECT_EQ(aim_teleport(kHand, glm::vec3(0.0f), kFeet, TeleportRules{}, {}).verdict, TeleportVerdict::no_floor);
}

TEST(Teleport, TheArcCannotPassThroughAWall) {
    const std::vector<Obstacle> wall = {{{-5.0f, -1.05f}, {5.0f, -0.95f}}};
    const TeleportTarget t = aim_teleport(kHand, kForwardDown, kFeet, TeleportRules{}, wall);
    EXPECT_EQ(t.verdict, TeleportVerdict::blocked);
    EXPECT_GT(t.arc_m.back().z, -1.1f) << "the arc stops at the wall";
}

TEST(Teleport, TheBodyMustFitWhereItLands) {
    // A trolley beside the landing spot: the arc misses it, the body would not.
    const TeleportTarget clear = aim_teleport(kHand, kForwardDown, kFeet, TeleportRules{}, {});
    const float z = clear.floor_point_m.z;
    const std::vector<Obstacle> trolley = {{{0.1f, z - 0.5f}, {0.8f, z + 0.5f}}};
    EXPECT_EQ(aim_teleport(kHand, kForwardDown, kFeet, TeleportRules{}, trolley).verdict, TeleportVerdict::blocked);
    const std::vector<Obstacle> further = {{{0.4f, z - 0.5f}, {0.8f, z + 0.5f}}};
    EXPECT_EQ(aim_teleport(kHand, kForwardDown, kFeet, TeleportRules{}, further).verdict, TeleportVerdict::valid);
}

TEST(Teleport, LandingOutsideTheRoomIsRefused) {
    TeleportRules rules;
    rules.walkable_m.add(glm::vec3(-1.0f, 0.0f, -2.0f));
    rules.walkable_m.add(glm::vec3(1.0f, 3.0f, 2.0f));
    EXPECT_EQ(aim_teleport(kHand, kForwardDown, kFeet, rules, {}).verdict, TeleportVerdict::outside_room);
    rules.walkable_m.add(glm::vec3(1.0f, 3.0f, -4.0f));
    EXPECT_EQ(aim_teleport(kHand, kForwardDown, kFeet, rules, {}).verdict, TeleportVerdict::valid);
}

TEST(Teleport, DistanceIsMeasuredFromTheFeetAlongTheFloor) {
    TeleportRules rules;
    rules.max_distance_m = 1.0f;
    EXPECT_EQ(aim_teleport(kHand, kForwardDown, kFeet, rules, {}).verdict, TeleportVerdict::too_far);
    // Standing 1.8 m further forward, the same landing spot is within reach.
    EXPECT_EQ(aim_teleport(kHand, kForwardDown, {0.0f, 0.0f, -1.8f}, rules, {}).verdict, TeleportVerdict::valid);
}

}  // namespace
}  // namespace perfuse
