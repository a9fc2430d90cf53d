#include "console_layout.h"

#include "display.h"

namespace perfuse {

ConsoleKind console_kind(phys::CircuitType t) {
    switch (t) {
        case phys::CircuitType::cpb: return ConsoleKind::heart_lung_machine;
        case phys::CircuitType::va_ecmo:
        case phys::CircuitType::vv_ecmo: return ConsoleKind::ecmo;
        case phys::CircuitType::ilp: return ConsoleKind::ilp;
        case phys::CircuitType::none: break;
    }
    return ConsoleKind::none;
}

std::vector<ConsoleGroup> console_groups(ConsoleKind k) {
    switch (k) {
        case ConsoleKind::heart_lung_machine:
            return {{"group_pump", {"pump_rpm", "pump_flow_l_min"}},
                    {"group_pressures", {"arterial_line_mmHg", "post_oxygenator_mmHg", "venous_line_mmHg"}},
                    {"group_reservoir", {"reservoir_ml"}},
                    {"group_temperatures", {"patient_temp_c", "arterial_temp_c", "venous_temp_c", "water_temp_c"}},
                    {"group_gas", {"sweep_l_min", "fio2", "post_oxygenator_po2_mmHg"}},
                    {"group_cardioplegia", {"cardioplegia_ml", "bypass_s", "cross_clamp_s", "act_s"}}};
        case ConsoleKind::ecmo:
            return {{"group_pump", {"pump_rpm", "pump_flow_l_min"}},
                    {"group_pressures", {"venous_line_mmHg", "arterial_line_mmHg", "post_oxygenator_mmHg",
                                         "oxygenator_dp_mmHg"}},
                    {"group_gas", {"sweep_l_min", "fio2", "post_oxygenator_po2_mmHg", "recirculation"}},
                    {"group_temperatures", {"patient_temp_c", "water_temp_c"}},
                    {"group_anticoagulation", {"act_s"}}};
        case ConsoleKind::ilp:
            return {{"group_limb", {"limb_flow_ml_min", "pump_rpm", "arterial_line_mmHg", "reservoir_ml"}},
                    {"group_temperatures", {"limb_temp_c", "patient_temp_c", "water_temp_c"}},
                    {"group_leak", {"leak_percent", "limb_melphalan_mg_l", "systemic_melphalan_mg_l"}}};
        case ConsoleKind::none: break;
    }
    return {};
}

std::vector<std::string> monitor_readings() {
    return {"hr_bpm", "map_mmHg", "cvp_mmHg", "spo2", "patient_temp_c", "svo2"};
}

bool is_duration(const std::string& reading) { return reading == "bypass_s" || reading == "cross_clamp_s"; }

std::string shown_value(const Readings& r, const std::string& reading) {
    const ReadingField* field = find_reading(reading);
    if (field == nullptr) return "--";
    const std::optional<double> value = value_of(r, *field);
    return is_duration(reading) ? format_duration(value) : format_value(value, display_format(reading));
}

}  // namespace perfuse
