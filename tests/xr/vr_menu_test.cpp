// The floating menu without a runtime: where it is placed, where a pointer meets it, and that a
// pointer on it takes the trigger away from the room behind it (app/vr_menu.h, app/vr_controls.h).
#include <cmath>
#include <fstream>

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "app/app_paths.h"
#include "app/placeholder_room.h"
#include "app/vr_controls.h"
#include "app/vr_menu.h"
#include "xr/xr_math.h"

namespace perfuse {
namespace {

glm::mat4 head_at(const glm::vec3& eye, float yaw_rad, float pitch_rad = 0.0f) {
    return glm::rotate(glm::rotate(glm::translate(glm::mat4(1.0f), eye), yaw_rad, {0, 1, 0}), pitch_rad, {1, 0, 0});
}

glm::vec3 panel_centre(const VrMenuPanel& p) { return glm::vec3(p.world_from_panel[3]); }
glm::vec3 panel_normal(const VrMenuPanel& p) { return glm::normalize(glm::vec3(p.world_from_panel[2])); }

TEST(VrMenuPlacement, AheadBelowTheEyesFacingThemWhicheverWayTheHeadTurns) {
    for (const float yaw : {0.0f, 1.2f, -2.5f}) {
        const glm::vec3 eye{1.0f, 1.7f, -2.0f};
        const VrMenuPanel panel = place_menu(head_at(eye, yaw, -0.4f));  // looking down a little: no matter
        const glm::vec3 c = panel_centre(panel);
        const glm::vec3 forward{-std::sin(yaw), 0.0f, -std::cos(yaw)};
        EXPECT_NEAR(glm::dot(c - eye, forward), 0.6f, 1e-4f) << yaw;
        EXPECT_NEAR(c.y, eye.y - 0.38f, 1e-4f);
        const glm::vec3 to_eye = glm::normalize(eye - c);
        EXPECT_GT(glm::dot(panel_normal(panel), to_eye), 0.95f) << "faces the eye";
        EXPECT_GT(panel_normal(panel).y, 0.3f) << "tipped back like a lectern";
    }
}

TEST(VrMenuHit, CentreCornersAndMisses) {
    const VrMenuPanel panel = place_menu(head_at({0.0f, 1.7f, 0.0f}, 0.0f));
    const glm::vec3 c = panel_centre(panel);
    const glm::vec3 right = glm::vec3(panel.world_from_panel[0]);
    const glm::vec3 up = glm::vec3(panel.world_from_panel[1]);
    const glm::vec3 from{0.0f, 1.7f, 0.0f};
    const auto at = [&](const glm::vec3& p) { return menu_hit(panel, from, glm::normalize(p - from)); };
    const std::optional<VrMenuHit> centre = at(c);
    ASSERT_TRUE(centre.has_value());
    EXPECT_NEAR(centre->uv.x, 0.5f, 1e-4f);
    EXPECT_NEAR(centre->uv.y, 0.5f, 1e-4f);
    EXPECT_NEAR(centre->distance_m, glm::distance(from, c), 1e-4f);
    const std::optional<VrMenuHit> top_left = at(c - right * (0.45f * panel.width_m) + up * (0.45f * panel.height_m));
    ASSERT_TRUE(top_left.has_value());
    EXPECT_NEAR(top_left->uv.x, 0.05f, 1e-3f);
    EXPECT_NEAR(top_left->uv.y, 0.05f, 1e-3f) << "image rows run down";
    EXPECT_FALSE(at(c + right * panel.width_m).has_value()) << "beside it";
    EXPECT_FALSE(menu_hit(panel, from, glm::vec3(0.0f, 0.0f, 1.0f)).has_value()) << "pointing away";
    EXPECT_FALSE(menu_hit(panel, c - panel_normal(panel) * 0.2f, panel_normal(panel)).has_value()) << "from behind";
}

TEST(VrMenuPointer, ThePanelTakesThePointerFromTheRoomBehindIt) {
    const Room room = build_placeholder_room();
    VrControls controls = start_controls(room, {}, XR_REFERENCE_SPACE_TYPE_LOCAL);
    const glm::mat4 world_from_head = world_from_tracking(controls.rig);
    const VrMenuPanel panel = place_menu(world_from_head);
    // The right hand at the chin, aimed at the panel's centre, trigger pulled this frame.
    const glm::vec3 hand_world = glm::vec3(world_from_head * glm::vec4(0.1f, -0.2f, -0.1f, 1.0f));
    const glm::vec3 aim_world = glm::normalize(panel_centre(panel) - hand_world);
    const glm::mat4 tracking_from_world = glm::inverse(world_from_tracking(controls.rig));
    const glm::vec3 hand = glm::vec3(tracking_from_world * glm::vec4(hand_world, 1.0f));
    const glm::vec3 aim = glm::vec3(tracking_from_world * glm::vec4(aim_world, 0.0f));
    ControllerInput input;
    HandInput& right = input.hands[1];
    right.active = true;
    const glm::quat q(glm::vec3(0.0f, 0.0f, -1.0f), glm::normalize(aim));  // the turn from -Z to the aim
    right.aim = {.orientation = to_xr(q), .position = to_xr(hand)};
    right.select = right.select_pressed = true;
    Selection selection;
    selection.selected = "before";
    update_controls(controls, input, {}, room, selection, 1.0f / 90.0f, &panel);
    ASSERT_TRUE(controls.panel_pointer.has_value());
    EXPECT_NEAR(controls.panel_pointer->uv.x, 0.5f, 1e-3f);
    EXPECT_NEAR(controls.panel_pointer->uv.y, 0.5f, 1e-3f);
    EXPECT_TRUE(controls.panel_pointer->pressed);
    EXPECT_EQ(selection.selected, "before") << "the trigger pressed the menu, not the room";
    EXPECT_NEAR(controls.beams[1]->length_m, glm::distance(hand_world, panel_centre(panel)), 1e-3f);
    // Without the panel the same trigger picks in the room.
    update_controls(controls, input, {}, room, selection, 1.0f / 90.0f, nullptr);
    EXPECT_FALSE(controls.panel_pointer.has_value());
    EXPECT_NE(selection.selected, "before");
}

// A left controller at POSITION (tracking space) turned by YAW and PITCH, its grip tracked.
HandInput left_hand(const glm::vec3& position, float yaw, float pitch, bool grip_tracked = true) {
    HandInput left;
    left.active = true;
    left.grip_tracked = grip_tracked;
    const glm::quat q = glm::angleAxis(yaw, glm::vec3(0, 1, 0)) * glm::angleAxis(pitch, glm::vec3(1, 0, 0));
    left.grip = {.orientation = to_xr(q), .position = to_xr(position)};
    left.aim = left.grip;
    return left;
}

TEST(VrMenuWrist, FollowsTheWristFacingTheEyesAboveTheHand) {
    // The rig turned and moved: the panel is placed in the world, not in tracking space.
    const glm::mat4 world_from_tracking_m = glm::rotate(glm::translate(glm::mat4(1.0f), {3.0f, 0.0f, -2.0f}), 0.8f, {0, 1, 0});
    const glm::vec3 head = glm::vec3(world_from_tracking_m * glm::vec4(0.0f, 1.6f, 0.0f, 1.0f));
    for (const glm::vec3& hand : {glm::vec3(-0.1f, 1.2f, -0.35f), glm::vec3(-0.3f, 1.0f, -0.2f), glm::vec3(0.1f, 1.4f, -0.5f)}) {
        const HandInput left = left_hand(hand, -0.6f, 0.5f);
        const std::optional<VrMenuPanel> panel = menu_on_wrist(true, left, world_from_tracking_m, head);
        ASSERT_TRUE(panel.has_value());
        const glm::vec3 c = panel_centre(*panel);
        const glm::vec3 hand_world = glm::vec3(world_from_tracking_m * glm::vec4(hand, 1.0f));
        EXPECT_LT(glm::distance(c, hand_world), 0.15f) << "on the wrist";
        EXPECT_GT(c.y, hand_world.y + 0.03f) << "a little above the hand";
        EXPECT_GT(glm::dot(panel_normal(*panel), glm::normalize(head - c)), 0.999f) << "its face to the eyes";
        EXPECT_NEAR(panel->world_from_panel[0].y, 0.0f, 1e-5f) << "its top edge level";
        EXPECT_EQ(panel->on_hand, 0) << "the left hand cannot point at its own wrist";
        EXPECT_LT(panel->width_m, VrMenuPanel{}.width_m) << "smaller than the floating menu, being nearer";
        EXPECT_NEAR(panel->height_m / panel->width_m, 0.75f, 1e-5f) << "4:3 like its image";
    }
    // Moving the hand moves the panel with it.
    const glm::vec3 step{0.1f, 0.05f, -0.08f};
    const glm::vec3 before = panel_centre(*menu_on_wrist(true, left_hand({-0.1f, 1.2f, -0.35f}, -0.6f, 0.5f), glm::mat4(1.0f), head));
    const glm::vec3 after =
        panel_centre(*menu_on_wrist(true, left_hand(glm::vec3(-0.1f, 1.2f, -0.35f) + step, -0.6f, 0.5f), glm::mat4(1.0f), head));
    EXPECT_NEAR(glm::distance(after - before, step), 0.0f, 1e-5f);
}

TEST(VrMenuWrist, FloatsWithoutATrackedGripOrWhenNotWanted) {
    const glm::vec3 head{0.0f, 1.6f, 0.0f};
    EXPECT_FALSE(menu_on_wrist(true, left_hand({-0.1f, 1.2f, -0.35f}, 0.0f, 0.0f, false), glm::mat4(1.0f), head));
    EXPECT_FALSE(menu_on_wrist(false, left_hand({-0.1f, 1.2f, -0.35f}, 0.0f, 0.0f), glm::mat4(1.0f), head));
    EXPECT_FALSE(menu_on_wrist(true, HandInput{}, glm::mat4(1.0f), head)) << "no controller at all";
}

TEST(VrMenuWrist, TheRightHandPointsAtItTheLeftDoesNot) {
    const Room room = build_placeholder_room();
    VrControls controls = start_controls(room, {}, XR_REFERENCE_SPACE_TYPE_LOCAL);
    const glm::mat4 world_from_tracking_m = world_from_tracking(controls.rig);
    const glm::vec3 head = glm::vec3(world_from_tracking_m * glm::vec4(0.0f, 0.0f, 0.0f, 1.0f));
    const HandInput left = left_hand({-0.1f, -0.4f, -0.35f}, -0.6f, 0.5f);
    const VrMenuPanel panel = *menu_on_wrist(true, left, world_from_tracking_m, head);
    const glm::mat4 tracking_from_world = glm::inverse(world_from_tracking_m);
    // Both hands aimed at the panel's centre, from the right of the chest and from the left hand itself.
    const auto aimed_from = [&](const glm::vec3& from_tracking) {
        const glm::vec3 from_world = glm::vec3(world_from_tracking_m * glm::vec4(from_tracking, 1.0f));
        const glm::vec3 aim = glm::vec3(tracking_from_world * glm::vec4(glm::normalize(panel_centre(panel) - from_world), 0.0f));
        HandInput hand;
        hand.active = true;
        hand.aim = {.orientation = to_xr(glm::quat(glm::vec3(0.0f, 0.0f, -1.0f), glm::normalize(aim))),
                    .position = to_xr(from_tracking)};
        return hand;
    };
    ControllerInput input;
    input.hands[0] = aimed_from({-0.1f, -0.6f, -0.2f});
    Selection selection;
    update_controls(controls, input, {}, room, selection, 1.0f / 90.0f, &panel);
    EXPECT_FALSE(controls.panel_pointer.has_value()) << "the hand wearing it";
    input.hands[1] = aimed_from({0.2f, -0.4f, -0.2f});
    update_controls(controls, input, {}, room, selection, 1.0f / 90.0f, &panel);
    ASSERT_TRUE(controls.panel_pointer.has_value());
    EXPECT_NEAR(controls.panel_pointer->uv.x, 0.5f, 1e-3f);
    EXPECT_NEAR(controls.panel_pointer->uv.y, 0.5f, 1e-3f);
}

TEST(VrMenuText, LoadsEveryWord) {
    const VrMenuText t = load_vr_menu_text(asset_dir() / "vr" / "menu_en.json");
    EXPECT_EQ(t.next, "Next");
    EXPECT_NE(t.tour_progress.find("{}"), std::string::npos);
    EXPECT_FALSE(t.no_alarms.empty());
}

TEST(VrMenuText, AMissingWordIsOneLineNamingIt) {
    const std::filesystem::path file = std::filesystem::temp_directory_path() / "perfuse_vr_menu_missing.json";
    { std::ofstream(file) << R"({"title": "Perfuse"})"; }
    try {
        load_vr_menu_text(file);
        FAIL() << "no error";
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find(file.string() + ": 'hint'"), std::string::npos) << e.what();
    }
    std::filesystem::remove(file);
}

}  // namespace
}  // namespace perfuse
