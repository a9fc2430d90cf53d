// The procedure panel's "Console" section: a switch for each on/off control, a slider for each level
// (set when the slider is let go), a value and a Give button for each dose, and the Prime and De-air
// buttons. It shows what is set now, never what the step wants (so assessment gives nothing away).
#include <algorithm>
#include <optional>
#include <string>

#include <imgui.h>

#include "app/assembly_session.h"
#include "app/procedure_controls.h"
#include "procedure_run.h"

namespace perfuse {

namespace {

constexpr float kConsoleRows = 6.0f;  // the section shows about this many rows and scrolls

const char* format_for(const ProcedureControl& c) { return c.max - c.min > 20.0 ? "%.0f" : "%.2f"; }

// TEXT as an ImGui format that prints it as it is.
std::string escaped_percent(const std::string& text) {
    std::string out;
    for (const char ch : text) out += ch == '%' ? std::string("%%") : std::string(1, ch);
    return out;
}

// On and Off side by side; neither is lit while the control has not been set in this procedure.
void on_off_row(const ConsoleControlsText& text, procedures::ProcedureRun& run, const ProcedureControl& c,
                std::optional<ControlOutcome>& outcome) {
    const std::optional<double> now = run.bench().control(c.key);
    ImGui::TextUnformatted(text.labels.at(c.key).c_str());
    ImGui::SameLine(ImGui::GetFontSize() * 14.0f);
    if (ImGui::RadioButton(text.on.c_str(), now && *now >= 0.5)) outcome = use_control(run, text, c, 1.0);
    ImGui::SameLine();
    if (ImGui::RadioButton(text.off.c_str(), now && *now < 0.5)) outcome = use_control(run, text, c, 0.0);
}

// A slider over the control's range, set on release. While it is dragged the value lives in ImGui's
// storage; otherwise it follows the workbench (where the console's own sliders may have moved it).
void level_row(const ConsoleControlsText& text, procedures::ProcedureRun& run, const ProcedureControl& c,
               std::optional<ControlOutcome>& outcome) {
    ImGui::TextWrapped("%s", text.labels.at(c.key).c_str());
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID id = ImGui::GetID(("draft " + c.key).c_str()), editing = ImGui::GetID(("editing " + c.key).c_str());
    const std::optional<double> set = run.bench().control(c.key);
    const bool was_editing = storage->GetBool(editing, false);
    const float now = float(set.value_or(c.min));
    float value = was_editing ? storage->GetFloat(id, now) : now;
    // Not set yet in this procedure: the slider says so instead of showing its lowest value as if set.
    const std::string not_set = escaped_percent(text.not_set);
    ImGui::SetNextItemWidth(-1.0f);
    ImGui::SliderFloat(("##" + c.key).c_str(), &value, float(c.min), float(c.max),
                       set || was_editing ? format_for(c) : not_set.c_str(), ImGuiSliderFlags_AlwaysClamp);
    if (ImGui::IsItemDeactivatedAfterEdit()) outcome = use_control(run, text, c, value);
    storage->SetBool(editing, ImGui::IsItemActive());
    storage->SetFloat(id, value);
}

// A dose: the amount (kept as typed) and a Give button; each press gives it once.
void dose_row(const ConsoleControlsText& text, procedures::ProcedureRun& run, const ProcedureControl& c,
              std::optional<ControlOutcome>& outcome) {
    ImGui::TextWrapped("%s", text.labels.at(c.key).c_str());
    ImGui::PushID(c.key.c_str());
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID id = ImGui::GetID("amount");
    float amount = storage->GetFloat(id, 0.0f);
    ImGui::SetNextItemWidth(ImGui::GetFontSize() * 8.0f);
    ImGui::InputFloat("##amount", &amount, 0.0f, 0.0f, format_for(c));
    storage->SetFloat(id, amount);
    ImGui::SameLine();
    if (ImGui::Button(text.give.c_str())) outcome = use_control(run, text, c, amount);
    ImGui::PopID();
}

void circuit_buttons(const ConsoleControlsText& text, procedures::ProcedureRun& run, const ProcedureControls& list,
                     std::optional<ControlOutcome>& outcome) {
    if (list.prime && ImGui::Button(text.prime.c_str())) outcome = prime_circuit(run);
    // The button, then the part's name beside it (wrapped: some names are long).
    for (const std::string& item : list.de_air_items) {
        const circuits::ItemSpec* spec = run.bench().kit().item(item);
        if (ImGui::Button((text.de_air + "##de_air " + item).c_str())) outcome = de_air_item(run, item);
        ImGui::SameLine();
        ImGui::TextWrapped("%s", spec ? spec->name.c_str() : item.c_str());
    }
}

// Guided: when a step becomes current the section opens if the step is done at the console and closes
// otherwise (the trainee may still open or close it during the step).
void open_for_guided_step(const procedures::ProcedureRun& run) {
    const int step = run.steps().current_step();
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID seen = ImGui::GetID("console step seen");
    if (run.style() != procedures::Style::guided || step < 0 || storage->GetInt(seen, -1) == step) return;
    storage->SetInt(seen, step);
    const bool console_step = step_uses_console(run.procedure().steps[std::size_t(step)]);
    ImGui::SetNextItemOpen(console_step);
    storage->SetBool(ImGui::GetID("console opened"), console_step);
}

// The panel's scroll that brings the Console section's bottom (CONSOLE_BOTTOM, a cursor y) into view,
// but never so far that the step's instruction (INSTRUCTION_TOP; negative: none shown) goes off the top.
float scroll_to_show_console(float console_bottom, float instruction_top) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float below_title = ImGui::GetCursorStartPos().y + ImGui::GetScrollY() - style.WindowPadding.y;
    float scroll = console_bottom - (ImGui::GetWindowHeight() - style.WindowPadding.y);
    // The row above the instruction (the progress bar) stays out of sight, not cut through.
    if (instruction_top >= 0.0f) scroll = std::min(scroll, instruction_top - style.ItemSpacing.y - below_title);
    return std::max(scroll, 0.0f);
}

// Opening the section scrolls the panel to show it, this frame and the next (when the panel has grown).
constexpr int kScrollFrames = 2;

}  // namespace

void draw_procedure_console(AssemblySession& a, std::vector<std::string>& speak_requests) {
    if (!a.run || !a.panel_text) return;
    const ConsoleControlsText& text = a.panel_text->console;
    procedures::ProcedureRun& run = *a.run;
    // Closed at first, so the steps keep their room on small screens; guided style opens it while a step
    // done at the console is current. Opening it scrolls the panel to show it, as far as keeps the
    // step's instruction in view.
    open_for_guided_step(run);
    if (!ImGui::CollapsingHeader((text.title + "###procedure_console").c_str())) return;
    ImGuiStorage* storage = ImGui::GetStateStorage();
    const ImGuiID scroll_frames = ImGui::GetID("console scroll frames");
    if (ImGui::IsItemToggledOpen() || storage->GetBool(ImGui::GetID("console opened"), false))
        storage->SetInt(scroll_frames, kScrollFrames);
    storage->SetBool(ImGui::GetID("console opened"), false);
    const ProcedureControls list = procedure_controls(run.procedure(), run.bench().kit());
    std::optional<ControlOutcome> outcome;
    // A box a few rows high that scrolls, so a console with many controls keeps the panel on screen.
    ImGui::BeginChild("procedure_console", ImVec2(0.0f, ImGui::GetFrameHeightWithSpacing() * kConsoleRows), true);
    for (const ProcedureControl& c : list.controls) {
        switch (c.widget) {
            case ControlWidget::on_off: on_off_row(text, run, c, outcome); break;
            case ControlWidget::level: level_row(text, run, c, outcome); break;
            case ControlWidget::dose: dose_row(text, run, c, outcome); break;
        }
    }
    circuit_buttons(text, run, list, outcome);
    ImGui::EndChild();
    if (const int frames = storage->GetInt(scroll_frames, 0); frames > 0) {
        storage->SetInt(scroll_frames, frames - 1);
        ImGui::SetScrollY(scroll_to_show_console(ImGui::GetCursorPosY(), storage->GetFloat(ImGui::GetID(kInstructionTop), -1.0f)));
    }
    if (outcome) show_outcome(a, speak_requests, *outcome);
}

}  // namespace perfuse
