// Controllers in the room without a runtime (the simulated headset has none): synthetic input
// through update_controls teleports, snap-turns and draws the pointer as a user would see it.
#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "app/placeholder_room.h"
#include "app/vr_controls.h"
#include "app/vr_pointer.h"
#include "xr/xr_math.h"

namespace perfuse {
namespace {

constexpr float kDt = 1.0f / 90.0f;  // one frame at a headset's 90 Hz

glm::vec3 world_point(const VrControls& c, const glm::vec3& tracking) {
    return glm::vec3(world_from_tracking(c.rig) * glm::vec4(tracking, 1.0f));
}

// The right hand in front of the chest, turned YAW_DEG from the rig's forward and tipped down.
ControllerInput right_hand(float yaw_deg, float pitch_deg, glm::vec2 stick) {
    ControllerInput input;
    HandInput& hand = input.hands[1];
    hand.active = true;
    const glm::quat q = glm::angleAxis(glm::radians(yaw_deg), glm::vec3(0, 1, 0)) *
                        glm::angleAxis(glm::radians(pitch_deg), glm::vec3(1, 0, 0));
    hand.aim = {.orientation = to_xr(q), .position = {0.2f, -0.4f, -0.3f}};
    hand.grip = hand.aim;
    hand.move = stick;
    return input;
}

struct VrControlsTest : ::testing::Test {
    Room room = build_placeholder_room();
    ComfortSettings comfort;
    VrControls controls = start_controls(room, comfort, XR_REFERENCE_SPACE_TYPE_LOCAL);
    Selection selection;
    const glm::vec3 head{0.0f, 0.0f, 0.0f};  // LOCAL space: the head starts at the origin
};

TEST_F(VrControlsTest, StartsWhereTheDesktopWalkerStands) {
    const CameraPose start = start_pose(room);
    const glm::vec3 eye = world_point(controls, head);
    EXPECT_NEAR(glm::distance(eye, start.eye_m), 0.0f, 1e-5f);
    EXPECT_FLOAT_EQ(controls.rig.yaw_rad, start.yaw_rad);
    EXPECT_NEAR(controls.floor_y_m, 0.0f, 1e-5f);
}

TEST_F(VrControlsTest, PushAimLetGoTeleportsToTheShownSpot) {
    const float undo_start_yaw = -glm::degrees(controls.rig.yaw_rad);  // point along world -Z
    update_controls(controls, right_hand(undo_start_yaw, -25.0f, {0.0f, 0.9f}), head, room, selection, kDt);
    ASSERT_TRUE(controls.aims[1].has_value());
    ASSERT_EQ(controls.aims[1]->verdict, TeleportVerdict::valid) << teleport_verdict_name(controls.aims[1]->verdict);
    const glm::vec3 landing = controls.aims[1]->floor_point_m;
    EXPECT_LT(landing.z, start_pose(room).eye_m.z - 1.0f) << "lands ahead, towards -Z";
    update_controls(controls, right_hand(undo_start_yaw, -25.0f, {0.0f, 0.0f}), head, room, selection, kDt);
    EXPECT_EQ(controls.teleports, 1);
    EXPECT_FALSE(controls.aims[1].has_value());
    const glm::vec3 eye = world_point(controls, head);
    EXPECT_NEAR(eye.x, landing.x, 1e-4f);
    EXPECT_NEAR(eye.z, landing.z, 1e-4f);
    EXPECT_NEAR(eye.y, 1.7f, 1e-4f) << "eye height is kept";
}

TEST(VrControls, AimingThroughAWallDoesNotMove) {
    // An empty room with a wall 1.5 m ahead of the start.
    Room room;
    room.start_view = {.eye_m = {0.0f, 1.7f, 0.0f}, .yaw_rad = 0.0f};
    room.obstacles = {{{-2.0f, -1.55f}, {2.0f, -1.45f}}};
    VrControls controls = start_controls(room, ComfortSettings{}, XR_REFERENCE_SPACE_TYPE_LOCAL);
    Selection selection;
    const glm::vec3 head{0.0f};
    update_controls(controls, right_hand(0.0f, -25.0f, {0.0f, 0.9f}), head, room, selection, kDt);
    ASSERT_TRUE(controls.aims[1].has_value());
    EXPECT_EQ(controls.aims[1]->verdict, TeleportVerdict::blocked) << teleport_verdict_name(controls.aims[1]->verdict);
    const VrPointerMeshes meshes;
    EXPECT_GT(pointer_draws(meshes, controls).back().material.emissive.r, 0.5f) << "blocked: red";
    update_controls(controls, right_hand(0.0f, -25.0f, {0.0f, 0.0f}), head, room, selection, kDt);
    EXPECT_EQ(controls.teleports, 0);
    EXPECT_NEAR(glm::distance(world_point(controls, head), glm::vec3(0.0f, 1.7f, 0.0f)), 0.0f, 1e-5f);
    // Without the wall the same aim lands and moves the user.
    room.obstacles.clear();
    update_controls(controls, right_hand(0.0f, -25.0f, {0.0f, 0.9f}), head, room, selection, kDt);
    update_controls(controls, right_hand(0.0f, -25.0f, {0.0f, 0.0f}), head, room, selection, kDt);
    EXPECT_EQ(controls.teleports, 1);
    EXPECT_LT(world_point(controls, head).z, -1.5f);
}

TEST_F(VrControlsTest, StickRightSnapsRightAroundTheHead) {
    const glm::vec3 off_centre_head{0.3f, 0.0f, 0.2f};
    const glm::vec3 before = world_point(controls, off_centre_head);
    const float yaw_before = controls.rig.yaw_rad;
    update_controls(controls, right_hand(0.0f, 0.0f, {0.95f, 0.0f}), off_centre_head, room, selection, kDt);
    update_controls(controls, right_hand(0.0f, 0.0f, {0.95f, 0.0f}), off_centre_head, room, selection, kDt);
    EXPECT_EQ(controls.snap_turns, 1) << "held: one turn";
    EXPECT_NEAR(controls.rig.yaw_rad, yaw_before - glm::radians(comfort.snap_turn_deg), 1e-5f);
    EXPECT_NEAR(glm::distance(world_point(controls, off_centre_head), before), 0.0f, 1e-5f);
}

TEST_F(VrControlsTest, SnapTurnsAndTeleportsAreJumpsForTheVignette) {
    update_controls(controls, right_hand(0.0f, 0.0f, {0.95f, 0.0f}), head, room, selection, kDt);
    EXPECT_TRUE(controls.jumped);
    update_controls(controls, right_hand(0.0f, 0.0f, {0.95f, 0.0f}), head, room, selection, kDt);
    EXPECT_FALSE(controls.jumped) << "held: no second turn, no second flash";
    const float undo_start_yaw = -glm::degrees(controls.rig.yaw_rad);
    update_controls(controls, right_hand(undo_start_yaw, -25.0f, {0.0f, 0.9f}), head, room, selection, kDt);
    EXPECT_FALSE(controls.jumped) << "aiming is not moving";
    update_controls(controls, right_hand(undo_start_yaw, -25.0f, {0.0f, 0.0f}), head, room, selection, kDt);
    EXPECT_EQ(controls.teleports, 1);
    EXPECT_TRUE(controls.jumped);
}

TEST_F(VrControlsTest, SmoothTurningTurnsAtTheSetSpeedAroundTheHead) {
    controls.comfort.snap_turn = false;
    const glm::vec3 off_centre_head{0.3f, 0.0f, 0.2f};
    const glm::vec3 before = world_point(controls, off_centre_head);
    const float yaw_before = controls.rig.yaw_rad;
    for (int i = 0; i < 90; ++i)  // one second at full stick right
        update_controls(controls, right_hand(0.0f, 0.0f, {1.0f, 0.0f}), off_centre_head, room, selection, kDt);
    EXPECT_EQ(controls.snap_turns, 0);
    EXPECT_FALSE(controls.jumped);
    EXPECT_NEAR(controls.turn_rad_s, -glm::radians(controls.comfort.smooth_turn_deg_s), 1e-4f);
    EXPECT_NEAR(controls.rig.yaw_rad, yaw_before - glm::radians(controls.comfort.smooth_turn_deg_s), 1e-3f);
    EXPECT_NEAR(glm::distance(world_point(controls, off_centre_head), before), 0.0f, 1e-4f);
    update_controls(controls, right_hand(0.0f, 0.0f, {0.1f, 0.0f}), off_centre_head, room, selection, kDt);
    EXPECT_EQ(controls.turn_rad_s, 0.0f) << "inside the dead zone";
}

TEST_F(VrControlsTest, ReducedMotionSnapsEvenWhenSmoothTurningIsChosen) {
    controls.comfort.snap_turn = false;
    controls.comfort.reduced_motion = true;
    update_controls(controls, right_hand(0.0f, 0.0f, {1.0f, 0.0f}), head, room, selection, kDt);
    EXPECT_EQ(controls.snap_turns, 1);
    EXPECT_EQ(controls.turn_rad_s, 0.0f);
}

TEST_F(VrControlsTest, UntrackedHandsDoNothing) {
    ControllerInput input = right_hand(0.0f, -25.0f, {0.0f, 0.9f});
    input.hands[1].active = false;
    update_controls(controls, input, head, room, selection, kDt);
    EXPECT_FALSE(controls.aims[1].has_value());
    EXPECT_FALSE(controls.beams[1].has_value());
    EXPECT_FALSE(controls.beams[0].has_value());
}

TEST_F(VrControlsTest, PointerShowsABeamOrTheArcWithAColouredLanding) {
    const VrPointerMeshes meshes;  // draws refer to the meshes; nothing is uploaded here
    update_controls(controls, right_hand(0.0f, -10.0f, {0.0f, 0.0f}), head, room, selection, kDt);
    ASSERT_TRUE(controls.beams[1].has_value());
    const PointerBeam beam = *controls.beams[1];
    DrawList items = pointer_draws(meshes, controls);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].mesh, &meshes.beam);
    const glm::vec3 tip = glm::vec3(items[0].model * glm::vec4(0.0f, 0.0f, -1.0f, 1.0f));
    EXPECT_NEAR(glm::distance(tip, beam.origin_m + beam.direction * beam.length_m), 0.0f, 1e-4f);

    const float undo_start_yaw = -glm::degrees(controls.rig.yaw_rad);
    update_controls(controls, right_hand(undo_start_yaw, -25.0f, {0.0f, 0.9f}), head, room, selection, kDt);
    items = pointer_draws(meshes, controls);
    ASSERT_GE(items.size(), 3u) << "beads and a landing marker, no beam";
    for (const DrawItem& item : items) EXPECT_EQ(item.mesh, &meshes.bead);
    EXPECT_GT(items.back().material.emissive.g, items.back().material.emissive.r) << "valid: green";
    const glm::vec3 marker = glm::vec3(items.back().model[3]);
    EXPECT_NEAR(glm::distance(marker, controls.aims[1]->floor_point_m), 0.0f, 1e-4f);
}

TEST(VrPointerDraws, GoBeforeTheSeeThroughDraws) {
    DrawList draws(3);
    draws[2].material.base_color.a = 0.4f;
    DrawList items(2);
    items[0].highlight = items[1].highlight = 0.5f;
    add_opaque_draws(draws, items);
    ASSERT_EQ(draws.size(), 5u);
    EXPECT_EQ(draws[2].highlight, 0.5f);
    EXPECT_EQ(draws[3].highlight, 0.5f);
    EXPECT_LT(draws[4].material.base_color.a, 1.0f) << "the see-through draw stays last";
}

}  // namespace
}  // namespace perfuse
