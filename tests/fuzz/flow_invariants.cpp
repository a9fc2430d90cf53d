#include "flow_invariants.h"

#include <cmath>
#include <sstream>

namespace perfuse::fuzz {

namespace {

template <class... Parts>
std::string say(const Parts&... parts) {
    std::ostringstream s;
    s.precision(17);
    (s << ... << parts);
    return s.str();
}

}  // namespace

std::string network_violation(const phys::Network& net) {
    const double total_ml = net.total_volume_ml();
    if (!std::isfinite(total_ml)) return say("total volume is ", total_ml);
    for (int i = 0; i < net.compartment_count(); ++i) {
        const auto& c = net.compartment(i);
        if (!std::isfinite(c.volume_ml) || c.volume_ml < 0.0) return say(c.name, ": volume ", c.volume_ml, " ml");
        for (size_t k = 0; k < c.amount.size(); ++k) {
          if (!std::isfinite(c.amount[k]) || c.amount[k] < 0.0) return say(c.name, ": species ", k, " amount ", c.amount[k]);
        }
        const double p = net.pressure(i);
        const double floor = c.external_mmHg - c.empty_suction_mmHg - 1e-6;
        const double ceiling = c.external_mmHg + total_ml / std::max(c.compliance_ml_per_mmHg, 1e-6) + 1e-6;
        if (!std::isfinite(p) || p < floor || p > ceiling) {
          return say(c.name, ": pressure ", p, " mmHg outside ", floor, " to ", ceiling, " (volume ", c.volume_ml, " ml)");
        }
    }
    for (int i = 0; i < net.path_count(); ++i) {
        const auto& p = net.path(i);
        if (!std::isfinite(p.flow_ml_s)) return say(p.name, ": flow ", p.flow_ml_s, " ml/s");
        if (p.one_way && p.flow_ml_s < 0.0) return say(p.name, ": one-way path flows backwards, ", p.flow_ml_s, " ml/s");
    }
    return {};
}

std::string snapshot_violation(const phys::Snapshot& s) {
    struct Named {
        const char* name;
        double value;
        double lo, hi;
    };
    const double inf = INFINITY;
    const Named fixed[] = {
        {"t_s", s.t_s, 0, inf}, {"map_mmHg", s.map_mmHg, -inf, inf}, {"cvp_mmHg", s.cvp_mmHg, -inf, inf},
        {"heart_output_l_min", s.heart_output_l_min, 0, inf}, {"sao2", s.sao2, 0, 1}, {"svo2", s.svo2, 0, 1},
        {"sao2_upper", s.sao2_upper, 0, 1}, {"sao2_lower", s.sao2_lower, 0, 1}, {"pao2_mmHg", s.pao2_mmHg, 0, inf},
        {"paco2_mmHg", s.paco2_mmHg, 0, inf}, {"hb_g_dl", s.hb_g_dl, 0, inf}, {"hct", s.hct, 0, 1},
        {"temp_c", s.temp_c, -inf, inf}, {"do2_ml_min", s.do2_ml_min, 0, inf}, {"vo2_ml_min", s.vo2_ml_min, 0, inf},
        {"blood_volume_ml", s.blood_volume_ml, 0, inf}, {"o2_debt_ml", s.o2_debt_ml, 0, inf},
                           {"air_to_patient_ml", s.air_to_patient_ml, 0, inf}};
    for (const auto& f : fixed) {
      if (!std::isfinite(f.value) || f.value < f.lo || f.value > f.hi) return say("snapshot ", f.name, " = ", f.value);
    }
    const std::pair<const char*, const std::optional<double>*> optional[] = {
        {"pump_flow_l_min", &s.pump_flow_l_min}, {"pump_rpm", &s.pump_rpm},
        {"arterial_line_mmHg", &s.arterial_line_mmHg}, {"venous_line_mmHg", &s.venous_line_mmHg},
        {"limb_temp_c", &s.limb_temp_c}, {"limb_flow_ml_min", &s.limb_flow_ml_min},
        {"oxygenator_dp_mmHg", &s.oxygenator_dp_mmHg}, {"post_oxygenator_po2_mmHg", &s.post_oxygenator_po2_mmHg}};
    for (const auto& [name, v] : optional) {
        if (*v && !std::isfinite(**v)) return say("snapshot ", name, " = ", **v);
    }
    const std::pair<const char*, const std::optional<double>*> not_negative[] = {
        {"pump_rpm", &s.pump_rpm}, {"reservoir_ml", &s.reservoir_ml}, {"limb_melphalan_mg_l", &s.limb_melphalan_mg_l},
        {"systemic_melphalan_mg_l", &s.systemic_melphalan_mg_l}, {"post_oxygenator_po2_mmHg", &s.post_oxygenator_po2_mmHg}};
    for (const auto& [name, v] : not_negative) {
        if (*v && !(**v >= 0.0 && std::isfinite(**v))) return say("snapshot ", name, " = ", **v);
    }
    if (s.recirculation && !(*s.recirculation >= 0.0 && *s.recirculation <= 1.0)) {
        return say("snapshot recirculation = ", *s.recirculation);
    }
    if (s.leak_percent && !(*s.leak_percent >= 0.0 && *s.leak_percent <= 100.0 + 1e-9)) {
        return say("snapshot leak_percent = ", *s.leak_percent);
    }
    return {};
}

std::string volume_violation(const phys::Simulation& sim) {
    const double expected = sim.initial_volume_ml() + sim.external_in_ml() - sim.external_out_ml();
    const double actual = sim.network().total_volume_ml();
    // Rounding of many small moves: relative to all the volume that ever passed through the books.
    const double tolerance = 1e-9 * (sim.initial_volume_ml() + sim.external_in_ml() + sim.external_out_ml()) + 1e-6;
    if (!(std::fabs(actual - expected) <= tolerance)) {
        return say("blood volume ", actual, " ml, expected ", expected, " (initial ", sim.initial_volume_ml(), " + in ",
                   sim.external_in_ml(), " - out ", sim.external_out_ml(), ")");
    }
    return {};
}

std::string simulation_violation(const phys::Simulation& sim) {
    if (auto v = network_violation(sim.network()); !v.empty()) return v;
    if (auto v = snapshot_violation(sim.snapshot()); !v.empty()) return v;
    return volume_violation(sim);
}

}  // namespace perfuse::fuzz
