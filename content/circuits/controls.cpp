#include "workbench.h"

namespace perfuse::circuits {

// Ranges are the ends of the dials on the console (approximate, of the order of real consoles).
const std::vector<ControlSpec>& controls() {
    static const std::vector<ControlSpec> list{
        {"pump_on", 0.0, 1.0, false},
        {"pump_flow_l_min", 0.0, 8.0, false},   // roller pump flow
        {"pump_rpm", 0.0, 5000.0, false},       // centrifugal pump speed
        {"sweep_l_min", 0.0, 15.0, false},
        {"fio2", 0.21, 1.0, false},
        {"heater_c", 4.0, 42.0, false},
        {"cardioplegia_ml_min", 0.0, 500.0, false},
        {"washout_ml_min", 0.0, 2000.0, false},  // ILP washout: crystalloid in, effluent to waste
        {"vent_fio2", 0.21, 1.0, false},
        {"ventilated", 0.0, 1.0, false},
        {"bubble_detector", 0.0, 1.0, false},
        {"level_detector", 0.0, 1.0, false},
        {"line_pressure_servo", 0.0, 1.0, false},           // roller pump's pressure control on (1) or off
        {"line_pressure_limit_mmHg", 100.0, 600.0, false},  // where it starts to slow the pump
        {"tourniquet", 0.0, 1.0, false},             // 1 tight, 0 loose
        {"occlusion_fall_cm_min", 0.0, 100.0, false},  // roller occlusion check (not in the flow model)
        {"line_pressure_test", 0.0, 1.0, false},       // the surgeon's "test the line" bolus was watched
        {"heart_beating", 0.0, 1.0, false},            // 1: the heart beats again (after cardioplegia)
        {"heparin_u_per_kg", 0.0, 1000.0, true},
        {"protamine_mg_per_kg", 0.0, 10.0, true},
        {"fluid_ml", 0.0, 3000.0, true},
        {"melphalan_mg", 0.0, 200.0, true},
    };
    return list;
}

const ControlSpec* find_control(const std::string& key) {
    for (const auto& c : controls()) {
        if (c.key == key) return &c;
    }
    return nullptr;
}

}  // namespace perfuse::circuits
