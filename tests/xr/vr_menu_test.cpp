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
