#pragma once
// One sample of everything the model reports. Values that do not apply to the running circuit are
// empty (std::nullopt), never a made-up number.
#include <optional>
#include <string>

namespace perfuse::phys {

struct Snapshot {
    double t_s = 0;
    double map_mmHg = 0, cvp_mmHg = 0, heart_output_l_min = 0;
    std::optional<double> pump_flow_l_min, pump_rpm, arterial_line_mmHg, venous_line_mmHg;
    double sao2 = 0, svo2 = 0, sao2_upper = 0, sao2_lower = 0;
    double pao2_mmHg = 0, paco2_mmHg = 0, hb_g_dl = 0, hct = 0, temp_c = 0;
    double do2_ml_min = 0, vo2_ml_min = 0;
    std::optional<double> reservoir_ml;
    double blood_volume_ml = 0;  // patient + circuit
    std::optional<double> recirculation;
    std::optional<double> limb_temp_c, limb_flow_ml_min, leak_percent, limb_melphalan_mg_l, systemic_melphalan_mg_l;
    // Beyond the fixed columns.
    double o2_debt_ml = 0;
    std::optional<double> oxygenator_dp_mmHg, post_oxygenator_po2_mmHg;
    double air_to_patient_ml = 0;
    double act_s = 0, heparin_u_per_kg = 0;  // activated clotting time and heparin on board
    std::string alarms;  // '|'-separated: air_detected, low_level, high_line_pressure,
                                              // pressure_servo (the roller pump held back by its line-pressure servo), chatter
};

}  // namespace perfuse::phys
