#pragma once
// Every model the generator writes, one builder per object. Conventions: metres, +Y up, front = +Z,
// origin on the floor under the object's centre. Parts that mount on another object (the
// disposables on the heart-lung machine, the patient on the table, a tourniquet on the patient) are
// drawn in their host's frame, so a scene places them with the host's transform.
#include <span>
#include <string_view>

#include "geometry/model.h"

namespace perfuse::assetgen {

struct ModelEntry {
    std::string_view name;  // file stem of the .glb and the name scenes use
    Model (*build)();
};

// All models, in a fixed order (the output and its order never depend on the machine).
std::span<const ModelEntry> all_models();

// Theatre.
Model build_operating_table();
Model build_patient_draped();
Model build_theatre_light();
Model build_anaesthetic_machine();
Model build_drug_trolley();
Model build_scrub_trolley();
Model build_patient_monitor();
Model build_heart_lung_machine();
Model build_venous_reservoir();
Model build_oxygenator();
Model build_arterial_filter();
Model build_cardioplegia_set();
Model build_gas_blender();
Model build_safety_sensors();
Model build_bypass_tubing();
Model build_heater_cooler();
Model build_cell_saver();
// Room pieces.
Model build_floor_panel();
Model build_wall_panel();
Model build_ceiling_panel();
Model build_door_double();
Model build_scrub_sink();
Model build_wall_clock();
// ICU.
Model build_icu_bed();
Model build_patient_icu();
Model build_ventilator();
Model build_infusion_pumps();
Model build_wall_monitor();
Model build_ecmo_cart();
Model build_paediatric_cot();
Model build_paediatric_ecmo();
Model build_nurses_station();
// ECMO disposables (cart's frame; the cannula lines in the patient's frame).
Model build_ecmo_pump_head();
Model build_paediatric_pump_head();
Model build_ecmo_oxygenator();
Model build_paediatric_oxygenator();
Model build_ecmo_lines();
Model build_paediatric_ecmo_lines();
Model build_ecmo_cannula_lines();
// Isolated limb perfusion.
Model build_patient_ilp();
Model build_patient_ilp_arm();
Model build_tourniquet();
Model build_ilp_circuit();
Model build_gamma_probe();
Model build_drug_prep_area();
Model build_ilp_reservoir();
Model build_ilp_oxygenator();
Model build_ilp_lines();
Model build_ilp_limb_lines();
// Packed disposables waiting on a parts trolley.
Model build_parts_trolley();
Model build_tubing_pack_adult();
Model build_tubing_pack_paediatric();
Model build_cannula_adult();
Model build_cannula_paediatric();
Model build_limb_cannula();
Model build_gas_line_coil();
Model build_water_line_coil();
// People.
Model build_person_surgeon();
Model build_person_anaesthetist();
Model build_person_scrub_nurse();
Model build_person_odp();
Model build_person_theatre_support_worker();
Model build_person_cardiologist();
Model build_person_cardiac_physiologist();
Model build_person_clinical_scientist();
Model build_person_perfusionist();
Model build_person_icu_nurse();

}  // namespace perfuse::assetgen
