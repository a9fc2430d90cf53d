#pragma once
// Small helpers shared by the physiology tests: standard patients and running a simulation.
#include <cmath>
#include <memory>

#include "simulation.h"

namespace perfuse::phys::testing {

inline PatientSpec adult() {
    PatientSpec p;
    p.age_years = 50;
    p.weight_kg = 70;
    p.height_cm = 170;
    p.hb_g_dl = 13.5;
    return p;
}

inline PatientSpec neonate() {
    PatientSpec p;
    p.age_years = 0.02;
    p.weight_kg = 3.5;
    p.height_cm = 50;
    p.hb_g_dl = 15.0;
    return p;
}

inline CircuitOptions circuit(CircuitType t, Cannulation c = Cannulation::automatic) {
    CircuitOptions o;
    o.type = t;
    o.cannulation = c;
    return o;
}

inline void run_for(Simulation& sim, double seconds, double dt_s = kDefaultStepS) {
    const int steps = static_cast<int>(std::lround(seconds / dt_s));
    for (int i = 0; i < steps; ++i) sim.step(dt_s);
}

// Everything a snapshot reports is finite and in its physical range.
inline bool physical(const Snapshot& s) {
    auto ok = [](double v) { return std::isfinite(v); };
    auto sat = [](double v) { return std::isfinite(v) && v >= 0.0 && v <= 1.0; };
    bool good = ok(s.map_mmHg) && ok(s.cvp_mmHg) && ok(s.heart_output_l_min) && s.heart_output_l_min >= 0.0 &&
                sat(s.sao2) && sat(s.svo2) && sat(s.sao2_upper) && sat(s.sao2_lower) && ok(s.pao2_mmHg) &&
                s.pao2_mmHg >= 0.0 && ok(s.paco2_mmHg) && s.paco2_mmHg >= 0.0 && ok(s.hb_g_dl) && s.hb_g_dl >= 0.0 &&
                sat(s.hct) && ok(s.temp_c) && s.temp_c > 0.0 && s.temp_c < 50.0 && ok(s.do2_ml_min) && s.do2_ml_min >= 0 &&
                ok(s.vo2_ml_min) && s.vo2_ml_min >= 0 && ok(s.blood_volume_ml) && s.blood_volume_ml > 0.0 &&
                ok(s.o2_debt_ml) && s.o2_debt_ml >= 0.0;
    // No pressure below cavitation (about -760 mmHg gauge is absolute zero).
    good = good && s.map_mmHg > -760.0 && s.cvp_mmHg > -760.0;
    for (const auto* v : {&s.pump_flow_l_min, &s.pump_rpm, &s.arterial_line_mmHg, &s.venous_line_mmHg, &s.reservoir_ml,
                          &s.limb_temp_c, &s.limb_flow_ml_min, &s.leak_percent, &s.limb_melphalan_mg_l,
                          &s.systemic_melphalan_mg_l, &s.oxygenator_dp_mmHg, &s.post_oxygenator_po2_mmHg}) {
        if (*v) good = good && ok(**v);
    }
    if (s.venous_line_mmHg) good = good && *s.venous_line_mmHg > -760.0;
    if (s.reservoir_ml) good = good && *s.reservoir_ml >= 0.0;
    if (s.recirculation) good = good && sat(*s.recirculation);
    if (s.leak_percent) good = good && *s.leak_percent >= 0.0 && *s.leak_percent <= 100.0 + 1e-9;
    return good;
}

inline bool volumes_physical(const Network& net) {
    for (int i = 0; i < net.compartment_count(); ++i) {
        const auto& c = net.compartment(i);
        if (!std::isfinite(c.volume_ml) || c.volume_ml < 0.0) return false;
        for (double a : c.amount) {
            if (!std::isfinite(a) || a < 0.0) return false;
        }
        if (!std::isfinite(net.pressure(i)) || net.pressure(i) < -760.0) return false;
    }
    return true;
}

}  // namespace perfuse::phys::testing
