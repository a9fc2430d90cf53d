// read_console(): copies the flow model's outputs into the console's readings.
#include "readings.h"

#include <array>

#include "heat_exchanger.h"
#include "network.h"

namespace perfuse {

namespace {

using phys::Simulation;

// Blood temperature of a part's compartment (heat is carried as degC*ml).
std::optional<double> blood_temp_c(const Simulation& sim, const char* part_id) {
    const phys::Part* p = sim.circuit().find(part_id);
    if (p == nullptr) return std::nullopt;
    const auto& c = sim.network().compartment(p->node());
    if (c.volume_ml <= 1e-9) return std::nullopt;
    return c.amount[phys::kHeat] / c.volume_ml;
}

bool has_alarm(const std::string& alarms, const std::string& name) {
    size_t start = 0;
    while (start <= alarms.size()) {
        const size_t end = std::min(alarms.find('|', start), alarms.size());
        if (alarms.compare(start, end - start, name) == 0) return true;
        start = end + 1;
    }
    return false;
}

bool has_circuit(const Simulation& sim) { return sim.type() != phys::CircuitType::none; }

// Contractility below this is an arrested heart: the monitor shows no rate.
constexpr double kArrestedContractility = 0.05;
// Forward flow above this counts as "on bypass" for the bypass timer (about a tenth of adult flow).
constexpr double kOnBypassFlowLMin = 0.5;
// Below this the ratio delta-P / flow is noise over nearly nothing (a neonatal circuit runs ~0.4 l/min).
constexpr double kMinFlowForDpPerFlowLMin = 0.1;

}  // namespace

void advance_timers(ConsoleTimers& t, const Simulation& sim, double dt_s) {
    if (!has_circuit(sim)) return;
    const double cp_ml_min = sim.settings().cardioplegia_ml_min;
    t.cardioplegia_ml += cp_ml_min * dt_s / 60.0;
    if (cp_ml_min > 0.0) t.cross_clamp_on = true;
    if (t.cross_clamp_on) t.cross_clamp_s += dt_s;
    if (sim.pump_flow_l_min() > kOnBypassFlowLMin) t.bypass_s += dt_s;
}

Readings read_console(const Simulation& sim, const ConsoleTimers& timers) {
    return read_console(sim, sim.snapshot(), timers);
}

Readings read_console(const Simulation& sim, const phys::Snapshot& s, const ConsoleTimers& timers) {
    Readings r;
    r.t_s = s.t_s;
    r.pump_rpm = s.pump_rpm;
    r.pump_flow_l_min = s.pump_flow_l_min;
    r.arterial_line_mmHg = s.arterial_line_mmHg;
    r.venous_line_mmHg = s.venous_line_mmHg;
    r.oxygenator_dp_mmHg = s.oxygenator_dp_mmHg;
    r.post_oxygenator_po2_mmHg = s.post_oxygenator_po2_mmHg;
    if (s.oxygenator_dp_mmHg && s.pump_flow_l_min && *s.pump_flow_l_min > kMinFlowForDpPerFlowLMin) {
        r.oxygenator_dp_per_flow_mmHg_min_l = *s.oxygenator_dp_mmHg / *s.pump_flow_l_min;
    }
    if (const phys::Part* ox = sim.circuit().find("oxygenator")) {
        r.post_oxygenator_mmHg = sim.network().pressure(ox->node());
    }
    r.reservoir_ml = s.reservoir_ml;
    r.patient_temp_c = s.temp_c;
    r.arterial_temp_c = blood_temp_c(sim, "arterial_line");
    r.venous_temp_c = blood_temp_c(sim, "venous_line");
    if (const auto* hx = dynamic_cast<const phys::HeatExchanger*>(sim.circuit().find("heat_exchanger"))) {
        r.water_temp_c = hx->water_c();
        if (r.venous_temp_c) r.water_venous_gradient_c = hx->water_c() - *r.venous_temp_c;
    }
    if (has_circuit(sim)) {
        r.sweep_l_min = sim.settings().sweep_l_min;
        r.fio2 = sim.settings().fio2;
        r.cardioplegia_ml = timers.cardioplegia_ml;
        r.bypass_s = timers.bypass_s;
        r.cross_clamp_s = timers.cross_clamp_s;
        r.act_s = s.act_s;
    }
    r.recirculation = s.recirculation;
    r.limb_flow_ml_min = s.limb_flow_ml_min;
    r.limb_temp_c = s.limb_temp_c;
    r.leak_percent = s.leak_percent;
    r.limb_melphalan_mg_l = s.limb_melphalan_mg_l;
    r.systemic_melphalan_mg_l = s.systemic_melphalan_mg_l;
    const phys::Ventricle& lv = sim.patient().left();
    r.hr_bpm = lv.contractility() > kArrestedContractility ? lv.hr_bpm() : 0.0;
    r.map_mmHg = s.map_mmHg;
    r.cvp_mmHg = s.cvp_mmHg;
    r.spo2 = s.sao2;
    r.spo2_lower = s.sao2_lower;
    r.svo2 = s.svo2;
    r.pao2_mmHg = s.pao2_mmHg;
    r.paco2_mmHg = s.paco2_mmHg;
    r.hb_g_dl = s.hb_g_dl;
    r.heart_output_l_min = s.heart_output_l_min;
    r.do2_ml_min = s.do2_ml_min;
    r.vo2_ml_min = s.vo2_ml_min;
    r.o2_debt_ml = s.o2_debt_ml;
    if (has_circuit(sim)) {
        r.air_detected = has_alarm(s.alarms, "air_detected") ? 1.0 : 0.0;
        r.low_level = has_alarm(s.alarms, "low_level") ? 1.0 : 0.0;
        r.high_line_pressure = has_alarm(s.alarms, "high_line_pressure") ? 1.0 : 0.0;
        r.chatter = has_alarm(s.alarms, "chatter") ? 1.0 : 0.0;
        r.air_to_patient_ml = s.air_to_patient_ml;
    }
    return r;
}

namespace {

#define PERFUSE_READING(name) ReadingField{#name, &Readings::name}
constexpr std::array kFields = {
    PERFUSE_READING(pump_rpm), PERFUSE_READING(pump_flow_l_min), PERFUSE_READING(arterial_line_mmHg),
    PERFUSE_READING(post_oxygenator_mmHg), PERFUSE_READING(venous_line_mmHg), PERFUSE_READING(oxygenator_dp_mmHg),
    PERFUSE_READING(post_oxygenator_po2_mmHg), PERFUSE_READING(oxygenator_dp_per_flow_mmHg_min_l),
    PERFUSE_READING(reservoir_ml), PERFUSE_READING(patient_temp_c),
    PERFUSE_READING(arterial_temp_c), PERFUSE_READING(venous_temp_c), PERFUSE_READING(water_temp_c),
    PERFUSE_READING(water_venous_gradient_c), PERFUSE_READING(sweep_l_min), PERFUSE_READING(fio2),
    PERFUSE_READING(cardioplegia_ml), PERFUSE_READING(bypass_s), PERFUSE_READING(cross_clamp_s), PERFUSE_READING(act_s),
    PERFUSE_READING(recirculation), PERFUSE_READING(limb_flow_ml_min), PERFUSE_READING(limb_temp_c),
    PERFUSE_READING(leak_percent), PERFUSE_READING(limb_melphalan_mg_l), PERFUSE_READING(systemic_melphalan_mg_l),
    PERFUSE_READING(hr_bpm), PERFUSE_READING(map_mmHg), PERFUSE_READING(cvp_mmHg), PERFUSE_READING(spo2),
    PERFUSE_READING(spo2_lower), PERFUSE_READING(svo2), PERFUSE_READING(pao2_mmHg), PERFUSE_READING(paco2_mmHg),
    PERFUSE_READING(hb_g_dl), PERFUSE_READING(heart_output_l_min), PERFUSE_READING(do2_ml_min),
    PERFUSE_READING(vo2_ml_min), PERFUSE_READING(o2_debt_ml), PERFUSE_READING(air_detected),
    PERFUSE_READING(low_level), PERFUSE_READING(high_line_pressure), PERFUSE_READING(chatter),
    PERFUSE_READING(air_to_patient_ml),
};
#undef PERFUSE_READING

}  // namespace

std::span<const ReadingField> reading_fields() { return kFields; }

const ReadingField* find_reading(const std::string& name) {
    for (const ReadingField& f : kFields) {
        if (name == f.name) return &f;
    }
    return nullptr;
}

std::optional<double> value_of(const Readings& r, const ReadingField& f) { return r.*(f.member); }

}  // namespace perfuse
