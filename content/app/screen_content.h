#pragma once
// What each machine screen in the rooms shows, as plain data (no ImGui, no GPU): which screen a
// room material names ("screen:<id>", written by tools/assetgen), and the rows of readings a console
// screen draws. Every value goes through shown_value() (console_layout.h), the path the ImGui panels
// use, so a screen shows exactly the flow model's number, formatted the same way.
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "app/console_text.h"
#include "console_layout.h"

namespace perfuse {

enum class ScreenKind {
    hlm_main,         // the heart-lung machine's system screen (theatre)
    patient_monitor,  // bedside and wall monitors: traces and numbers
    ecmo_console,     // the adult ECMO cart's console (ICU)
    ilp_console,      // the limb perfusion machine's screen (ILP room)
};

// The screen a material name stands for, or nothing (another material, or a screen not drawn yet,
// such as the paediatric ECMO cart's).
std::optional<ScreenKind> screen_kind_for_material(std::string_view material_name);
// The console that runs on a machine screen (none for the patient monitor).
ConsoleKind console_on_screen(ScreenKind kind);

struct ScreenRow {
    std::string reading;  // the reading's name (readings.cpp)
    std::string label;
    std::string value;    // shown_value(): the model's number formatted, "--" when it does not apply
    std::string unit;
};

struct ScreenGroup {
    std::string title;
    std::vector<ScreenRow> rows;
};

// The groups a machine screen shows for the running circuit: the console's groups when RUNNING is
// the screen's own console, else none (the machine stands by). The patient monitor has one group,
// its numbers in monitor order.
std::vector<ScreenGroup> screen_groups(ScreenKind kind, ConsoleKind running, const Readings& readings,
                                       const ConsoleText& text);

}  // namespace perfuse
