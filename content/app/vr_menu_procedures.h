#pragma once
// The procedures page of the VR menu: a button beside the room buttons (in a room where procedures are
// done) opens it in place of the tour and the rooms.
// It lists the procedures done in the room the player stands in (the Learn mode's procedures, for each
// patient age that has one: assets/procedures/choices.json) and starts one (guided); while one runs it shows the desktop procedure panel's contents (the step to do, why,
// hints, the last mistake, what is in hand and why the last action was refused), a button to stop, the
// desktop panel's Console section (switches, dials, doses, Prime and De-air, pressed with the pointer),
// and, when the current step is done at the console, a button that does the step's console settings as
// the procedure's data gives them, for a player who finds dragging a slider with a laser hard.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace perfuse {

struct AssemblySession;
struct VrAssembly;
class LiveModel;

// assets/vr/procedures_en.json
struct VrProcedureMenuText {
    std::string open_page, heading, none_here, start, stop, back, how, console_step, elsewhere, pointing_at;
};

// A procedure the page can start: "VA ECMO (Newborn baby)" is paediatric_ecmo, done in the ICU.
struct VrProcedureOffer {
    std::string procedure;  // its file id (assets/procedures/<id>.json)
    std::string label;
    std::string scene;      // the room it is done in
};

struct VrProcedureMenu {
    VrProcedureMenuText text;
    std::vector<VrProcedureOffer> procedures;  // in every room
    bool page_open = false;
    // Lent by the run each frame before the menu is drawn.
    std::string room;
    AssemblySession* assembly = nullptr;  // the running procedure's (null: none)
    std::vector<std::string>* speak = nullptr;  // what the Console section's outcomes ask to be read aloud
    std::string pointed_label;            // what a controller points at among the parts, or empty
    std::string error;                    // why the last start failed, or empty
    // What the last press on the page asked for; the run takes it after the menu.
    struct Press {
        enum class Kind { start, stop, console_step } kind = Kind::start;
        std::string procedure;  // start: its id
    };
    std::optional<Press> pressed;
};

// Loads the page's words and the procedures. Throws std::runtime_error with one line naming the file.
VrProcedureMenu load_vr_procedure_menu(const std::filesystem::path& asset_dir);

// Inside the menu's window, at its top: while the page is open, its Back button and the page. True when
// the page was drawn (the menu then draws nothing more).
bool draw_vr_procedures_page(VrProcedureMenu& menu);
// On the line of the room buttons: the button that opens the page, when procedures are done in this room.
void draw_vr_procedures_button(VrProcedureMenu& menu);

// After the menu: does what the page's last press asked (starts or stops a procedure, or does the current
// step's console settings; a failed start or a refused setting keeps its one line for the page).
void take_vr_procedure_press(VrProcedureMenu& menu, VrAssembly& assembly, LiveModel& live);

}  // namespace perfuse
