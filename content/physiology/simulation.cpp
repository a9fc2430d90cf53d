#include "simulation.h"

#include <algorithm>
#include <cmath>

#include "blood_gas.h"
#include "cannula.h"
#include "centrifugal_pump.h"
#include "clamp.h"
#include "heat_exchanger.h"
#include "oxygenator.h"
#include "reservoir.h"
#include "roller_pump.h"
#include "tubing.h"

namespace perfuse::phys {

const char* to_string(Fault f) {
    switch (f) {
        case Fault::oxygenator_failure: return "oxygenator_failure";
        case Fault::air_in_arterial_line: return "air_in_arterial_line";
        case Fault::pump_stop: return "pump_stop";
        case Fault::power_loss: return "power_loss";
        case Fault::venous_kink: return "venous_kink";
        case Fault::hypovolaemia: return "hypovolaemia";
    }
    return "?";
}

std::optional<Fault> fault_from_string(const std::string& s) {
    for (Fault f : {Fault::oxygenator_failure, Fault::air_in_arterial_line, Fault::pump_stop, Fault::power_loss,
                    Fault::venous_kink, Fault::hypovolaemia}) {
        if (s == to_string(f)) return f;
    }
    return std::nullopt;
}

namespace {
double finite_or(double v, double fallback) { return std::isfinite(v) ? v : fallback; }

// The limb is isolated while a line runs to a cannula in one of its vessels: a part joined to a limb
// site that is also joined to something else. Cannulae left in the vessels with the lines off are
// taken as removed and the vessels repaired (the decannulation step).
bool joins_limb(const CircuitGraph* graph) {
    if (graph == nullptr) return false;
    auto is_limb = [](const PortRef& r) { return r.part == "patient" && (r.port == "limb_artery" || r.port == "limb_vein"); };
    for (const Connection& c : graph->connections) {
        if (!is_limb(c.from) && !is_limb(c.to)) continue;
        const std::string& part = is_limb(c.from) ? c.to.part : c.from.part;
        for (const Connection& other : graph->connections) {
            if (&other != &c && (other.from.part == part || other.to.part == part)) return true;
        }
    }
    return false;
}
}  // namespace

Simulation::Simulation(const PatientSpec& patient, const CircuitOptions& circuit) : spec_(patient), options_(circuit) {
    build(patient, nullptr);
}

Simulation::Simulation(const PatientSpec& patient, const CircuitOptions& circuit, const CircuitGraph& graph)
    : spec_(patient), options_(circuit) {
    build(patient, &graph);
}

Simulation::~Simulation() = default;

void Simulation::build(const PatientSpec& patient, const CircuitGraph* graph) {
    // Sanitise the patient so nonsense in the API still gives a finite, physical model.
    spec_.age_years = std::clamp(finite_or(patient.age_years, 50.0), 0.0, 120.0);
    spec_.weight_kg = std::clamp(finite_or(patient.weight_kg, 70.0), 0.5, 300.0);
    spec_.height_cm = std::clamp(finite_or(patient.height_cm, 170.0), 30.0, 250.0);
    spec_.hb_g_dl = std::clamp(finite_or(patient.hb_g_dl, 13.5), 1.0, 25.0);
    spec_.temperature_c = std::clamp(finite_or(patient.temperature_c, 37.0), 10.0, 45.0);
    full_flow_l_min_ = full_flow_l_min(spec_);
    const bool ilp = options_.type == CircuitType::ilp;
    const double limb_l = std::clamp(finite_or(options_.limb_volume_l.value_or(default_limb_volume_l(options_.limb)),
                                               10.0), 0.5, 30.0);
    patient_ = std::make_unique<Patient>(spec_, net_, ilp ? options_.limb : Limb::none, limb_l);

    CircuitGraph standard;
    if (graph == nullptr && options_.type != CircuitType::none) {
        StandardCircuit sc = standard_circuit(options_, spec_);
        if (!sc.error.empty()) { error_ = sc.error; return; }
        standard = std::move(sc.graph);
        graph = &standard;
    }
    set_defaults();
    if (graph != nullptr) {
        const double prime_hb = std::clamp(finite_or(default_prime_hb_g_dl(options_, spec_), 0.0), 0.0, 25.0);
        const Amounts prime = blood_per_ml(prime_hb, spec_.temperature_c, 150.0, 40.0);
        circuit_ = assemble(*graph, *patient_, net_, prime, settings_.heater_c.value_or(spec_.temperature_c));
        if (!circuit_.error.empty()) { error_ = circuit_.error; return; }
        for (const auto& p : circuit_.parts) {
            switch (p->spec().type) {
                case PartType::roller_pump: if (!roller_) roller_ = static_cast<RollerPump*>(p.get()); break;
                case PartType::centrifugal_pump: if (!centrifugal_) centrifugal_ = static_cast<CentrifugalPump*>(p.get()); break;
                case PartType::oxygenator: if (!oxygenator_) oxygenator_ = static_cast<Oxygenator*>(p.get()); break;
                case PartType::heat_exchanger: if (!heater_) heater_ = static_cast<HeatExchanger*>(p.get()); break;
                case PartType::reservoir: if (!reservoir_) reservoir_ = static_cast<Reservoir*>(p.get()); break;
                case PartType::arterial_filter: has_filter_ = true; break;
                default: break;
            }
        }
        venous_clamp_ = dynamic_cast<Clamp*>(circuit_.find("venous_clamp"));
        arterial_clamp_ = dynamic_cast<Clamp*>(circuit_.find("arterial_clamp"));
        venous_line_ = dynamic_cast<Tubing*>(circuit_.find("venous_line"));
        drainage_ = circuit_.find("drainage_cannula");
        if (drainage_ == nullptr) drainage_ = circuit_.find("venous_cannula");
        if (reservoir_ != nullptr) reservoir_target_ml_ = std::max(reservoir_->prime_volume_ml(), 2.0 * reservoir_->alarm_ml());
    }
    if (ilp) {
        // The limb is cut off from the body while the circuit is joined to its vessels (cannulated and
        // snared); before cannulation and after decannulation its own circulation runs.
        patient_->isolate_limb(joins_limb(graph));
        if (reservoir_ != nullptr) {
            // Radiolabel given into the circuit before the drugs, counted over the heart (sources section 3).
            net_.compartment(reservoir_->node()).amount[kTracer] += kIlpTracerCounts;
            tracer_total_ = kIlpTracerCounts;
        }
    }
    push_settings();
    initial_volume_ml_ = net_.total_volume_ml();
    evaluate();
}

void Simulation::set_defaults() {
    const double full = full_flow_l_min(spec_);
    const bool ilp = options_.type == CircuitType::ilp;
    settings_.sweep_l_min = ilp ? 0.8 * (options_.limb == Limb::arm ? kIlpArmFlowLMin : kIlpLegFlowLMin) : 0.8 * full;
    settings_.fio2 = 0.6;
    settings_.heater_c = ilp ? kIlpHeaterC : spec_.temperature_c;
    settings_.vent_fio2 = options_.type == CircuitType::none ? 0.21 : 0.4;
}

void Simulation::apply(const SettingsPatch& p) {
    auto put = [](auto& dst, const auto& src) { if (src) dst = *src; };
    put(settings_.pump_flow_l_min, p.pump_flow_l_min);
    put(settings_.pump_rpm, p.pump_rpm);
    if (p.pump_flow_l_min) settings_.pump_rpm.reset();
    if (p.pump_rpm && roller_ != nullptr) settings_.pump_flow_l_min.reset();
    put(settings_.sweep_l_min, p.sweep_l_min);
    put(settings_.fio2, p.fio2);
    put(settings_.heater_c, p.heater_c);
    put(settings_.arterial_clamp, p.arterial_clamp);
    put(settings_.venous_clamp, p.venous_clamp);
    if (p.venous_occlusion) settings_.venous_occlusion = p.venous_occlusion;
    if (p.venous_occlusion_auto) settings_.venous_occlusion.reset();
    put(settings_.tourniquet, p.tourniquet);
    put(settings_.vent_fio2, p.vent_fio2);
    put(settings_.ventilated, p.ventilated);
    put(settings_.cardioplegia_ml_min, p.cardioplegia_ml_min);
    put(settings_.cardioplegia_ratio, p.cardioplegia_ratio);
    put(settings_.haemofilter_ml_min, p.haemofilter_ml_min);
    put(settings_.washout_ml_min, p.washout_ml_min);
    put(settings_.hand_crank_rpm, p.hand_crank_rpm);
    put(settings_.bubble_detector, p.bubble_detector);
    put(settings_.level_detector, p.level_detector);
    put(settings_.line_pressure_servo, p.line_pressure_servo);
    if (p.line_pressure_limit_mmHg) {
        settings_.line_pressure_limit_mmHg = std::clamp(finite_or(*p.line_pressure_limit_mmHg, kDefaultLinePressureLimitMmHg),
                                                        kMinLinePressureLimitMmHg, kMaxLinePressureLimitMmHg);
    }
    if (p.heart) patient_->set_heart(*p.heart);
    if (p.lungs) patient_->set_lungs(*p.lungs);
    // Actions.
    const int target = fluid_target();
    if (p.fluid_ml) give(target, std::clamp(finite_or(*p.fluid_ml, 0.0), 0.0, 20000.0),
                         blood_per_ml(0.0, spec_.temperature_c, 150.0, 0.0));
    if (p.blood_ml) give(target, std::clamp(finite_or(*p.blood_ml, 0.0), 0.0, 20000.0),
                         blood_per_ml(kPackedCellHct * gas::kMchcGPerDl, spec_.temperature_c, 150.0, 40.0));
    if (p.bleed_ml) take(patient_->nodes().vein_lower, std::clamp(finite_or(*p.bleed_ml, 0.0), 0.0, 1e6));
    if (p.heparin_u_per_kg) anticoagulation_.give_heparin(*p.heparin_u_per_kg);
    if (p.protamine_mg_per_kg) anticoagulation_.give_protamine(*p.protamine_mg_per_kg);
    if (p.melphalan_mg) {
        const int node = reservoir_ != nullptr ? reservoir_->node() : target;
        net_.compartment(node).amount[kMelphalan] += std::clamp(finite_or(*p.melphalan_mg, 0.0), 0.0, 10000.0);
    }
    push_settings();
}

void Simulation::inject(Fault f) {
    faults_[static_cast<int>(f)] = true;
    if (f == Fault::hypovolaemia) {
        bleed_remaining_ml_ += kHypovolaemiaFraction * patient_->blood_volume_ml();
        bleed_rate_ml_s_ = kHypovolaemiaFraction * patient_->blood_volume_ml() / kHypovolaemiaSeconds;
    }
    if (f == Fault::air_in_arterial_line && (roller_ != nullptr || centrifugal_ != nullptr)) {
        if (settings_.bubble_detector) {
            air_in_line_ml_ += kAirBolusMl;
            air_halt_ = true;  // the arterial bubble detector stops the pump
        } else {
            air_to_patient_ml_ += kAirBolusMl * (has_filter_ ? 1.0 - 0.9 : 1.0);
        }
    }
    push_settings();
}

void Simulation::clear(Fault f) {
    faults_[static_cast<int>(f)] = false;
    if (f == Fault::air_in_arterial_line) {  // line de-aired, detector reset
        air_in_line_ml_ = 0.0;
        air_halt_ = false;
    }
    if (f == Fault::hypovolaemia) bleed_remaining_ml_ = 0.0;
    push_settings();
}

double Simulation::effective_rpm() const {
    if (faults_[static_cast<int>(Fault::pump_stop)] || air_halt_ || level_halt_) return 0.0;
    double rpm = 0.0;
    if (roller_ != nullptr) {
        if (settings_.pump_rpm) {
            rpm = *settings_.pump_rpm;
        } else {
            const double default_flow = options_.type == CircuitType::ilp
                                            ? (options_.limb == Limb::arm ? kIlpArmFlowLMin : kIlpLegFlowLMin)
                                            : full_flow_l_min_;
            const double flow = settings_.pump_flow_l_min.value_or(default_flow);
            rpm = l_min_to_ml_s(finite_or(flow, 0.0)) * 60.0 / roller_stroke_ml_per_rev(roller_->spec().tubing);
        }
    } else if (centrifugal_ != nullptr) {
        rpm = settings_.pump_rpm.value_or(kDefaultCentrifugalRpm);
    }
    // The console's pressure servo holds a roller pump back against a high line pressure.
    if (roller_ != nullptr) rpm *= servo_.speed_fraction();
    // A power cut stops the console; the pump turns only by the hand crank.
    if (faults_[static_cast<int>(Fault::power_loss)]) rpm = settings_.hand_crank_rpm;
    return finite_or(rpm, 0.0);
}

void Simulation::push_settings() {
    if (!patient_) return;
    patient_->set_ventilator(std::clamp(finite_or(settings_.vent_fio2, 0.21), 0.0, 1.0), settings_.ventilated);
    patient_->set_tourniquet(settings_.tourniquet);
    if (roller_ != nullptr) roller_->set_rpm(effective_rpm());
    if (centrifugal_ != nullptr) {
        centrifugal_->set_rpm(effective_rpm());
        centrifugal_->set_deprimed(air_in_line_ml_ > 0.0 && air_halt_);
    }
    const bool power = !faults_[static_cast<int>(Fault::power_loss)];
    if (oxygenator_ != nullptr) {
        // Sweep gas comes from the wall through the blender; the failure fault is the membrane itself.
        oxygenator_->set_gas(settings_.sweep_l_min.value_or(0.0), settings_.fio2.value_or(0.21));
        oxygenator_->set_failed(faults_[static_cast<int>(Fault::oxygenator_failure)]);
    }
    if (heater_ != nullptr) {
        heater_->set_target_c(settings_.heater_c.value_or(spec_.temperature_c));
        heater_->set_powered(power);
    }
    if (arterial_clamp_ != nullptr) arterial_clamp_->set_closed(settings_.arterial_clamp);
    if (venous_clamp_ != nullptr) {
        venous_clamp_->set_closed(settings_.venous_clamp);
        if (settings_.venous_occlusion) venous_clamp_->set_occlusion(finite_or(*settings_.venous_occlusion, 0.0));
    }
    if (venous_line_ != nullptr) venous_line_->set_kinked(faults_[static_cast<int>(Fault::venous_kink)]);
}

// Fluids go into the reservoir if there is one, otherwise into the large (compliant) lower-body veins.
int Simulation::fluid_target() const { return reservoir_ != nullptr ? reservoir_->node() : patient_->nodes().vein_lower; }

void Simulation::give(int node, double volume_ml, const Amounts& per_ml) {
    if (!(volume_ml > 0.0)) return;
    net_.add_volume(node, volume_ml, per_ml);
    external_in_ml_ += volume_ml;
}

double Simulation::take(int node, double volume_ml) {
    const double taken = net_.remove_volume(node, volume_ml);
    external_out_ml_ += taken;
    return taken;
}

void Simulation::run_actions(double dt_s) {
    // Haemorrhage (hypovolaemia fault).
    if (bleed_remaining_ml_ > 0.0) {
        const double v = std::min(bleed_remaining_ml_, bleed_rate_ml_s_ * dt_s);
        bleed_remaining_ml_ -= v;
        take(patient_->nodes().vein_lower, v);
    }
    const int arterial_node = heater_ != nullptr ? heater_->node() : (oxygenator_ != nullptr ? oxygenator_->node() : -1);
    // Blood cardioplegia: arterial blood plus cold crystalloid into the coronaries; its potassium arrests the heart.
    if (settings_.cardioplegia_ml_min > 0.0 && arterial_node >= 0) {
        const double rate = std::clamp(finite_or(settings_.cardioplegia_ml_min, 0.0), 0.0, 1000.0) / 60.0;
        const double ratio = std::clamp(finite_or(settings_.cardioplegia_ratio, 4.0), 0.0, 100.0);
        const double blood_ml = rate * ratio / (ratio + 1.0) * dt_s;
        const double crystalloid_ml = rate / (ratio + 1.0) * dt_s;
        auto& src = net_.compartment(arterial_node);
        const double moved = std::min(blood_ml, src.volume_ml);
        if (moved > 0.0) {
            Amounts per_ml{};
            for (size_t k = 0; k < kSpeciesCount; ++k) per_ml[k] = src.amount[k] / src.volume_ml;
            net_.remove_volume(arterial_node, moved);
            net_.add_volume(patient_->nodes().art_upper, moved, per_ml);
        }
        give(patient_->nodes().art_upper, crystalloid_ml, blood_per_ml(0.0, 4.0, 150.0, 0.0));
        patient_->set_heart(HeartState::arrested);
    }
    // Haemoconcentration: plasma water leaves; cells, bound O2 and tracer (albumin-bound) stay. Only the
    // water above kMaxUltrafiltrationHct can be taken: without that limit, long steps or a small arterial
    // compartment halved its volume step after step and the concentrations grew without bound (to Inf).
    if (settings_.haemofilter_ml_min > 0.0 && arterial_node >= 0) {
        auto& c = net_.compartment(arterial_node);
        const double filterable_ml = std::max(0.0, c.volume_ml - c.amount[kRbc] / kMaxUltrafiltrationHct);
        const double v = std::min(std::clamp(finite_or(settings_.haemofilter_ml_min, 0.0), 0.0, 500.0) / 60.0 * dt_s,
                                  std::min(0.5 * c.volume_ml, filterable_ml));
        if (v > 0.0 && c.volume_ml > 1e-6) {
            const double keep = (c.volume_ml - v) / c.volume_ml;
            c.amount[kHeat] *= keep;
            c.amount[kCo2] *= keep;
            c.amount[kMelphalan] *= keep;
            c.volume_ml -= v;
            external_out_ml_ += v;
        }
    }
    washout(dt_s);
    // The perfusionist holds the reservoir level with the venous occluder unless told to set it by hand.
    if (reservoir_ != nullptr && venous_clamp_ != nullptr && !settings_.venous_occlusion) {
        const double v = net_.compartment(reservoir_->node()).volume_ml;
        const double err = std::clamp((v - reservoir_target_ml_) / reservoir_target_ml_, -1.0, 1.0);
        occluder_integral_ = std::clamp(occluder_integral_ + 0.02 * err * dt_s, 0.0, 0.98);
        const double goal = std::clamp(occluder_integral_ + 1.5 * err, 0.0, 0.98);
        const double now = venous_clamp_->occlusion();
        venous_clamp_->set_occlusion(now + (goal - now) * (1.0 - occluder_smoothing_.factor(dt_s)));
    }
}

// Washout: crystalloid runs into the arterial side (after the heat exchanger) and the same volume of
// venous effluent is drained from the venous line to waste, so the fluid flushes through the limb and
// the circuit's volume stays; the drug is diluted out. Without those parts, the reservoir does both.
void Simulation::washout(double dt_s) {
    if (!(settings_.washout_ml_min > 0.0) || reservoir_ == nullptr) return;
    const int from = venous_line_ != nullptr ? venous_line_->node() : reservoir_->node();
    const int into = heater_ != nullptr ? heater_->node() : (oxygenator_ != nullptr ? oxygenator_->node() : reservoir_->node());
    const double rate_ml_s = std::clamp(finite_or(settings_.washout_ml_min, 0.0), 0.0, kMaxWashoutMlMin) / 60.0;
    const double wanted_ml = std::min(rate_ml_s * dt_s, 0.5 * net_.compartment(from).volume_ml);
    const double drained_ml = take(from, wanted_ml);
    give(into, drained_ml, blood_per_ml(0.0, settings_.heater_c.value_or(spec_.temperature_c), 150.0, 0.0));
}

void Simulation::step(double dt_s) {
    if (!error_.empty() || !(dt_s > 0.0) || !std::isfinite(dt_s)) return;
    dt_s = std::min(dt_s, 60.0);
    advance(dt_s);
    time_s_ += dt_s;
}

void Simulation::evaluate() {
    if (error_.empty()) advance(1e-6);
}

void Simulation::advance(double dt_s) {
    run_actions(dt_s);
    patient_->prepare(net_, dt_s);
    for (auto& p : circuit_.parts) p->prepare(net_, dt_s);
    for (auto& r : circuit_.recirculations) r->prepare(net_, dt_s);
    net_.step(dt_s);
    patient_->finish(net_, dt_s);
    for (auto& p : circuit_.parts) p->finish(net_, dt_s);
    anticoagulation_.step(dt_s);
    after_step(dt_s);
}

void Simulation::after_step(double dt_s) {
    // An occlusive pump fed from an empty reservoir pumps air; the level and bubble detectors stop it.
    if (roller_ != nullptr && reservoir_ != nullptr && roller_->inflow() >= 0) {
        const double short_ml = (roller_->commanded_ml_s() - net_.path(roller_->inflow()).flow_ml_s) * dt_s;
        const double level = net_.compartment(reservoir_->node()).volume_ml;
        if (short_ml > 1e-6 && level < 1.0) {
            if (settings_.bubble_detector) {
                air_in_line_ml_ += short_ml;
                air_halt_ = true;
            } else {
                air_to_patient_ml_ += short_ml * (has_filter_ ? 1.0 - 0.9 : 1.0);
            }
        }
        if (settings_.level_detector && level < reservoir_->alarm_ml()) level_halt_ = true;
        if (level_halt_ && (!settings_.level_detector || level > 1.5 * reservoir_->alarm_ml())) level_halt_ = false;
    }
    // The servo is part of the powered console: without power (hand cranking) nothing slows the pump.
    if (roller_ != nullptr) {
        servo_.update(net_.pressure(roller_->node()), settings_.line_pressure_limit_mmHg,
                      settings_.line_pressure_servo && !faults_[static_cast<int>(Fault::power_loss)]);
    }
    push_settings();
}

double Simulation::pump_flow_l_min() const {
    if (roller_ != nullptr && roller_->inflow() >= 0) return ml_s_to_l_min(net_.path(roller_->inflow()).flow_ml_s);
    if (centrifugal_ != nullptr && centrifugal_->inflow() >= 0) return ml_s_to_l_min(net_.path(centrifugal_->inflow()).flow_ml_s);
    return 0.0;
}

}  // namespace perfuse::phys
