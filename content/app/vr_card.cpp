#include "app/vr_card.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/constants.hpp>

#include "app/info_card_panel.h"

namespace perfuse {

namespace {
constexpr float kFarthestM = 1.0f;     // readable, and out of the near field the eyes strain at
constexpr float kNearestM = 0.75f;     // an item right beside the player: the card no closer than this
constexpr float kBeforeItemM = 0.3f;   // in front of the item, not inside it
constexpr float kBelowEyesM = 0.12f;   // a full card's top just above eye level: read with the eyes a little down
constexpr float kMostOffGazeRad = glm::radians(30.0f);  // an item further round: the card stays within sight
constexpr float kBesideRad = glm::radians(24.0f);       // the card's centre this far round from the item
constexpr float kTitleScale = 1.3f;

// The yaw of a horizontal direction: 0 looks down -Z, positive turns left (as CameraPose).
float yaw_of(const glm::vec3& d) { return std::atan2(-d.x, -d.z); }
glm::vec3 along_yaw(float yaw) { return {-std::sin(yaw), 0.0f, -std::cos(yaw)}; }

float wrapped(float rad) { return std::remainder(rad, glm::two_pi<float>()); }
}  // namespace

VrMenuPanel place_card(const glm::mat4& world_from_head, const glm::vec3& item_m) {
    const glm::vec3 head = glm::vec3(world_from_head[3]);
    glm::vec3 gaze = -glm::vec3(world_from_head[2]);
    gaze.y = 0.0f;
    const float gaze_yaw = glm::length(gaze) < 1e-3f ? 0.0f : yaw_of(gaze);
    glm::vec3 to_item = item_m - head;
    to_item.y = 0.0f;
    const float item_distance_m = glm::length(to_item);
    const float item_yaw = item_distance_m < 1e-3f ? gaze_yaw : yaw_of(to_item);
    const float off_gaze = std::clamp(wrapped(item_yaw - gaze_yaw), -kMostOffGazeRad, kMostOffGazeRad);
    // Beside the item on the side nearer the middle of the view (to the right of an item straight ahead,
    // where the right hand that chose it is).
    const float card_yaw = gaze_yaw + off_gaze + (off_gaze >= 0.0f ? -kBesideRad : kBesideRad);
    const float distance_m = std::clamp(item_distance_m - kBeforeItemM, kNearestM, kFarthestM);
    const glm::vec3 centre = head + along_yaw(card_yaw) * distance_m - glm::vec3(0.0f, kBelowEyesM, 0.0f);
    // Its face (+Z) to the head, upright otherwise: the top edge stays level.
    const glm::vec3 z = glm::normalize(head - centre);
    const glm::vec3 x = glm::normalize(glm::cross(glm::vec3(0.0f, 1.0f, 0.0f), z));
    const glm::vec3 y = glm::cross(z, x);
    VrMenuPanel panel;
    panel.world_from_panel = glm::mat4(glm::vec4(x, 0.0f), glm::vec4(y, 0.0f), glm::vec4(z, 0.0f), glm::vec4(centre, 1.0f));
    panel.width_m = kVrCardWidthM;
    panel.height_m = kVrCardHeightM;
    return panel;
}

void fit_card_height(VrMenuPanel& card, float used_px) {
    const float steps = std::ceil(used_px / float(kVrCardHeightPx) * kVrCardHeightSteps);
    const float rows = std::clamp(steps, 1.0f, float(kVrCardHeightSteps)) / kVrCardHeightSteps;
    const float height_m = kVrCardHeightM * rows;
    // The top edge stays: the centre moves up its own up axis by half of what the bottom loses.
    const glm::vec3 up = glm::normalize(glm::vec3(card.world_from_panel[1]));
    card.world_from_panel[3] += glm::vec4(up * (0.5f * (card.height_m - height_m)), 0.0f);
    card.height_m = height_m;
    card.image_rows = rows;
}

VrCardDrawn draw_vr_card(const UiText& text, const VrMenuText& words, const Room& room, const std::string& item_id,
                         ImVec2 size) {
    VrCardDrawn drawn;
    const std::string title = info_card_title(room, item_id);
    if (title.empty()) return drawn;
    ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
    ImGui::SetNextWindowSize(size);
    ImGui::Begin("##vr_card", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::SetWindowFontScale(kTitleScale);
    ImGui::TextWrapped("%s", title.c_str());
    ImGui::SetWindowFontScale(1.0f);
    if (ImGui::Button(words.read_aloud.c_str())) drawn.choice = VrCardChoice::read_aloud;
    ImGui::SameLine();
    if (ImGui::Button(text.card_close.c_str())) drawn.choice = VrCardChoice::close;
    ImGui::Separator();
    draw_info_card_sections(text, room, item_id);
    drawn.used_px = ImGui::GetCursorPosY() + ImGui::GetStyle().WindowPadding.y - ImGui::GetStyle().ItemSpacing.y;
    drawn.fits = drawn.used_px <= size.y;
    ImGui::End();
    return drawn;
}

}  // namespace perfuse
