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

namespace perfuse::phys {
class Simulation;
}

namespace perfuse {

enum class ScreenKind {
    hlm_main,         // the heart-lung machine's system screen (theatre)
    patient_monitor,  // bedside and wall monitors: traces and numbers
    ecmo_console,     // the adult ECMO cart's console (ICU)
    ilp_console,      // the limb perfusion machine's screen (ILP room)
    paediatric_ecmo_console,  // the paediatric ECMO cart's console (ICU, at the cot)
};

// The screen a material name stands for, or nothing (another material).
std::optional<ScreenKind> screen_kind_for_material(std::string_view material_name);
// The console that runs on a machine screen (none for the patient monitor).
ConsoleKind console_on_screen(ScreenKind kind);

// The circuit the live model runs, as the machine screens need it: which console, and whether the
// patient is a child (the ICU has an adult ECMO cart and a paediatric one, each showing only its own).
struct RunningCircuit {
    ConsoleKind console = ConsoleKind::none;
    bool paediatric = false;  // under 16 years, the flow model's child/adult boundary (patient_size.h)
};
// What SIM runs (nothing when SIM is null).
RunningCircuit running_circuit(const phys::Simulation* sim);
// Whether screen KIND shows RUNNING: its own console, on its own kind of patient for the ECMO carts;
// the patient monitor whenever any circuit runs.
bool screen_shows(ScreenKind kind, const RunningCircuit& running);

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

// The groups a machine screen shows for the running circuit: the console's groups when the screen
// shows RUNNING (screen_shows), else none (the machine stands by). The patient monitor has one group,
// its numbers in monitor order.
std::vector<ScreenGroup> screen_groups(ScreenKind kind, const RunningCircuit& running, const Readings& readings,
                                       const ConsoleText& text);

}  // namespace perfuse
