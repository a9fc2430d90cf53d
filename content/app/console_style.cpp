#include "app/console_style.h"

#include <iterator>
#include <utility>

namespace perfuse {

ImVec4 priority_colour(AlarmPriority p) {
    switch (p) {
        case AlarmPriority::high: return {1.0f, 0.25f, 0.2f, 1.0f};
        case AlarmPriority::medium: return {1.0f, 0.85f, 0.1f, 1.0f};
        case AlarmPriority::low: return {0.3f, 0.9f, 1.0f, 1.0f};
    }
    return kNormalValue;
}

ImVec4 reading_colour(const AlarmEngine& alarms, const std::string& reading) {
    for (const AlarmStatus* a : shown_alarms(alarms))  // most urgent first
        if (a->limit.reading == reading) return priority_colour(a->limit.priority);
    return kNormalValue;
}

void place_panel(PanelSlot slot, float width_em) {
    const ImGuiViewport* v = ImGui::GetMainViewport();
    const float w = ImGui::GetFontSize() * width_em;
    const float margin = 8.0f;
    ImVec2 pos{margin, margin}, pivot{0.0f, 0.0f};
    switch (slot) {
        case PanelSlot::left: pos = {margin, margin}; break;
        case PanelSlot::right: pos = {v->Size.x - margin, margin}; pivot = {1.0f, 0.0f}; break;
        case PanelSlot::bottom_right: pos = {v->Size.x - margin, v->Size.y - margin}; pivot = {1.0f, 1.0f}; break;
        case PanelSlot::bottom_left: pos = {margin, v->Size.y - margin}; pivot = {0.0f, 1.0f}; break;
        case PanelSlot::top: pos = {v->Size.x * 0.5f, margin}; pivot = {0.5f, 0.0f}; break;
        case PanelSlot::bottom: pos = {v->Size.x * 0.5f, v->Size.y - margin}; pivot = {0.5f, 1.0f}; break;
        case PanelSlot::centre: pos = {v->Size.x * 0.5f, v->Size.y * 0.5f}; pivot = {0.5f, 0.5f}; break;
    }
    ImGui::SetNextWindowPos(pos, ImGuiCond_FirstUseEver, pivot);
    ImGui::SetNextWindowSizeConstraints(ImVec2(w, 0.0f), ImVec2(w, v->Size.y - 2.0f * margin));
}

namespace {
const std::pair<ImGuiCol, ImVec4> kConsoleColours[] = {
    {ImGuiCol_WindowBg, {0.06f, 0.08f, 0.10f, 0.96f}},   {ImGuiCol_Text, {0.92f, 0.94f, 0.96f, 1.0f}},
    {ImGuiCol_TitleBg, {0.05f, 0.22f, 0.26f, 1.0f}},     {ImGuiCol_TitleBgActive, {0.05f, 0.30f, 0.35f, 1.0f}},
    {ImGuiCol_FrameBg, {0.16f, 0.20f, 0.24f, 1.0f}},     {ImGuiCol_Button, {0.14f, 0.32f, 0.40f, 1.0f}},
    {ImGuiCol_Header, {0.14f, 0.32f, 0.40f, 1.0f}},      {ImGuiCol_Tab, {0.10f, 0.22f, 0.28f, 1.0f}},
    {ImGuiCol_TabActive, {0.16f, 0.40f, 0.48f, 1.0f}},  {ImGuiCol_Border, {0.30f, 0.36f, 0.42f, 1.0f}},
    {ImGuiCol_Separator, {0.30f, 0.36f, 0.42f, 1.0f}},  {ImGuiCol_SliderGrab, {0.40f, 0.75f, 0.85f, 1.0f}},
    {ImGuiCol_CheckMark, {0.40f, 0.85f, 0.95f, 1.0f}},  {ImGuiCol_TextDisabled, {0.60f, 0.64f, 0.68f, 1.0f}},
};
}  // namespace

bool begin_panel(const std::string& title, const char* id, PanelSlot slot, float width_em) {
    place_panel(slot, width_em);
    for (const auto& [col, colour] : kConsoleColours) ImGui::PushStyleColor(col, colour);
    return ImGui::Begin((title + "###" + id).c_str(), nullptr, kPanelFlags);
}

void end_panel() {
    ImGui::End();
    ImGui::PopStyleColor(int(std::size(kConsoleColours)));
}

void heading(const std::string& text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.6f, 0.8f, 0.95f, 1.0f));
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
    ImGui::Separator();
}

}  // namespace perfuse
