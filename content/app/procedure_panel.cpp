#include "app/procedure_panel.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include <imgui.h>
#include <nlohmann/json.hpp>

#include "app/app_paths.h"
#include "app/app_renderer.h"
#include "app/text_file.h"
#include "procedure_run.h"

namespace perfuse {

namespace {
const ImVec4 kAccent{0.0f, 0.38f, 0.42f, 1.0f};
const ImVec4 kDone{0.35f, 0.45f, 0.45f, 1.0f};
const ImVec4 kWarning{0.62f, 0.1f, 0.05f, 1.0f};
constexpr float kPanelMarginPx = 16.0f;  // from the window edges, as the room panel
constexpr float kStepLines = 5.0f;  // the step list shows this many lines and scrolls

void heading(const std::string& text) {
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, kAccent);
    ImGui::TextUnformatted(text.c_str());
    ImGui::PopStyleColor();
}

std::string clock_text(double t_s) {
    const int s = t_s > 0.0 ? int(t_s) : 0;
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%d:%02d", s / 60, s % 60);
    return buffer;
}

// The steps in a box a few lines high, scrolled to keep the current one in view.
void draw_steps(const ProcedurePanelText& text, const procedures::ProcedureRun& run, bool highlight) {
    const procedures::StepEngine& engine = run.steps();
    heading(text.steps);
    const int current = engine.current_step();
    ImGui::BeginChild("steps", ImVec2(0.0f, ImGui::GetTextLineHeightWithSpacing() * kStepLines), true);
    for (std::size_t i = 0; i < run.procedure().steps.size(); ++i) {
        const bool done = engine.progress()[i].status == procedures::StepStatus::complete;
        const bool now = highlight && int(i) == current;
        ImGui::PushStyleColor(ImGuiCol_Text, done ? kDone : now ? kAccent : ImGui::GetStyleColorVec4(ImGuiCol_Text));
        ImGui::Text("%s %s", done ? "[x]" : now ? " > " : "[ ]", run.procedure().steps[i].title.c_str());
        ImGui::PopStyleColor();
        if (int(i) == current) ImGui::SetScrollHereY(0.3f);
    }
    ImGui::EndChild();
}

void draw_current(const ProcedurePanelText& text, procedures::ProcedureRun& run, bool show_instruction) {
    procedures::StepEngine& engine = run.steps();
    const int current = engine.current_step();
    if (current < 0) return;
    const procedures::Step& step = run.procedure().steps[std::size_t(current)];
    if (show_instruction) {
        // Where the instruction starts, so the Console section's scrolling keeps it in view.
        ImGui::GetStateStorage()->SetFloat(ImGui::GetID(kInstructionTop), ImGui::GetCursorPosY());
        heading(text.now + ": " + step.title);
        ImGui::TextWrapped("%s", step.instruction.c_str());
        if (!step.why.empty()) {
            heading(text.why);
            ImGui::TextWrapped("%s", step.why.c_str());
        }
    }
    const std::vector<std::string> hints = engine.visible_hints(current);
    if (!hints.empty()) heading(text.hints);
    for (const std::string& hint : hints) ImGui::BulletText("%s", hint.c_str());
    if (run.style() == procedures::Style::practice) {
        ImGui::Spacing();
        if (ImGui::Button(text.hint_button.c_str()) && !engine.request_hint()) ImGui::SetTooltip("%s", text.no_more_hints.c_str());
        if (hints.size() >= step.hints.size() && !step.hints.empty()) ImGui::TextDisabled("%s", text.no_more_hints.c_str());
    }
}

void draw_mistake(const ProcedurePanelText& text, const procedures::StepEngine& engine) {
    const procedures::MistakeEvent* mistake = engine.last_mistake();
    if (!mistake) return;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ImVec4(1.0f, 0.93f, 0.9f, 1.0f));
    ImGui::BeginChild("mistake", ImVec2(0.0f, ImGui::GetTextLineHeightWithSpacing() * 5.5f), true);
    ImGui::PushStyleColor(ImGuiCol_Text, kWarning);
    ImGui::TextUnformatted(text.mistake.c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", mistake->explanation.c_str());
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

void draw_hand(const ProcedurePanelText& text, const AssemblySession& a) {
    const circuits::Workbench& bench = a.run->bench();
    for (const circuits::ItemSpec& item : bench.kit().items) {
        if (!a.world || bench.state(item.id).place != circuits::Place::in_hand) continue;
        // Tubing in use stays "in hand" for the workbench; the trainee sees it laid, not held.
        const bool laid = std::any_of(item.ports.begin(), item.ports.end(), [&](const circuits::PortSpec& port) {
            return !bench.partners(item.id + "." + port.id).empty();
        });
        if (!laid) ImGui::Text("%s: %s", text.holding.c_str(), item.name.c_str());
    }
    if (a.world && !a.chosen.empty())
        ImGui::Text("%s: %s", text.chosen_port.c_str(),
                    a.world->label_of({.kind = AssemblyTarget::Kind::port, .part = a.chosen.part, .port = a.chosen.port}).c_str());
    if (!a.message.empty()) {
        ImGui::PushStyleColor(ImGuiCol_Text, a.message_refused ? kWarning : kAccent);
        ImGui::TextWrapped("%s", a.message.c_str());
        ImGui::PopStyleColor();
    }
}
}  // namespace

ProcedurePanelText load_procedure_panel_text(const std::filesystem::path& file) {
    const nlohmann::json json = read_text_file(file);
    const auto text = [&](const char* key) { return required_text(json, key, file); };
    ProcedurePanelText t;
    if (!json.contains("styles") || !json["styles"].is_object())
        throw std::runtime_error(file.string() + ": 'styles' must map each style to text");
    for (const char* style : {"guided", "practice", "assess", "autoplay"})
        t.styles[style] = required_text(json["styles"], style, file, std::string("styles.") + style);
    t.progress = text("progress");
    t.time = text("time");
    t.steps = text("steps");
    t.now = text("now");
    t.why = text("why");
    t.hints = text("hints");
    t.hint_button = text("hint_button");
    t.no_more_hints = text("no_more_hints");
    t.mistake = text("mistake");
    t.finished = text("finished");
    t.holding = text("holding");
    t.chosen_port = text("chosen_port");
    t.controls = text("controls");
    t.controls_title = text("controls_title");
    t.console = read_console_controls_text(json, file);
    return t;
}

std::filesystem::path procedure_panel_text_file() { return asset_dir() / "assembly" / "panel_en.json"; }

std::string fill_progress(const std::string& pattern, int done, int total) {
    return fill_placeholder(fill_placeholder(pattern, "{done}", std::to_string(done)), "{total}", std::to_string(total));
}

namespace {
// The panel's words, loaded once per procedure; false (and the error kept, printed once) when broken.
bool load_panel_text(AssemblySession& a) {
    if (!a.panel_text) {
        try {
            a.panel_text = std::make_shared<ProcedurePanelText>(load_procedure_panel_text(procedure_panel_text_file()));
        } catch (const std::exception& e) {
            if (a.error.empty()) std::fprintf(stderr, "perfuse: %s\n", e.what());
            a.error = e.what();
            return false;
        }
    }
    return true;
}
}  // namespace

void draw_procedure_panel_contents(AssemblySession& a) {
    if (!a.run || !load_panel_text(a)) return;
    const ProcedurePanelText& text = *a.panel_text;
    procedures::ProcedureRun& run = *a.run;
    const procedures::Style style = run.style();
    const procedures::Score score = run.steps().score();
    ImGui::GetStateStorage()->SetFloat(ImGui::GetID(kInstructionTop), -1.0f);  // none until drawn
    ImGui::TextWrapped("%s", text.styles.at(procedures::to_string(style)).c_str());
    ImGui::Text("%s    %s %s", fill_progress(text.progress, score.steps_complete, score.steps_total).c_str(),
                text.time.c_str(), clock_text(run.steps().time_s()).c_str());
    ImGui::ProgressBar(score.steps_total ? float(score.steps_complete) / float(score.steps_total) : 0.0f,
                       ImVec2(-1.0f, 0.0f), "");
    if (run.steps().finished()) heading(text.finished);
    draw_hand(text, a);
    if (style != procedures::Style::assess) {
        draw_current(text, run, style != procedures::Style::practice);
        draw_mistake(text, run.steps());
        draw_steps(text, run, style == procedures::Style::guided || style == procedures::Style::autoplay);
    }
}

void draw_procedure_panel(AppRenderer& r) {
    AssemblySession& a = r.assembly;
    if (!a.run || !load_panel_text(a)) return;
    const ProcedurePanelText& text = *a.panel_text;
    procedures::ProcedureRun& run = *a.run;

    // Bottom left: the room panel has the top left, information cards the top right.
    const float width = ImGui::GetFontSize() * 24.0f;
    const ImVec2 screen = ImGui::GetMainViewport()->Size;
    ImGui::SetNextWindowPos(ImVec2(kPanelMarginPx, screen.y - kPanelMarginPx), ImGuiCond_Always, ImVec2(0.0f, 1.0f));
    // As tall as it needs, up to the room panel's bottom edge (the panel then scrolls), so the two do not
    // overlap on a laptop's 720 lines; never squeezed below a third of the screen when the room panel is long.
    const float below_room_panel = screen.y - r.overlay.bottom_px - 2.0f * kPanelMarginPx;
    const float max_height = std::max(screen.y / 3.0f, std::min(screen.y * 0.66f, below_room_panel));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, max_height));
    ImGui::SetNextWindowBgAlpha(0.94f);
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin((run.procedure().title + "###procedure_panel").c_str(), nullptr, flags)) {
        draw_procedure_panel_contents(a);
        draw_procedure_console(a, r.speak_requests);
        ImGui::Spacing();
        if (ImGui::CollapsingHeader(text.controls_title.c_str())) ImGui::TextWrapped("%s", text.controls.c_str());
    }
    ImGui::End();
}

}  // namespace perfuse
