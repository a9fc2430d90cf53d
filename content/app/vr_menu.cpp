#include "app/vr_menu.h"

#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "app/console_text.h"
#include "app/live_model.h"
#include "app/vr_menu_procedures.h"
#include "app/text_file.h"
#include "xr/xr_math.h"
#include "console_layout.h"

namespace perfuse {

namespace {
constexpr float kAheadM = 0.6f;       // within reach of a pointer, outside the near field the eyes strain at
constexpr float kBelowEyesM = 0.38f;  // below the line of sight: the room stays in view
constexpr float kTiltRad = 0.5f;      // about 30 degrees back, facing the eyes from below
// On the wrist: held at about 40 cm rather than 70, so 0.26 m across shows its text at about the same
// size. Its centre 9 cm out of the back of the hand and 8 cm towards the wrist: above the forearm, not
// hiding the hand's own controller.
constexpr float kWristWidthM = 0.26f;
constexpr glm::vec3 kWristOffsetM{0.0f, 0.09f, 0.08f};  // in the grip's frame
constexpr int kLeftHand = 0;                             // Hand::left

// "Stop {} of {}" with A and B.
std::string fill(const std::string& pattern, std::size_t a, std::size_t b) {
    std::string out = pattern;
    for (std::size_t value : {a, b})
        if (const std::size_t at = out.find("{}"); at != std::string::npos) out.replace(at, 2, std::to_string(value));
    return out;
}

void console_summary(const VrMenuText& text, const VrMenuView& view) {
    ImGui::TextUnformatted(text.console.c_str());
    if (!view.live || !view.live->has_model() || !view.console_text) {
        ImGui::TextWrapped("%s", text.no_circuit.c_str());
        return;
    }
    const Readings& r = view.live->console().readings;
    for (const char* name : {"map_mmHg", "hr_bpm", "spo2", "pump_flow_l_min"}) {
        const std::string shown = shown_value(r, name);
        if (shown == "--") continue;
        const ReadingLabel& label = view.console_text->reading(name);
        ImGui::BulletText("%s: %s %s", label.label.c_str(), shown.c_str(), label.unit.c_str());
    }
    const std::vector<const AlarmStatus*> alarms = shown_alarms(view.live->console().alarms);
    if (alarms.empty()) {
        ImGui::TextUnformatted(text.no_alarms.c_str());
        return;
    }
    ImGui::TextUnformatted(text.alarms.c_str());
    for (const AlarmStatus* alarm : alarms) {
        const bool urgent = is_audible(alarm->state);
        ImGui::TextColored(urgent ? ImVec4(1.0f, 0.45f, 0.35f, 1.0f) : ImVec4(1.0f, 0.85f, 0.4f, 1.0f), "%s",
                           view.console_text->alarm(alarm->limit.id).c_str());
    }
}
}  // namespace

VrMenuText load_vr_menu_text(const std::filesystem::path& file) {
    const nlohmann::json j = read_text_file(file);
    const auto t = [&](const char* key) { return required_text(j, key, file); };
    return {t("title"), t("hint"), t("tour"), t("tour_progress"), t("next"), t("back"), t("rooms"), t("console"),
            t("no_circuit"), t("alarms"), t("no_alarms"), t("read_aloud")};
}

VrMenuPanel place_menu(const glm::mat4& world_from_head) {
    const glm::vec3 head = glm::vec3(world_from_head[3]);
    glm::vec3 forward = -glm::vec3(world_from_head[2]);
    forward.y = 0.0f;
    if (glm::length(forward) < 1e-3f) forward = {0.0f, 0.0f, -1.0f};  // looking straight down or up
    forward = glm::normalize(forward);
    const float yaw = std::atan2(-forward.x, -forward.z);  // 0 faces -Z, like CameraPose
    VrMenuPanel panel;
    const glm::vec3 centre = head + forward * kAheadM - glm::vec3(0.0f, kBelowEyesM, 0.0f);
    panel.world_from_panel = glm::rotate(glm::rotate(glm::translate(glm::mat4(1.0f), centre), yaw, {0.0f, 1.0f, 0.0f}),
                                         -kTiltRad, {1.0f, 0.0f, 0.0f});
    return panel;
}

VrMenuPanel place_menu_on_wrist(const glm::mat4& world_from_grip, const glm::vec3& head_m) {
    const glm::vec3 centre = glm::vec3(world_from_grip * glm::vec4(kWristOffsetM, 1.0f));
    glm::vec3 z = head_m - centre;
    z = glm::length(z) < 1e-3f ? glm::vec3(0.0f, 0.0f, 1.0f) : glm::normalize(z);
    // Straight above or below the eyes there is no level edge to keep: any sideways axis will do.
    const glm::vec3 side = glm::cross(glm::vec3(0.0f, 1.0f, 0.0f), z);
    const glm::vec3 x = glm::length(side) < 1e-3f ? glm::vec3(1.0f, 0.0f, 0.0f) : glm::normalize(side);
    const glm::vec3 y = glm::cross(z, x);
    VrMenuPanel panel;
    panel.world_from_panel = glm::mat4(glm::vec4(x, 0.0f), glm::vec4(y, 0.0f), glm::vec4(z, 0.0f), glm::vec4(centre, 1.0f));
    panel.width_m = kWristWidthM;
    panel.height_m = kWristWidthM * 0.75f;  // 4:3 like its image
    panel.on_hand = kLeftHand;
    return panel;
}

std::optional<VrMenuPanel> menu_on_wrist(bool wanted, const HandInput& left, const glm::mat4& world_from_tracking,
                                         const glm::vec3& head_m) {
    if (!wanted || !left.grip_tracked) return std::nullopt;
    return place_menu_on_wrist(world_from_tracking * pose_matrix(left.grip), head_m);
}

std::optional<VrMenuHit> menu_hit(const VrMenuPanel& panel, const glm::vec3& origin, const glm::vec3& direction) {
    const glm::mat4 panel_from_world = glm::inverse(panel.world_from_panel);
    const glm::vec3 o = glm::vec3(panel_from_world * glm::vec4(origin, 1.0f));
    const glm::vec3 d = glm::vec3(panel_from_world * glm::vec4(direction, 0.0f));
    if (o.z <= 0.0f || d.z >= -1e-6f) return std::nullopt;  // behind the panel, or not pointing at its face
    const float t = -o.z / d.z;
    const glm::vec3 p = o + d * t;
    const glm::vec2 uv{p.x / panel.width_m + 0.5f, 0.5f - p.y / panel.height_m};
    if (uv.x < 0.0f || uv.x > 1.0f || uv.y < 0.0f || uv.y > 1.0f) return std::nullopt;
    return VrMenuHit{{uv.x, uv.y * panel.image_rows}, t * glm::length(direction)};
}

VrMenuChoice draw_vr_menu(const VrMenuText& text, const VrMenuView& view, ImVec2 size) {
    VrMenuChoice choice;
    ImGui::SetNextWindowPos(ImVec2(0.0f, 0.0f));
    ImGui::SetNextWindowSize(size);
    ImGui::Begin("##vr_menu", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings);
    ImGui::Text("%s - %s", text.title.c_str(), view.room_name.c_str());
    ImGui::TextWrapped("%s", text.hint.c_str());
    if (view.procedures && draw_vr_procedures_page(*view.procedures)) {
        ImGui::End();
        return choice;
    }
    ImGui::Separator();
    if (view.stop_count > 0) {
        ImGui::Text("%s: %s", text.tour.c_str(), fill(text.tour_progress, view.stop_index + 1, view.stop_count).c_str());
        ImGui::TextUnformatted(view.stop_title.c_str());
        ImGui::TextWrapped("%s", view.stop_text.c_str());
        if (ImGui::Button(text.back.c_str())) choice.kind = VrMenuChoice::Kind::previous_stop;
        ImGui::SameLine();
        if (ImGui::Button(text.next.c_str())) choice.kind = VrMenuChoice::Kind::next_stop;
        ImGui::Separator();
    }
    ImGui::TextUnformatted(text.rooms.c_str());
    for (const auto& [id, label] : view.rooms) {
        ImGui::SameLine();
        if (ImGui::Button(label.c_str())) choice = {VrMenuChoice::Kind::go_to_room, id};
    }
    if (view.procedures) draw_vr_procedures_button(*view.procedures);
    ImGui::Separator();
    console_summary(text, view);
    ImGui::End();
    return choice;
}

}  // namespace perfuse
