// Display precision per reading: what a real console shows (whole rpm and mmHg, flow to 0.01 l/min).
#include "display.h"

#include <cmath>
#include <cstdio>
#include <map>

namespace perfuse {

DisplayFormat display_format(const std::string& reading) {
    static const std::map<std::string, DisplayFormat> kFormats = {
        {"pump_rpm", {0, 1.0}},          {"pump_flow_l_min", {2, 1.0}},   {"arterial_line_mmHg", {0, 1.0}},
        {"post_oxygenator_mmHg", {0, 1.0}}, {"venous_line_mmHg", {0, 1.0}}, {"oxygenator_dp_mmHg", {0, 1.0}},
        {"post_oxygenator_po2_mmHg", {0, 1.0}}, {"reservoir_ml", {0, 1.0}}, {"sweep_l_min", {1, 1.0}},
        {"fio2", {0, 100.0}},            {"cardioplegia_ml", {0, 1.0}},   {"recirculation", {0, 100.0}},
        {"limb_flow_ml_min", {0, 1.0}},  {"leak_percent", {1, 1.0}},      {"limb_melphalan_mg_l", {1, 1.0}},
        {"systemic_melphalan_mg_l", {2, 1.0}}, {"hr_bpm", {0, 1.0}},     {"map_mmHg", {0, 1.0}},
        {"cvp_mmHg", {0, 1.0}},          {"spo2", {0, 100.0}},            {"spo2_lower", {0, 100.0}},
        {"svo2", {0, 100.0}},            {"pao2_mmHg", {0, 1.0}},         {"paco2_mmHg", {0, 1.0}},
        {"hb_g_dl", {1, 1.0}},           {"heart_output_l_min", {2, 1.0}}, {"do2_ml_min", {0, 1.0}},
        {"vo2_ml_min", {0, 1.0}},        {"o2_debt_ml", {0, 1.0}},        {"air_to_patient_ml", {1, 1.0}},
        {"act_s", {0, 1.0}},
    };
    const auto it = kFormats.find(reading);
    return it == kFormats.end() ? DisplayFormat{} : it->second;  // temperatures and the rest: 0.1
}

std::string format_value(std::optional<double> value, DisplayFormat f) {
    if (!value || !std::isfinite(*value)) return "--";
    double shown = *value * f.scale;
    char buf[64];
    std::snprintf(buf, sizeof buf, "%.*f", f.decimals, shown);
    std::string s = buf;
    // "-0" for a tiny negative value reads as a fault on a console; show it as 0.
    if (s.find_first_not_of("-0.") == std::string::npos && s[0] == '-') s.erase(0, 1);
    return s;
}

std::string format_duration(std::optional<double> seconds) {
    if (!seconds || !std::isfinite(*seconds) || *seconds < 0.0) return "--";
    const long total = static_cast<long>(std::floor(*seconds));
    char buf[32];
    std::snprintf(buf, sizeof buf, "%ld:%02ld:%02ld", total / 3600, (total / 60) % 60, total % 60);
    return buf;
}

}  // namespace perfuse
