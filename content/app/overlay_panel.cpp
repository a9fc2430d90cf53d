#include "app/overlay_panel.h"

#include <imgui.h>

namespace perfuse {

void draw_overlay_panel(const UiText& text, OverlayState& state) {
    state.bottom_px = 0.0f;
    if (!state.visible) return;
    ImGui::SetNextWindowPos(ImVec2(16.0f, 16.0f), ImGuiCond_Always);
    ImGui::SetNextWindowBgAlpha(0.88f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_AlwaysAutoResize | ImGuiWindowFlags_NoMove |
                                   ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoCollapse;
    if (ImGui::Begin(text.panel_title.c_str(), nullptr, flags)) {
        ImGui::PushTextWrapPos(ImGui::GetFontSize() * 24.0f);
        ImGui::TextUnformatted(text.tagline.c_str());
        ImGui::PopTextWrapPos();
        ImGui::Separator();
        const auto room = text.room_names.find(state.room);
        ImGui::Text("%s: %s", text.room_label.c_str(), room != text.room_names.end() ? room->second.c_str() : state.room.c_str());
        ImGui::TextUnformatted(text.go_to_label.c_str());
        for (const std::string& id : text.walkable_rooms) {
            ImGui::SameLine();
            const auto name = text.room_short_names.find(id);
            ImGui::BeginDisabled(id == state.room);
            if (ImGui::Button(name != text.room_short_names.end() ? name->second.c_str() : id.c_str())) state.go_to_room = id;
            ImGui::EndDisabled();
        }
        ImGui::Text("%s: %s", text.device_label.c_str(), state.device_name.c_str());
        if (state.frame_ms > 0.0f)  // unknown in headless runs, which must render identically every time
            ImGui::Text("%s: %.1f ms (%s %.1f ms)", text.frame_time_label.c_str(), state.frame_ms,
                        text.gpu_time_label.c_str(), state.gpu_ms);
        ImGui::SliderFloat(text.text_size_label.c_str(), &state.text_scale, 0.75f, 3.0f, "%.2f");
        if (ImGui::CollapsingHeader(text.controls_title.c_str()))
            for (const std::string& line : text.controls) ImGui::BulletText("%s", line.c_str());
        state.bottom_px = ImGui::GetWindowPos().y + ImGui::GetWindowSize().y;
    }
    ImGui::End();
}

}  // namespace perfuse
