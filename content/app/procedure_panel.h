#pragma once
// The procedure panel: the procedure's title and style, progress and time, the steps (the current one
// highlighted in guided style), the instruction and why it matters, hints (after a delay when guided,
// on request in practice, none in assessment), a "why this is wrong" box after a mistake, and what the
// last action did. Its words come from assets/assembly/panel_<language>.json.
#include <filesystem>
#include <map>
#include <string>

#include "app/procedure_controls.h"

namespace perfuse {

struct AppRenderer;
struct AssemblySession;

struct ProcedurePanelText {
    std::map<std::string, std::string> styles;  // guided, practice, assess, autoplay
    std::string progress;                       // "{done} of {total} steps done"
    std::string time, steps, now, why, hints, hint_button, no_more_hints, mistake, finished, holding, chosen_port,
        controls, controls_title;
    ConsoleControlsText console;  // the "Console" section's words
};

// Throws std::runtime_error("FILE: what is wrong") for a missing file, bad JSON or a missing key.
ProcedurePanelText load_procedure_panel_text(const std::filesystem::path& file);
// Where the app's panel words are: assets/assembly/panel_en.json.
std::filesystem::path procedure_panel_text_file();

// "{done} of {total}" with the numbers put in.
std::string fill_progress(const std::string& pattern, int done, int total);

// Draws the panel when a procedure runs (nothing otherwise). Keyboard: the hint button takes focus
// with Tab while ImGui has keyboard navigation.
void draw_procedure_panel(AppRenderer& r);
// The panel's contents without its window or its keys' help, for a panel elsewhere (the VR menu): the
// procedure in A, what is in hand and the last action's outcome, the step, hints, mistake and steps.
void draw_procedure_panel_contents(AssemblySession& a);

}  // namespace perfuse
