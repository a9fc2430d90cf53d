#pragma once
// Test helpers: the adult CPB kit from assets, a workbench for a 70 kg adult, and the correct build.
#include <string>

#include "live_circuit.h"
#include "procedure_loader.h"

namespace perfuse::circuits::testing {

inline Kit load_test_kit(const std::string& id) {
    auto k = procedures::load_kit(procedures::kit_path(PERFUSE_ASSETS_DIR, id));
    return k.kit;
}

inline Workbench cpb_bench() {
    phys::PatientSpec patient;  // 70 kg, 170 cm adult
    phys::CircuitOptions options;
    options.type = phys::CircuitType::cpb;
    return Workbench(load_test_kit("cpb_adult"), patient, options);
}

// Mounts and joins the whole CPB circuit in an arterial-venous loop (not yet on the patient).
inline void build_cpb_loop(Workbench& b) {
    b.mount("reservoir", "reservoir_holder");
    b.mount("oxygenator", "oxygenator_holder");
    b.mount("pump_boot", "arterial_pump");
    b.mount("arterial_filter", "filter_holder");
    b.take("venous_line");
    b.take("arterial_line");
    b.take("gas_line");
    b.take("water_line_in");
    b.take("water_line_out");
    b.connect("venous_line.out", "reservoir.in");
    b.connect("reservoir.out", "pump_boot.in");
    b.connect("pump_boot.out", "oxygenator.in");
    b.connect("oxygenator.out", "arterial_filter.in");
    b.connect("arterial_filter.out", "arterial_line.in");
    b.connect("arterial_line.out", "venous_line.in");
    b.connect("console.gas_supply", "gas_line.a");
    b.connect("gas_line.b", "oxygenator.gas_in");
    b.connect("console.heater_supply", "water_line_in.a");
    b.connect("water_line_in.b", "oxygenator.water_in");
    b.connect("oxygenator.water_out", "water_line_out.a");
    b.connect("water_line_out.b", "console.heater_return");
}

// From the loop to the patient: cannulae placed, lines moved onto them.
inline void cannulate_cpb(Workbench& b) {
    b.take("venous_cannula");
    b.take("arterial_cannula");
    b.connect("patient.ra", "venous_cannula.in");
    b.connect("arterial_cannula.out", "patient.aorta");
    b.disconnect("arterial_line.out", "venous_line.in");
    b.connect("venous_cannula.out", "venous_line.in");
    b.connect("arterial_line.out", "arterial_cannula.in");
}

}  // namespace perfuse::circuits::testing
