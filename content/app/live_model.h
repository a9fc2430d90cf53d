#pragma once
// The app's running flow model: the room's default simulation (theatre: adult CPB; ICU: adult femoral
// VA ECMO; ILP room: leg ILP), the console beside it (readings, alarms, trends, timers) and the time
// control (pause, 1x, 2x, 10x in the model's fixed steps). The panels and the 3D screens draw from
// console(); controls go through apply(), inject() and clear_fault().
//
// A procedure may hand in its own simulation with use(sim): the console then shows and steps that one
// (its alarms, trends and timers start afresh) until use(nullptr) goes back to the room's default.
// The caller keeps ownership of an external simulation and must call use(nullptr) before freeing it.
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "causes.h"
#include "console_session.h"
#include "crisis_player.h"
#include "simulation.h"
#include "time_control.h"

namespace perfuse {

// The scenario file (in assets/scenarios) whose patient, circuit and starting settings a room runs,
// or empty for a room with no circuit.
std::string default_scenario_for_room(const std::string& scene_id);

class LiveModel {
public:
    // ASSET_DIR: the app's assets folder (scenarios, alarms, causes).
    explicit LiveModel(std::filesystem::path asset_dir);
    ~LiveModel();
    LiveModel(const LiveModel&) = delete;
    LiveModel& operator=(const LiveModel&) = delete;

    // Rebuilds the default simulation for room SCENE_ID (theatre, icu, ilp). Returns an empty string,
    // or one line naming the file and the problem (the model is then empty: has_model() is false).
    std::string load_room(const std::string& scene_id);
    // Shows and steps EXTERNAL instead of the room's default; nullptr goes back to the default.
    void use(phys::Simulation* external);
    bool using_external() const { return external_ != nullptr; }

    // Advances by WALL_DT_S of real time at the current speed, in whole fixed model steps.
    // Returns the number of model steps run.
    int update(double wall_dt_s);
    // Runs exactly N model steps whatever the speed (scripted states, tests).
    void step(int n);

    bool has_model() const { return sim() != nullptr; }
    phys::Simulation* sim();
    const phys::Simulation* sim() const;
    const ConsoleSession& console() const { return console_; }
    ConsoleSession& console() { return console_; }
    TimeControl& time() { return time_; }
    const TimeControl& time() const { return time_; }
    const CauseRules& causes() const { return causes_; }
    const std::string& room() const { return room_; }
    const std::string& error() const { return error_; }  // the last load problem, or empty

    // Controls: change the model's settings, inject or clear a fault; readings refresh at once.
    // While a control setter is installed, each workbench control in the patch (pump_flow_l_min,
    // pump_rpm, sweep_l_min, fio2, heater_c, cardioplegia_ml_min) goes to it first; one it takes (true)
    // is left to the setter (a running procedure's workbench, which sets the model in its turn).
    // A slider still being dragged (ControlEdit::dragging) sets the model alone, so it follows the drag;
    // the setter gets the value once, when the drag ends (one logged action, not one a frame).
    enum class ControlEdit { done, dragging };
    void apply(const phys::SettingsPatch& patch, ControlEdit edit = ControlEdit::done);
    using ControlSetter = std::function<bool(const std::string& key, double value)>;
    void set_control_setter(ControlSetter setter) { control_setter_ = std::move(setter); }
    bool has_control_setter() const { return bool(control_setter_); }
    void inject(phys::Fault f);
    void clear_fault(phys::Fault f);
    int acknowledge_all_alarms();

    // Crises: one written for the running circuit's kind (cpb, va_ecmo, vv_ecmo, ilp) plays its faults on
    // that running model, LEAD_S from now; any other replaces the running simulation with the crisis's
    // scenario (fast-forwarded to LEAD_S before the onset). Returns an empty string or one line saying
    // why it could not start.
    std::string start_crisis(const Crisis& crisis, double lead_s = 10.0);
    void play_crisis_response(CrisisResponse response);
    const CrisisPlayer* crisis() const { return crisis_ ? &*crisis_ : nullptr; }
    // Ends the crisis: on the running circuit, clears the faults it injected; otherwise goes back to the
    // room's default simulation.
    void end_crisis();

private:
    void restart_console();

    std::filesystem::path asset_dir_;
    std::string room_;
    std::string error_;
    std::unique_ptr<phys::Simulation> own_;
    phys::Simulation* external_ = nullptr;
    ConsoleSession console_;
    TimeControl time_;
    CauseRules causes_;
    std::optional<CrisisPlayer> crisis_;
    phys::Simulation* crisis_sim_ = nullptr;  // the model the crisis plays on
    bool crisis_on_running_ = false;          // played on the circuit that was already running
    ControlSetter control_setter_;            // none: every control goes to the model directly
};

}  // namespace perfuse
