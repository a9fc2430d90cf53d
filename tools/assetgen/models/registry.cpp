#include "models.h"

#include <array>

namespace perfuse::assetgen {

std::span<const ModelEntry> all_models() {
    static constexpr std::array kModels{
        ModelEntry{"operating_table", build_operating_table},
        ModelEntry{"patient_draped", build_patient_draped},
        ModelEntry{"theatre_light", build_theatre_light},
        ModelEntry{"anaesthetic_machine", build_anaesthetic_machine},
        ModelEntry{"drug_trolley", build_drug_trolley},
        ModelEntry{"scrub_trolley", build_scrub_trolley},
        ModelEntry{"patient_monitor", build_patient_monitor},
        ModelEntry{"heart_lung_machine", build_heart_lung_machine},
        ModelEntry{"venous_reservoir", build_venous_reservoir},
        ModelEntry{"oxygenator", build_oxygenator},
        ModelEntry{"arterial_filter", build_arterial_filter},
        ModelEntry{"cardioplegia_set", build_cardioplegia_set},
        ModelEntry{"gas_blender", build_gas_blender},
        ModelEntry{"safety_sensors", build_safety_sensors},
        ModelEntry{"bypass_tubing", build_bypass_tubing},
        ModelEntry{"heater_cooler", build_heater_cooler},
        ModelEntry{"cell_saver", build_cell_saver},
        ModelEntry{"floor_panel", build_floor_panel},
        ModelEntry{"wall_panel", build_wall_panel},
        ModelEntry{"ceiling_panel", build_ceiling_panel},
        ModelEntry{"door_double", build_door_double},
        ModelEntry{"scrub_sink", build_scrub_sink},
        ModelEntry{"wall_clock", build_wall_clock},
        ModelEntry{"icu_bed", build_icu_bed},
        ModelEntry{"patient_icu", build_patient_icu},
        ModelEntry{"ventilator", build_ventilator},
        ModelEntry{"infusion_pumps", build_infusion_pumps},
        ModelEntry{"wall_monitor", build_wall_monitor},
        ModelEntry{"ecmo_cart", build_ecmo_cart},
        ModelEntry{"paediatric_cot", build_paediatric_cot},
        ModelEntry{"paediatric_ecmo", build_paediatric_ecmo},
        ModelEntry{"nurses_station", build_nurses_station},
        ModelEntry{"patient_ilp", build_patient_ilp},
        ModelEntry{"patient_ilp_arm", build_patient_ilp_arm},
        ModelEntry{"tourniquet", build_tourniquet},
        ModelEntry{"ilp_circuit", build_ilp_circuit},
        ModelEntry{"gamma_probe", build_gamma_probe},
        ModelEntry{"drug_prep_area", build_drug_prep_area},
        ModelEntry{"person_surgeon", build_person_surgeon},
        ModelEntry{"person_anaesthetist", build_person_anaesthetist},
        ModelEntry{"person_scrub_nurse", build_person_scrub_nurse},
        ModelEntry{"person_odp", build_person_odp},
        ModelEntry{"person_theatre_support_worker", build_person_theatre_support_worker},
        ModelEntry{"person_cardiologist", build_person_cardiologist},
        ModelEntry{"person_cardiac_physiologist", build_person_cardiac_physiologist},
        ModelEntry{"person_clinical_scientist", build_person_clinical_scientist},
        ModelEntry{"person_perfusionist", build_person_perfusionist},
        ModelEntry{"person_icu_nurse", build_person_icu_nurse},
    };
    return kModels;
}

}  // namespace perfuse::assetgen
