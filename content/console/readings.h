#pragma once
// Console readings: every number the heart-lung machine, ECMO and ILP consoles and the patient monitor
// show, taken from the flow model with no rounding or rescaling (formatting is display.h's job).
// A reading that does not apply to the running circuit is empty, never a made-up number.
#include <optional>
#include <span>
#include <string>

#include "simulation.h"

namespace perfuse {

struct Readings {
    double t_s = 0.0;
    // Pump and lines.
    std::optional<double> pump_rpm, pump_flow_l_min;
    std::optional<double> arterial_line_mmHg;       // pre-membrane: between pump and oxygenator
    std::optional<double> post_oxygenator_mmHg;     // after the membrane
    std::optional<double> venous_line_mmHg;         // negative under suction (ECMO pre-pump)
    std::optional<double> oxygenator_dp_mmHg, post_oxygenator_po2_mmHg;
    // Delta-P over blood flow: delta-P alone changes with flow, so clot is judged on this
    // (procedures-sources 2.5). Empty at near-zero flow.
    std::optional<double> oxygenator_dp_per_flow_mmHg_min_l;
    std::optional<double> reservoir_ml;
    // Temperatures.
    std::optional<double> patient_temp_c, arterial_temp_c, venous_temp_c, water_temp_c;
    std::optional<double> water_venous_gradient_c;  // heater-cooler water minus venous blood
    // Gas blender.
    std::optional<double> sweep_l_min, fio2;
    // Cardioplegia and timers (kept by ConsoleTimers: the model has no clock of its own for them).
    std::optional<double> cardioplegia_ml, bypass_s, cross_clamp_s;
    // Activated clotting time, s (the flow model's heparin / protamine model); empty with no circuit.
    std::optional<double> act_s;
    // ECMO.
    std::optional<double> recirculation;
    // ILP.
    std::optional<double> limb_flow_ml_min, limb_temp_c, leak_percent, limb_melphalan_mg_l, systemic_melphalan_mg_l;
    // Patient monitor.
    std::optional<double> hr_bpm, map_mmHg, cvp_mmHg, spo2, spo2_lower, svo2, pao2_mmHg, paco2_mmHg, hb_g_dl;
    std::optional<double> heart_output_l_min, do2_ml_min, vo2_ml_min, o2_debt_ml;
    // Safety devices: 1 when the model reports the condition, else 0.
    std::optional<double> air_detected, low_level, high_line_pressure, chatter;
    std::optional<double> air_to_patient_ml;
};

// Timers and totals the console keeps itself, advanced once per model step.
struct ConsoleTimers {
    double cardioplegia_ml = 0.0;
    double bypass_s = 0.0;        // time with forward pump flow
    double cross_clamp_s = 0.0;   // from the first cardioplegia (the model has no aortic cross-clamp)
    bool cross_clamp_on = false;
};
void advance_timers(ConsoleTimers& timers, const phys::Simulation& sim, double dt_s);

Readings read_console(const phys::Simulation& sim, const ConsoleTimers& timers);
Readings read_console(const phys::Simulation& sim, const phys::Snapshot& snap, const ConsoleTimers& timers);

// Readings by name ("pump_flow_l_min", ...), so alarms, trends and crisis files refer to them as data.
struct ReadingField {
    const char* name;
    std::optional<double> Readings::*member;
};
std::span<const ReadingField> reading_fields();
const ReadingField* find_reading(const std::string& name);
std::optional<double> value_of(const Readings& r, const ReadingField& f);

}  // namespace perfuse
