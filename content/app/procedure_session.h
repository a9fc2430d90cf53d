#pragma once
// The app's side of a procedure (--procedure, --style, --script, --report, --list-items): starts the
// ProcedureRun in its kit's room, hands its flow model to the LiveModel (which steps it and drives the
// console), moves the steps on each frame, plays a script, and writes the report at the end.
#include <memory>
#include <string>

#include "procedure_run.h"
#include "script_runner.h"

namespace perfuse {

struct AppOptions;
struct AppRenderer;

struct ProcedureSession {
    std::unique_ptr<procedures::ProcedureRun> run;
    std::unique_ptr<procedures::ScriptRunner> script;
    std::string error;           // why the procedure or script could not start (printed once)
    bool started = false;
    bool script_failed = false;
};

// Starts procedure ID in STYLE (replacing any running one): its kit's room, its flow model shown and
// stepped by the LiveModel. For the modes (Learn / Assess) and the command line. Returns an empty string
// or one line naming the file and the problem (nothing changes then).
std::string begin_procedure(AppRenderer& r, const std::string& id, procedures::Style style,
                            const procedures::PatientChoice& patient = {});
// Once a frame, after the flow model: starts the session on the first call (from the options), passes
// workbench changes to the model and moves steps, autoplay and the script on.
void update_procedure(AppRenderer& r, float dt_s);
// A headless run keeps rendering frames while this is true (a script is still playing).
bool procedure_script_running(const AppRenderer& r);
// At the end of a run: writes --report, prints a failed script's line. Returns the exit code the
// procedure asks for (0 fine, 1 a script expectation failed, 2 the procedure or script could not start).
int finish_procedure(AppRenderer& r);
// With --procedure (or a --script naming one), sets options.scene to the room its kit is set out in, so
// the run starts there instead of switching rooms under a running frame. Leaves the options as they are
// when the files cannot be read (the session reports that when it starts).
void choose_procedure_room(AppOptions& options);
// --list-items: prints the items and port ids of the kits set out in SCENE as JSON. Returns the exit code.
int print_list_items(const AppOptions& options);

}  // namespace perfuse
