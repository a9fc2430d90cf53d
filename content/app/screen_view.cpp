#include "app/screen_view.h"

#include <algorithm>

#include "app/console_style.h"

namespace perfuse {

namespace {
const ImVec4 kScreenBackground{0.02f, 0.03f, 0.05f, 1.0f};
const ImVec4 kTitleColour{0.6f, 0.8f, 0.95f, 1.0f};
constexpr float kPaddingPx = 10.0f;
constexpr float kGapPx = 14.0f;     // between a label and the widest value
constexpr float kUnitGapPx = 6.0f;  // between a value and its unit

const char* title_key(ScreenKind kind) {
    switch (kind) {
        case ScreenKind::hlm_main: return "hlm_title";
        case ScreenKind::ecmo_console: return "ecmo_title";
        case ScreenKind::paediatric_ecmo_console: return "paediatric_ecmo_title";
        case ScreenKind::ilp_console: return "ilp_title";
        case ScreenKind::patient_monitor: break;
    }
    return "monitor_title";
}

// The machine's name, then its most urgent alarm (or none) in the priority colour.
void title_line(ScreenKind kind, const ConsolePanels& p, const LiveModel& live) {
    ImGui::PushStyleColor(ImGuiCol_Text, kTitleColour);
    ImGui::TextUnformatted(p.text[title_key(kind)].c_str());
    ImGui::PopStyleColor();
    if (!live.sim()) return;
    const std::vector<const AlarmStatus*> shown = shown_alarms(live.console().alarms);
    if (shown.empty()) return;
    const std::string& words = p.text.alarm(shown.front()->limit.id);
    ImGui::SameLine(std::max(ImGui::GetCursorPosX(), ImGui::GetWindowWidth() - kPaddingPx - ImGui::CalcTextSize(words.c_str()).x));
    ImGui::PushStyleColor(ImGuiCol_Text, priority_colour(shown.front()->limit.priority));
    ImGui::TextUnformatted(words.c_str());
    ImGui::PopStyleColor();
}

// Where a row's value ends across its column (after the widest label and value, so the rows line
// up), and the text scale that fits the widest row in the column: long labels shrink the text a
// little rather than run into their values.
struct RowLayout {
    float value_right_px = 0.0f;
    float font_scale = 1.0f;
};

RowLayout row_layout(const std::vector<ScreenGroup>& groups, float column_w) {
    float label_w = 0.0f, value_w = 0.0f, unit_w = 0.0f;
    for (const ScreenGroup& g : groups)
        for (const ScreenRow& row : g.rows) {
            label_w = std::max(label_w, ImGui::CalcTextSize(row.label.c_str()).x);
            value_w = std::max(value_w, ImGui::CalcTextSize(row.value.c_str()).x);
            unit_w = std::max(unit_w, ImGui::CalcTextSize(row.unit.c_str()).x);
        }
    const float row_w = label_w + kGapPx + value_w + kUnitGapPx + unit_w;
    const float scale = row_w > column_w ? column_w / row_w : 1.0f;
    return {.value_right_px = (label_w + kGapPx + value_w) * scale, .font_scale = scale};
}

void row_line(const ScreenRow& row, const AlarmEngine& alarms, float column_x, const RowLayout& layout) {
    ImGui::SetCursorPosX(column_x);
    ImGui::TextUnformatted(row.label.c_str());
    const float value_w = ImGui::CalcTextSize(row.value.c_str()).x;
    ImGui::SameLine(column_x + layout.value_right_px - value_w);
    ImGui::PushStyleColor(ImGuiCol_Text, reading_colour(alarms, row.reading));
    ImGui::TextUnformatted(row.value.c_str());
    ImGui::PopStyleColor();
    ImGui::SameLine(column_x + layout.value_right_px + kUnitGapPx * layout.font_scale);
    ImGui::TextDisabled("%s", row.unit.c_str());
}

// Lines a group takes: its heading and its rows.
std::size_t group_lines(const ScreenGroup& g) { return g.rows.size() + 1; }

// The groups in two columns: the left one takes groups while they fit in half the lines.
void console_columns(const std::vector<ScreenGroup>& groups, const AlarmEngine& alarms) {
    std::size_t total = 0;
    for (const ScreenGroup& g : groups) total += group_lines(g);
    const float column_w = (ImGui::GetWindowWidth() - 3.0f * kPaddingPx) * 0.5f;
    const RowLayout layout = row_layout(groups, column_w);
    ImGui::SetWindowFontScale(layout.font_scale);
    const float top_y = ImGui::GetCursorPosY();
    std::size_t lines = 0;
    bool right = false;
    for (const ScreenGroup& g : groups) {
        if (!right && lines > 0 && lines + group_lines(g) > (total + 1) / 2) {
            right = true;
            ImGui::SetCursorPosY(top_y);
        }
        const float x = right ? 2.0f * kPaddingPx + column_w : kPaddingPx;
        ImGui::SetCursorPosX(x);
        ImGui::PushStyleColor(ImGuiCol_Text, kTitleColour);
        ImGui::TextUnformatted(g.title.c_str());
        ImGui::PopStyleColor();
        for (const ScreenRow& row : g.rows) row_line(row, alarms, x, layout);
        lines += group_lines(g);
    }
    ImGui::SetWindowFontScale(1.0f);
}
}  // namespace

ImVec4 screen_background() {
    return ImGui::ColorConvertU32ToFloat4(ImGui::ColorConvertFloat4ToU32(kScreenBackground));
}

void draw_screen_view(ScreenKind kind, const ConsolePanels& p, const LiveModel& live, ImVec2 size) {
    ImGui::SetNextWindowPos({0.0f, 0.0f});
    ImGui::SetNextWindowSize(size);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, {kPaddingPx, kPaddingPx * 0.6f});
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 0.0f);
    ImGui::Begin("##screen", nullptr, ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoSavedSettings |
                                          ImGuiWindowFlags_NoInputs | ImGuiWindowFlags_NoNav |
                                          ImGuiWindowFlags_NoBackground);
    title_line(kind, p, live);
    ImGui::Separator();
    if (kind == ScreenKind::patient_monitor) {
        draw_monitor_content(p, live);
    } else {
        const std::vector<ScreenGroup> groups =
            screen_groups(kind, running_circuit(live.sim()), live.console().readings, p.text);
        if (groups.empty()) ImGui::TextWrapped("%s", p.text["screen_standby"].c_str());
        else console_columns(groups, live.console().alarms);
    }
    ImGui::End();
    ImGui::PopStyleVar(2);
}

}  // namespace perfuse
