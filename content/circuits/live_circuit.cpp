#include "live_circuit.h"

#include <algorithm>
#include <cmath>

#include "clamp.h"

namespace perfuse::circuits {

namespace {
bool is_on(const Workbench& b, const std::string& key, double fallback) { return b.control(key).value_or(fallback) >= 0.5; }

bool has_part(const phys::Simulation& sim, phys::PartType type) {
    for (const auto& p : sim.circuit().parts) {
        if (p->spec().type == type) return true;
    }
    return false;
}
}  // namespace

LiveCircuit::LiveCircuit(Workbench bench) : bench_(std::move(bench)) {
    // A patient alone until parts are joined; rebuilt at once if the kit starts with some in use.
    phys::CircuitOptions options = bench_.options();
    sim_ = std::make_unique<phys::Simulation>(bench_.patient(), options, phys::CircuitGraph{});
    if (!sim_->error().empty()) error_ = sim_->error();
    sync();
}

namespace {
// Two graphs build the same flow model (same parts, sizes, prime and joins).
bool same_graph(const phys::CircuitGraph& a, const phys::CircuitGraph& b) {
    if (a.parts.size() != b.parts.size() || a.connections.size() != b.connections.size()) return false;
    for (size_t i = 0; i < a.parts.size(); ++i) {
        if (a.parts[i].id != b.parts[i].id || a.parts[i].fill_ml != b.parts[i].fill_ml) return false;
    }
    for (size_t i = 0; i < a.connections.size(); ++i) {
        const auto& x = a.connections[i];
        const auto& y = b.connections[i];
        if (x.from.part != y.from.part || x.from.port != y.from.port || x.to.part != y.to.part || x.to.port != y.to.port) {
            return false;
        }
    }
    return true;
}
}  // namespace

void LiveCircuit::rebuild() {
    built_version_ = bench_.topology_version();
    phys::CircuitGraph graph = bench_.to_graph();
    // Items without flow parts (gas and water lines, the cardioplegia set) change nothing the model
    // holds: keep it running rather than start the patient again.
    if (rebuilds_ > 0 && same_graph(graph, built_graph_)) return;
    auto next = std::make_unique<phys::Simulation>(bench_.patient(), bench_.options(), graph);
    if (!next->error().empty()) {
        error_ = next->error();  // the previous model keeps running
        return;
    }
    error_.clear();
    built_graph_ = std::move(graph);
    // The patient goes on where they were: blood, drugs, organs, faults (air already in the line
    // included) and the clock come over to the new model.
    next->carry_state_from(*sim_);
    sim_ = std::move(next);
    ++rebuilds_;
    pushed_levels_ = -1;
}

void LiveCircuit::push_controls() {
    pushed_levels_ = bench_.levels_version();
    const Workbench& b = bench_;
    phys::SettingsPatch p;
    const bool on = is_on(b, "pump_on", 0.0);
    if (has_part(*sim_, phys::PartType::roller_pump)) {
        p.pump_flow_l_min = on ? b.control("pump_flow_l_min").value_or(0.0) : 0.0;
    } else {
        p.pump_rpm = on ? b.control("pump_rpm").value_or(0.0) : 0.0;
    }
    // Gas and water reach the oxygenator only through their lines; without them there is no sweep, and
    // the heat exchanger has no water flowing (it stays at the patient's starting temperature).
    p.sweep_l_min = b.control_routed("sweep_l_min") ? b.control("sweep_l_min").value_or(0.0) : 0.0;
    if (b.control_routed("fio2")) {
        if (auto v = b.control("fio2")) p.fio2 = *v;
    } else {
        p.fio2 = 0.21;
    }
    p.heater_c = b.control_routed("heater_c") ? b.control("heater_c").value_or(b.patient().temperature_c)
                                              : b.patient().temperature_c;
  p.cardioplegia_ml_min = b.control_routed("cardioplegia_ml_min") ? b.control("cardioplegia_ml_min").value_or(0.0) : 0.0;
    p.washout_ml_min = b.control("washout_ml_min").value_or(0.0);
    if (auto v = b.control("vent_fio2")) p.vent_fio2 = *v;
    p.ventilated = is_on(b, "ventilated", 1.0);
    p.bubble_detector = is_on(b, "bubble_detector", 1.0);
    p.level_detector = is_on(b, "level_detector", 1.0);
    p.line_pressure_servo = is_on(b, "line_pressure_servo", 1.0);
    if (auto v = b.control("line_pressure_limit_mmHg")) p.line_pressure_limit_mmHg = *v;
    p.tourniquet = is_on(b, "tourniquet", 1.0) ? phys::Tourniquet::tight : phys::Tourniquet::loose;
    if (auto v = b.control("heart_beating"); v && *v >= 0.5 && p.cardioplegia_ml_min.value_or(0.0) <= 0.0) {
        p.heart = phys::HeartState::normal;
    }
    // Clamps: the two the flow model's settings know by name, any other directly on its part.
    for (const auto& item : b.kit().items) {
        if (item.clamp.empty() || !b.in_use(item.id)) continue;
        const bool closed = b.state(item.id).clamped;
        if (item.clamp == "venous_clamp") {
            p.venous_clamp = closed;
        } else if (item.clamp == "arterial_clamp") {
            p.arterial_clamp = closed;
        } else if (auto* c = dynamic_cast<phys::Clamp*>(sim_->circuit().find(item.clamp))) {
            c->set_closed(closed);
        }
    }
    sim_->apply(p);
}

void LiveCircuit::sync() {
    if (built_version_ != bench_.topology_version()) rebuild();
    if (pushed_levels_ != bench_.levels_version()) push_controls();
    for (const auto& [key, amount] : bench_.take_doses()) {
        phys::SettingsPatch d;
        if (key == "heparin_u_per_kg") d.heparin_u_per_kg = amount;
        if (key == "protamine_mg_per_kg") d.protamine_mg_per_kg = amount;
        if (key == "fluid_ml") d.fluid_ml = amount;
        if (key == "melphalan_mg") d.melphalan_mg = amount;
        sim_->apply(d);
    }
    // Air left in the circuit (never primed, or not de-aired) is pumped towards the patient once the
    // circuit returns blood to them: the arterial bubble detector (if on) stops the pump.
    const bool air_going = bench_.has_air() && bench_.returns_to_patient() && sim_->pump_flow_l_min() > 0.05;
    if (air_going && !air_injected_) {
        air_injected_ = true;
        sim_->inject(phys::Fault::air_in_arterial_line);
    } else if (air_injected_ && !bench_.has_air()) {
        air_injected_ = false;  // de-aired and the detector reset
        sim_->clear(phys::Fault::air_in_arterial_line);
    }
}

void LiveCircuit::advance(double dt_s, double step_s) {
    if (!(dt_s > 0.0) || !std::isfinite(dt_s)) return;
    step_s = std::clamp(std::isfinite(step_s) ? step_s : phys::kDefaultStepS, 1e-3, 1.0);
    step_carry_s_ += dt_s;
    while (step_carry_s_ >= step_s * 0.999) {
        sync();
        sim_->step(step_s);
        step_carry_s_ -= step_s;
    }
    sync();
}

phys::Snapshot LiveCircuit::snapshot() const {
    phys::Snapshot s = sim_->snapshot();
    s.t_s = time_s();
    return s;
}

}  // namespace perfuse::circuits
