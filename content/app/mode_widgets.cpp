#include "app/mode_widgets.h"

#include <string_view>

namespace perfuse {

void mode_heading(const modes::UiColours& colours, const std::string& text) {
    ImGui::PushStyleColor(ImGuiCol_Text, to_imgui(colours.accent));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

void mode_text(const std::string& text) { ImGui::TextWrapped("%s", text.c_str()); }

bool begin_centred_window(const char* id, float width_em, float y_fraction, PanelKeys keys) {
    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = std::min(ImGui::GetFontSize() * width_em, viewport->Size.x - 32.0f);
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x * 0.5f, viewport->Size.y * y_fraction), ImGuiCond_Always,
                            ImVec2(0.5f, y_fraction));
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, viewport->Size.y - 32.0f));
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize;
    if (std::string_view(id).starts_with("###")) flags |= ImGuiWindowFlags_NoTitleBar;
    if (keys != PanelKeys::imgui) flags |= ImGuiWindowFlags_NoNavInputs | ImGuiWindowFlags_NoNavFocus;
    if (keys != PanelKeys::modes_no_focus) ImGui::SetNextWindowFocus();  // above the corner panel and labels
    return ImGui::Begin(id, nullptr, flags);
}

bool big_button(const modes::UiColours& colours, const std::string& label, bool focused, float height_em) {
    if (focused) {
        ImGui::PushStyleColor(ImGuiCol_Border, to_imgui(colours.accent));
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 3.0f);
    }
    const bool pressed = ImGui::Button(label.c_str(), ImVec2(-1.0f, ImGui::GetFontSize() * height_em));
    if (focused) {
        ImGui::PopStyleVar();
        ImGui::PopStyleColor();
    }
    return pressed;
}

void apply_mode_style(const modes::Settings& settings, int& applied) {
    const int wanted = settings.high_contrast ? 1 : 0;
    if (applied == wanted) return;
    ImGuiStyle& style = ImGui::GetStyle();
    const float scale_border = style.FrameBorderSize;
    if (wanted) {
        ImGui::StyleColorsDark(&style);
        style.Colors[ImGuiCol_WindowBg] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
        style.Colors[ImGuiCol_Text] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        style.Colors[ImGuiCol_Border] = ImVec4(1.0f, 1.0f, 1.0f, 1.0f);
        style.Colors[ImGuiCol_Button] = ImVec4(0.0f, 0.0f, 0.0f, 1.0f);
        style.Colors[ImGuiCol_ButtonHovered] = ImVec4(0.25f, 0.25f, 0.25f, 1.0f);
        style.Colors[ImGuiCol_FrameBg] = ImVec4(0.1f, 0.1f, 0.1f, 1.0f);
        style.FrameBorderSize = 2.0f;
        style.WindowBorderSize = 2.0f;
    } else {
        ImGui::StyleColorsLight(&style);  // the app's default (engine/ui/imgui_layer.cpp)
        style.FrameBorderSize = applied == 1 ? 0.0f : scale_border;
        style.WindowBorderSize = 1.0f;
    }
    applied = wanted;
}

}  // namespace perfuse
