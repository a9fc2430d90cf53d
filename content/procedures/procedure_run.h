#pragma once
// One procedure being done: the workbench and its flow model, the step engine, and (in autoplay or
// when a script plays) the actions being played at a visible pace. This is what the app holds
// (AppRenderer::procedure) and what the 3D assembly and the step panel act on and read.
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "live_circuit.h"
#include "procedure.h"
#include "step_engine.h"

namespace perfuse::procedures {

struct RunLoad;

class ProcedureRun {
public:
    ProcedureRun(const Procedure& procedure, circuits::Kit kit, Style style);

    // The user's actions (from the 3D room, the keyboard, a script or autoplay), logged with their result.
    circuits::ActionResult perform(const Action& action);
    circuits::ActionResult take(const std::string& item);
    circuits::ActionResult mount(const std::string& item, const std::string& mount_point);
    circuits::ActionResult connect(const std::string& port_a, const std::string& port_b);
    circuits::ActionResult disconnect(const std::string& port_a, const std::string& port_b);
    circuits::ActionResult clamp(const std::string& item);
    circuits::ActionResult unclamp(const std::string& item);
    circuits::ActionResult set(const std::string& key, double value);

    // Advances the flow model and the steps by dt_s of simulated time (fixed inner steps), and plays
    // autoplay actions every autoplay_interval_s.
    void update(double dt_s);
    // For a flow model stepped by someone else (the app's LiveModel): passes the workbench's changes on
    // and moves the steps and autoplay on by the simulated time that has passed since the last call.
    void follow();

    const Procedure& procedure() const { return engine_.procedure(); }
    const StepEngine& steps() const { return engine_; }
    StepEngine& steps() { return engine_; }
    circuits::LiveCircuit& live() { return live_; }
    const circuits::LiveCircuit& live() const { return live_; }
    const circuits::Workbench& bench() const { return live_.bench(); }
    Style style() const { return engine_.style(); }
    const std::string& last_refusal() const { return last_refusal_; }

    // Autoplay pace: one action every this many seconds (visible in the room).
    double autoplay_interval_s = 1.5;
    // Autoplay: the action about to be played (for the panel), if any.
    std::optional<Action> next_autoplay_action() const;

private:
    void play_autoplay(double dt_s);
    void start_faults();  // the faults of steps that have just become current

    circuits::LiveCircuit live_;
    StepEngine engine_;
    std::string last_refusal_;
    int autoplay_step_ = -1;
    size_t autoplay_action_ = 0;
    double autoplay_wait_s_ = 0.0;
    double autoplay_timer_s_ = 0.0;
    double followed_s_ = 0.0;
    std::vector<bool> faults_started_;
};

// Loads procedure `id` and its kit from the assets folder; error is one line when it cannot. `patient`
// changes the procedure's patient (the modes' heart and lung choices).
struct RunLoad {
    std::unique_ptr<ProcedureRun> run;
    std::string error;
};
struct PatientChoice {
    std::optional<phys::HeartState> heart;
    std::optional<phys::LungState> lungs;
};
RunLoad start_procedure(const std::string& assets_dir, const std::string& procedure_id, Style style,
                        const PatientChoice& patient = {});

}  // namespace perfuse::procedures
