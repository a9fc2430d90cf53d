#pragma once
// The console's controls in the procedure panel: which switches, dials and doses this procedure's
// console has (read from its data: every key its steps set or test, never the values they want), the
// Prime and De-air buttons, and what using one of them does. Everything goes through the procedure's
// own actions (ProcedureRun::perform), so it is logged, scored and refused like a click in the room.
// The ImGui drawing is in procedure_controls_panel.cpp; this part has no ImGui, so tests drive it.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace perfuse {

struct AppRenderer;
struct AssemblySession;
namespace procedures {
class ProcedureRun;
struct Procedure;
struct Step;
}  // namespace procedures
namespace circuits {
struct Kit;
}

// How a control is used: a switch is on or off (its range is 0 to 1), a level stays where it is set,
// a dose is given once each time (circuits::ControlSpec::dose).
enum class ControlWidget { on_off, level, dose };

struct ProcedureControl {
    std::string key;  // circuits::controls() key, e.g. "bubble_detector"
    ControlWidget widget = ControlWidget::level;
    double min = 0.0, max = 0.0;
};

struct ProcedureControls {
    std::vector<ProcedureControl> controls;  // in the order the procedure first uses them
    bool prime = false;                      // the procedure primes the circuit
    std::vector<std::string> de_air_items;   // kit items that trap air, when the procedure de-airs
};

// The controls PROCEDURE uses: keys of its steps' "set" actions and of "setting" conditions (in steps'
// done tests and mistakes, and the procedure's own mistakes); keys the console does not know are left out.
ProcedureControls procedure_controls(const procedures::Procedure& procedure, const circuits::Kit& kit);

// True when STEP is done at the console: its actions set a control, prime or de-air, or its test reads
// a control. Guided style opens the Console section for such a step.
bool step_uses_console(const procedures::Step& step);

// The section's words (assets/assembly/panel_en.json, "console"), a label for every control the
// console knows.
struct ConsoleControlsText {
    std::string title, on, off, give, prime, de_air, not_set;
    std::string set_to, given, out_of_range;           // "{control}", "{value}", "{min}", "{max}"
    std::map<std::string, std::string> labels;         // by control key
};
// Reads JSON["console"]; throws std::runtime_error("FILE: 'console.labels.KEY' must be ...") when a
// field or a control's label is missing.
ConsoleControlsText read_console_controls_text(const nlohmann::json& json, const std::filesystem::path& file);

// What an action from the panel did, for the panel's last-outcome line and to be read aloud.
struct ControlOutcome {
    bool refused = false;
    std::string message;
};
// Sets CONTROL to VALUE (a dose: gives VALUE once). A value outside the control's range is refused with
// a plain message (and logged as refused, like any action).
ControlOutcome use_control(procedures::ProcedureRun& run, const ConsoleControlsText& text, const ProcedureControl& control,
                           double value);
ControlOutcome prime_circuit(procedures::ProcedureRun& run);
ControlOutcome de_air_item(procedures::ProcedureRun& run, const std::string& item);
// Shows OUTCOME as the panel's last action (as assembly clicks do) and, when SPEAK, asks for it aloud.
void show_outcome(AssemblySession& a, std::vector<std::string>& speak_requests, const ControlOutcome& outcome, bool speak = true);

// Gives RUN's workbench the console's labels (procedure_panel_text_file()), so its refusals, from the
// room, a script or the VR page, name a control as the panel does. When the words cannot be read the
// keys stay (the panel says what is wrong when it first shows).
void name_run_controls(procedures::ProcedureRun& run);

// The console panel's sliders (LiveModel::apply) go to the running procedure's workbench while the
// console shows the procedure's model, so its steps see them: installed when a procedure starts
// (begin_procedure), and taken away when it ends, when the sliders go to the room's model again.
void route_console_to_procedure(AppRenderer& r);
void route_console_to_room_model(AppRenderer& r);

// The panel's state-storage key for where the current step's instruction starts (a cursor y; negative
// when none is shown): opening the Console section scrolls only as far as keeps it in view.
inline constexpr const char* kInstructionTop = "instruction top";

// Draws the "Console" section in the procedure panel (procedure_controls_panel.cpp).
void draw_procedure_console(AssemblySession& a, std::vector<std::string>& speak_requests);

}  // namespace perfuse
