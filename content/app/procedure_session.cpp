#include "app/procedure_session.h"

#include <cmath>
#include <cstdio>

#include "app/app_options.h"
#include "app/app_paths.h"
#include "app/app_renderer.h"
#include "app/procedure_controls.h"
#include "platform/file_io.h"
#include "procedure_loader.h"
#include "report.h"

namespace perfuse {

namespace {

// Simulated seconds a script's wait may run in one frame (the model runs far faster than real time).
constexpr double kScriptSimSecondsPerFrame = 30.0;

// Moves the run on and, when that rebuilt its flow model (a new object), shows and steps the new one:
// the LiveModel must never keep the old pointer.
void follow(AppRenderer& r, ProcedureSession& s) {
    s.run->follow();
    if (r.live && r.live->sim() != &s.run->live().simulation()) r.live->use(&s.run->live().simulation());
}

void start(AppRenderer& r, ProcedureSession& s) {
    s.started = true;
    const AppOptions& o = r.options;
    if (o.procedure.empty() && o.script.empty()) return;
    procedures::Script script;
    if (!o.script.empty()) {
        procedures::ScriptLoad load = procedures::load_script(o.script);
        if (!load.error.empty()) { s.error = load.error; return; }
        script = std::move(load.script);
    }
    const std::string id = !o.procedure.empty() ? o.procedure : script.procedure;
    if (id.empty()) { s.error = o.script + ": names no procedure (give \"procedure\" or --procedure)"; return; }
    const std::string style_name = !o.style.empty() ? o.style : (!script.style.empty() ? script.style : "guided");
    const auto style = procedures::style_from_string(style_name);
    if (!style) { s.error = o.script + ": unknown style \"" + style_name + "\" (guided, practice, assess, autoplay)"; return; }
    if (const std::string e = begin_procedure(r, id, *style); !e.empty()) { s.error = e; return; }
    if (!o.script.empty()) {
        s.script = std::make_unique<procedures::ScriptRunner>(std::move(script), *s.run);
        // Waits run the model through the LiveModel, so the console's alarms and trends see every step.
        s.script->advance = [&r, &s](double dt_s) {
            const int steps = std::max(1, static_cast<int>(std::lround(dt_s / r.live->time().step_s)));
            follow(r, s);
            r.live->step(steps);
            follow(r, s);
        };
    }
}

}  // namespace

std::string begin_procedure(AppRenderer& r, const std::string& id, procedures::Style style,
                            const procedures::PatientChoice& patient) {
    procedures::RunLoad load = procedures::start_procedure(asset_dir().string(), id, style, patient);
    if (!load.error.empty()) return load.error;
    ProcedureSession& s = r.procedure;
    const std::string scene = load.run->live().bench().kit().scene;
    if (scene != r.room.id) {
        if (!r.options.headless) {
            r.overlay.go_to_room = scene;  // the desktop run moves the viewer there too
        } else if (const std::string e = r.switch_room(scene); !e.empty()) {
            return e;
        }
    }
    if (r.live) r.live->use(nullptr);  // before the old run's simulation goes
    s.script.reset();
    s.run = std::move(load.run);
    name_run_controls(*s.run);
    s.started = true;
    if (r.live) r.live->use(&s.run->live().simulation());
    route_console_to_procedure(r);
    return {};
}

void update_procedure(AppRenderer& r, float dt_s) {
    ProcedureSession& s = r.procedure;
    if (!s.started) start(r, s);
    if (!s.run) return;
    follow(r, s);
    if (s.script && !s.script->done()) s.script->update(dt_s, kScriptSimSecondsPerFrame);
    follow(r, s);  // the script's actions may have changed the circuit
}

bool procedure_script_running(const AppRenderer& r) {
    const ProcedureSession& s = r.procedure;
    if (!s.started) return !r.options.script.empty();
    return s.error.empty() && s.script && !s.script->done();
}

int finish_procedure(AppRenderer& r) {
    ProcedureSession& s = r.procedure;
    if (!s.error.empty()) {
        std::fprintf(stderr, "perfuse: %s\n", s.error.c_str());
        return 2;
    }
    int code = 0;
    std::string failure;
    if (s.script) {
        if (!s.script->done()) failure = "script stopped before its end (after " + std::to_string(s.script->next_action()) + " actions)";
        else failure = s.script->failure();
        if (!failure.empty()) {
            std::fprintf(stderr, "perfuse: %s: %s\n", r.options.script.c_str(), failure.c_str());
            code = 1;
        }
    }
    if (!r.options.report.empty() && s.run) {
        const std::string json = procedures::report_json(*s.run, failure) + "\n";
        if (const std::string e = write_file_atomic(r.options.report, json.data(), json.size()); !e.empty()) {
            std::fprintf(stderr, "perfuse: cannot write report: %s\n", e.c_str());
            code = code == 0 ? 1 : code;
        }
    }
    if (r.live && s.run) r.live->use(nullptr);  // the run's simulation goes with the session
    return code;
}

void choose_procedure_room(AppOptions& options) {
    std::string id = options.procedure;
    if (id.empty() && !options.script.empty()) id = procedures::load_script(options.script).script.procedure;
    if (id.empty()) return;
    const std::string assets = asset_dir().string();
    const procedures::ProcedureLoad p = procedures::load_procedure(procedures::procedure_path(assets, id));
    if (!p.error.empty()) return;
    const procedures::KitLoad k = procedures::load_kit(procedures::kit_path(assets, p.procedure.kit));
    if (k.error.empty() && !k.kit.scene.empty()) options.scene = k.kit.scene;
}

int print_list_items(const AppOptions& options) {
    const std::string assets = asset_dir().string();
    std::vector<circuits::Kit> kits;
    for (const auto& id : procedures::kit_ids(assets)) {
        procedures::KitLoad k = procedures::load_kit(procedures::kit_path(assets, id));
        if (!k.error.empty()) {
            std::fprintf(stderr, "perfuse: %s\n", k.error.c_str());
            return 2;
        }
        if (k.kit.scene == options.scene) kits.push_back(std::move(k.kit));
    }
    std::printf("%s\n", procedures::items_json(kits).c_str());
    return 0;
}

}  // namespace perfuse
