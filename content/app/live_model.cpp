#include "app/live_model.h"

#include <algorithm>
#include <cmath>

#include "alarm_limits.h"
#include "runner.h"
#include "scenario.h"

namespace perfuse {

namespace {
// Limits for the running simulation's circuit and patient (no limits when there is no file: a bare
// patient with no circuit has no console alarms).
AlarmSet alarm_set_for(const std::filesystem::path& asset_dir, const phys::Simulation& sim, std::string* error) {
    if (sim.type() == phys::CircuitType::none) return {};
    const std::filesystem::path file =
        asset_dir / "alarms" / (alarm_file_stem(sim.type(), sim.patient().spec()) + ".json");
    AlarmSetResult loaded = load_alarm_set(file.string());
    if (!loaded.set) {
        if (error && error->empty()) *error = loaded.error;
        return {};
    }
    return *loaded.set;
}
}  // namespace

std::string default_scenario_for_room(const std::string& scene_id) {
    if (scene_id == "theatre") return "cpb_adult.json";
    if (scene_id == "icu") return "va_ecmo_femoral.json";
    if (scene_id == "ilp") return "ilp_leg.json";
    return {};
}

LiveModel::LiveModel(std::filesystem::path asset_dir) : asset_dir_(std::move(asset_dir)) {
    const CauseRulesResult rules = load_cause_rules((asset_dir_ / "alarms" / "causes.json").string());
    if (rules.rules)
        causes_ = *rules.rules;
    else
        error_ = rules.error;
}

LiveModel::~LiveModel() = default;

std::string LiveModel::load_room(const std::string& scene_id) {
    room_ = scene_id;
    own_.reset();
    external_ = nullptr;
    crisis_.reset();
    crisis_sim_ = nullptr;
    console_ = {};
    const std::string file = default_scenario_for_room(scene_id);
    if (file.empty()) return {};
    const std::filesystem::path path = asset_dir_ / "scenarios" / file;
    const scenarios::ParseResult parsed = scenarios::load_scenario(path.string());
    if (!parsed.scenario) return error_ = parsed.error;
    std::string why;
    own_ = scenarios::start(*parsed.scenario, &why);
    if (!own_) return error_ = path.string() + ": " + why;
    restart_console();
    return {};
}

void LiveModel::use(phys::Simulation* external) {
    if (external == external_) return;
    if (crisis_ && crisis_sim_ == external_ && external_ != nullptr) {
        // A procedure's model rebuilt from a changed circuit carries the clock and faults over: the crisis
        // follows it. A model that goes away for good takes the crisis with it.
        crisis_sim_ = external;
        if (!external) crisis_.reset();
    }
    external_ = external;
    time_.carry_s = 0.0;
    if (sim()) restart_console();
    else console_ = {};
}

phys::Simulation* LiveModel::sim() { return external_ ? external_ : own_.get(); }
const phys::Simulation* LiveModel::sim() const { return external_ ? external_ : own_.get(); }

int LiveModel::update(double wall_dt_s) {
    if (!has_model()) return 0;
    const int n = steps_for(time_, wall_dt_s);
    step(n);
    return n;
}

void LiveModel::step(int n) {
    phys::Simulation* s = sim();
    if (!s) return;
    CrisisPlayer* player = crisis_ && s == crisis_sim_ ? &*crisis_ : nullptr;
    for (int i = 0; i < n; ++i) step_with_crisis(console_, *s, player, time_.step_s);
}

void LiveModel::apply(const phys::SettingsPatch& given, ControlEdit edit) {
    phys::SettingsPatch patch = given;
    if (control_setter_ && edit == ControlEdit::done) {
        const auto offer = [&](const char* key, std::optional<double>& value) {
            if (value && control_setter_(key, *value)) value.reset();
        };
        offer("pump_flow_l_min", patch.pump_flow_l_min);
        offer("pump_rpm", patch.pump_rpm);
        offer("sweep_l_min", patch.sweep_l_min);
        offer("fio2", patch.fio2);
        offer("heater_c", patch.heater_c);
        offer("cardioplegia_ml_min", patch.cardioplegia_ml_min);
    }
    if (phys::Simulation* s = sim()) {
        s->apply(patch);
        s->evaluate();
        refresh_console(console_, *s);
    }
}

void LiveModel::inject(phys::Fault f) {
    if (phys::Simulation* s = sim()) {
        s->inject(f);
        s->evaluate();
        refresh_console(console_, *s);
    }
}

void LiveModel::clear_fault(phys::Fault f) {
    if (phys::Simulation* s = sim()) {
        s->clear(f);
        s->evaluate();
        refresh_console(console_, *s);
    }
}

int LiveModel::acknowledge_all_alarms() {
    return acknowledge_all(console_.alarms, has_model() ? sim()->time_s() : 0.0);
}

std::string LiveModel::start_crisis(const Crisis& crisis, double lead_s) {
    if (phys::Simulation* running = sim(); running && crisis_fits(crisis, *running)) {
        // The room's own circuit goes on with the trainee's settings; the crisis's faults come to it.
        crisis_ = make_crisis_player_on_running(crisis, running->time_s(), lead_s);
        crisis_sim_ = running;
        crisis_on_running_ = true;
        console_.trends = trends_for_crisis(crisis, console_.trends.options);
        refresh_console(console_, *running);
        return {};
    }
    std::string why;
    std::unique_ptr<phys::Simulation> sim = scenarios::start(crisis.scenario, &why);
    if (!sim) return crisis.id + ": " + why;
    own_ = std::move(sim);
    external_ = nullptr;
    crisis_ = make_crisis_player(crisis);
    crisis_sim_ = own_.get();
    crisis_on_running_ = false;
    restart_console();
    console_.trends = trends_for_crisis(crisis, console_.trends.options);
    refresh_console(console_, *own_);
    const double until_s = std::max(0.0, crisis.onset_s - lead_s);
    step(static_cast<int>(std::llround(until_s / time_.step_s)));
    time_.carry_s = 0.0;
    return {};
}

void LiveModel::play_crisis_response(CrisisResponse response) {
    if (crisis_ && crisis_sim_) play_response(*crisis_, response, crisis_sim_->time_s());
}

void LiveModel::end_crisis() {
    if (!crisis_) return;
    if (crisis_on_running_ && crisis_sim_) {
        end_crisis_on_running(*crisis_, *crisis_sim_);
        crisis_.reset();
        crisis_sim_ = nullptr;
        if (sim()) refresh_console(console_, *sim());
        return;
    }
    const std::string room = room_;
    load_room(room);
}

void LiveModel::restart_console() {
    std::string why;
    const AlarmSet alarms = alarm_set_for(asset_dir_, *sim(), &why);
    if (!why.empty()) error_ = why;
    console_ = make_console_session(*sim(), alarms);
}

}  // namespace perfuse
