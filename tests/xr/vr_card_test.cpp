// The information card in the headset without a runtime (app/vr_card.h): where it is put beside the
// chosen item, that a floating menu gives way to it, that every card in assets/cards fits on its panel
// with the panel's own font (a headset has no scroll wheel), and that a pointer presses the nearest
// panel (app/vr_controls.h).
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>
#include <imgui.h>

#include "app/app_paths.h"
#include "app/placeholder_room.h"
#include "app/vr_card.h"
#include "app/vr_controls.h"
#include "app/vr_menu_session.h"
#include "ui/imgui_backend.h"
#include "world/cards.h"
#include "xr/xr_math.h"

namespace perfuse {
namespace {

constexpr float kPi = 3.14159265f;

glm::mat4 head_at(const glm::vec3& eye, float yaw_rad, float pitch_rad = 0.0f) {
    return glm::rotate(glm::rotate(glm::translate(glm::mat4(1.0f), eye), yaw_rad, {0, 1, 0}), pitch_rad, {1, 0, 0});
}
glm::vec3 centre_of(const VrMenuPanel& p) { return glm::vec3(p.world_from_panel[3]); }
glm::vec3 normal_of(const VrMenuPanel& p) { return glm::normalize(glm::vec3(p.world_from_panel[2])); }
// Horizontal angle from the gaze of a head with YAW to POINT, positive to the left.
float angle_from_gaze(const glm::vec3& eye, float yaw, const glm::vec3& point) {
    const glm::vec3 d = point - eye;
    return std::remainder(std::atan2(-d.x, -d.z) - yaw, 2.0f * kPi);
}
float horizontal_distance(const glm::vec3& a, const glm::vec3& b) { return glm::length(glm::vec2(a.x - b.x, a.z - b.z)); }

TEST(VrCardPlacement, AMetreAwayBesideTheItemFacingTheEyesWithItsTopLevel) {
    for (const float yaw : {0.0f, 1.3f, -2.8f}) {
        const glm::vec3 eye{2.0f, 1.6f, -1.0f};
        const glm::vec3 ahead{-std::sin(yaw), 0.0f, -std::cos(yaw)};
        const glm::vec3 item = eye + ahead * 3.0f - glm::vec3(0.0f, 0.5f, 0.0f);
        const VrMenuPanel card = place_card(head_at(eye, yaw, -0.3f), item);
        const glm::vec3 c = centre_of(card);
        EXPECT_NEAR(glm::distance(c, eye), std::hypot(1.0f, 0.12f), 1e-3f) << yaw;
        EXPECT_NEAR(c.y, eye.y - 0.12f, 1e-4f) << "a little below eye level";
        EXPECT_GT(card.world_from_panel[1].y + 0.0f, 0.95f) << "upright";
        EXPECT_NEAR(card.world_from_panel[0].y, 0.0f, 1e-5f) << "its top edge level";
        EXPECT_GT(glm::dot(normal_of(card), glm::normalize(eye - c)), 0.999f) << "faces the eyes";
        // Beside the item (to its right, where the hand that chose it is), not in front of it.
        const float card_angle = angle_from_gaze(eye, yaw, c);
        EXPECT_NEAR(card_angle, -glm::radians(24.0f), 1e-3f);
        const float half_width = std::atan2(0.5f * card.width_m, 1.0f);
        EXPECT_GT(std::abs(card_angle), half_width) << "the item stays in view beside the card";
        EXPECT_FLOAT_EQ(card.width_m, kVrCardWidthM);
        EXPECT_FLOAT_EQ(card.height_m, kVrCardHeightM);
    }
}

TEST(VrCardPlacement, AnItemRoundToTheSideOrBehindKeepsTheCardWithinSight) {
    const glm::vec3 eye{0.0f, 1.2f, 0.0f};  // seated
    for (const float item_angle : {0.6f, 1.5f, 3.0f, -0.6f, -1.5f, -3.0f}) {
        const glm::vec3 item = eye + 2.5f * glm::vec3(-std::sin(item_angle), 0.0f, -std::cos(item_angle));
        const VrMenuPanel card = place_card(head_at(eye, 0.0f), item);
        const float card_angle = angle_from_gaze(eye, 0.0f, centre_of(card));
        EXPECT_LE(std::abs(card_angle), glm::radians(24.0f) + 1e-4f) << item_angle;
        // On the side of the item nearer the middle of the view.
        if (std::abs(item_angle) < glm::radians(30.0f)) {
            EXPECT_LT(std::abs(card_angle), std::abs(item_angle)) << item_angle;
        }
        EXPECT_GT(card_angle * item_angle, 0.0f) << "the item's side of the view " << item_angle;
    }
}

TEST(VrCardPlacement, NearerItemsNoCloserThanThreeQuartersOfAMetre) {
    const glm::vec3 eye{0.0f, 1.7f, 0.0f};
    EXPECT_NEAR(horizontal_distance(centre_of(place_card(head_at(eye, 0.0f), {0.0f, 1.0f, -1.2f})), eye), 0.9f, 1e-4f);
    EXPECT_NEAR(horizontal_distance(centre_of(place_card(head_at(eye, 0.0f), {0.0f, 1.0f, -0.4f})), eye), 0.75f, 1e-4f);
    // An item exactly where the head is (a degenerate pick) still gives a card ahead.
    const VrMenuPanel card = place_card(head_at(eye, 0.0f), eye);
    EXPECT_LT(centre_of(card).z, -0.5f);
}

TEST(VrCardPlacement, AShortCardShowsTheTopOfItsImageItsTopEdgeWhereItWas) {
    const glm::vec3 eye{0.5f, 1.6f, 1.0f};
    VrMenuPanel card = place_card(head_at(eye, 0.7f), eye + glm::vec3(-2.0f, -0.4f, -2.0f));
    const glm::vec3 up = glm::vec3(card.world_from_panel[1]);
    const glm::vec3 top = centre_of(card) + up * (0.5f * card.height_m);
    fit_card_height(card, 0.3f * kVrCardHeightPx);  // 2.4 eighths of the image: 3 of them shown
    EXPECT_FLOAT_EQ(card.image_rows, 3.0f / 8.0f);
    EXPECT_FLOAT_EQ(card.height_m, kVrCardHeightM * 3.0f / 8.0f);
    EXPECT_FLOAT_EQ(card.width_m, kVrCardWidthM);
    EXPECT_LT(glm::distance(centre_of(card) + up * (0.5f * card.height_m), top), 1e-5f) << "the top edge stays";
    fit_card_height(card, 0.3f * kVrCardHeightPx);
    EXPECT_LT(glm::distance(centre_of(card) + up * (0.5f * card.height_m), top), 1e-5f) << "again: no creeping";
    // The pointer's place in the image: the card's bottom edge is the third eighth of the image down.
    const glm::vec3 bottom_middle = centre_of(card) - up * (0.5f * card.height_m - 1e-4f);
    const std::optional<VrMenuHit> hit = menu_hit(card, eye, glm::normalize(bottom_middle - eye));
    ASSERT_TRUE(hit.has_value());
    EXPECT_NEAR(hit->uv.y, 3.0f / 8.0f, 1e-3f);
    // A long card takes the whole image; nothing at all still shows an eighth.
    fit_card_height(card, 2.0f * kVrCardHeightPx);
    EXPECT_FLOAT_EQ(card.image_rows, 1.0f);
    fit_card_height(card, 0.0f);
    EXPECT_FLOAT_EQ(card.image_rows, 1.0f / 8.0f);
}

TEST(VrCardAndMenu, AFloatingMenuGivesWayToTheCardAWristMenuStays) {
    VrMenuSession menu;
    menu.panel = place_menu(head_at({0.0f, 1.7f, 0.0f}, 0.0f));
    EXPECT_NE(shown_menu(menu), nullptr);
    menu.card.item = "perfusionist";
    menu.card.panel = place_card(head_at({0.0f, 1.7f, 0.0f}, 0.0f), {0.0f, 1.2f, -3.0f});
    EXPECT_EQ(shown_menu(menu), nullptr) << "one panel in front of the player at a time";
    EXPECT_EQ(shown_panels(menu)[kCardPanel], &*menu.card.panel);
    menu.on_wrist = true;
    EXPECT_NE(shown_menu(menu), nullptr) << "on the wrist it is out of the card's way";
    menu.open = false;
    EXPECT_EQ(shown_menu(menu), nullptr) << "hidden with the menu button";
}

// Every item's and person's card drawn on the card's panel with the surface's font and style.
TEST(VrCardText, EveryCardFitsOnThePanel) {
    Room room;
    room.cards = world::load_cards(asset_dir() / "cards" / "items.json", asset_dir() / "cards" / "people.json");
    for (const world::ItemCard& c : room.cards.items) room.interactables.push_back({c.id, c.title, c.id, {}});
    for (const world::PersonCard& p : room.cards.people) room.interactables.push_back({p.id, p.role, p.id, {}});
    const UiText text = load_ui_text(asset_dir() / "ui" / "en.json");
    const VrMenuText words = load_vr_menu_text(asset_dir() / "vr" / "menu_en.json");
    ImGuiContext* context = ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(float(kVrCardWidthPx), float(kVrCardHeightPx));
    ImGui::StyleColorsLight();
    ImGui::GetStyle().ScaleAllSizes(1.25f);
    load_ui_font(1.25f);
    unsigned char* pixels = nullptr;
    int w = 0, h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
    ASSERT_GE(room.interactables.size(), 40u);
    for (const Interactable& item : room.interactables) {
        ImGui::NewFrame();
        const VrCardDrawn drawn = draw_vr_card(text, words, room, item.id, io.DisplaySize);
        ImGui::EndFrame();
        EXPECT_TRUE(drawn.fits) << item.id << "'s card runs off the bottom of the VR card";
        EXPECT_GT(drawn.used_px, 0.2f * kVrCardHeightPx) << item.id;
        EXPECT_EQ(drawn.choice, VrCardChoice::none);
    }
    // A taller text would not fit: the check can fail.
    ImGui::NewFrame();
    EXPECT_FALSE(draw_vr_card(text, words, room, "heart_lung_machine", ImVec2(float(kVrCardWidthPx), 300.0f)).fits);
    ImGui::EndFrame();
    ImGui::DestroyContext(context);
}

TEST(VrCardPointer, TheNearestPanelTakesThePointerAndAWornPanelNotItsOwnHand) {
    const Room room = build_placeholder_room();
    VrControls controls = start_controls(room, {}, XR_REFERENCE_SPACE_TYPE_LOCAL);
    const glm::mat4 world_from_tracking_m = world_from_tracking(controls.rig);
    const glm::vec3 eye = glm::vec3(world_from_tracking_m[3]);
    // Two panels straight ahead of the right hand, the card nearer.
    VrMenuPanel far = place_menu(world_from_tracking_m);
    VrMenuPanel near = far;
    near.world_from_panel = glm::translate(glm::mat4(1.0f), glm::normalize(eye - centre_of(far)) * 0.2f) * far.world_from_panel;
    const glm::vec3 hand_world = glm::vec3(world_from_tracking_m * glm::vec4(0.1f, -0.2f, -0.1f, 1.0f));
    const glm::vec3 aim_world = glm::normalize(centre_of(far) - hand_world);
    const glm::mat4 tracking_from_world = glm::inverse(world_from_tracking_m);
    ControllerInput input;
    HandInput& right = input.hands[1];
    right.active = true;
    const glm::quat q(glm::vec3(0.0f, 0.0f, -1.0f), glm::normalize(glm::vec3(tracking_from_world * glm::vec4(aim_world, 0.0f))));
    right.aim = {.orientation = to_xr(q), .position = to_xr(glm::vec3(tracking_from_world * glm::vec4(hand_world, 1.0f)))};
    Selection selection;
    const std::array<const VrMenuPanel*, 2> panels{&far, &near};
    update_controls(controls, input, {}, room, selection, 1.0f / 90.0f, panels);
    ASSERT_TRUE(controls.panel_pointer.has_value());
    EXPECT_EQ(controls.panel_pointer->panel, 1u) << "the nearer panel";
    // Worn on the right hand, the near panel lets that hand's pointer through to the far one.
    near.on_hand = 1;
    update_controls(controls, input, {}, room, selection, 1.0f / 90.0f, panels);
    ASSERT_TRUE(controls.panel_pointer.has_value());
    EXPECT_EQ(controls.panel_pointer->panel, 0u);
    // A hidden panel (null) is skipped.
    const std::array<const VrMenuPanel*, 2> only_near{nullptr, &near};
    near.on_hand = -1;
    update_controls(controls, input, {}, room, selection, 1.0f / 90.0f, only_near);
    ASSERT_TRUE(controls.panel_pointer.has_value());
    EXPECT_EQ(controls.panel_pointer->panel, 1u);
}

}  // namespace
}  // namespace perfuse
