#pragma once
// What the perfusionist and the scenario control: settings (levels that stay), actions (doses and
// volumes given once), and faults. Names follow the scenario keys.
#include <optional>
#include <string>

#include "patient.h"
#include "pressure_servo.h"

namespace perfuse::phys {

struct Settings {
    std::optional<double> pump_flow_l_min;  // flow-controlled (roller) pumps
    std::optional<double> pump_rpm;         // centrifugal pumps (or roller rpm)
    std::optional<double> sweep_l_min;
    std::optional<double> fio2;             // oxygenator sweep gas
    std::optional<double> heater_c;         // heater-cooler water set point
    bool arterial_clamp = false;
    bool venous_clamp = false;
    std::optional<double> venous_occlusion;  // 0-1 by hand; absent: the perfusionist holds the reservoir level
    Tourniquet tourniquet = Tourniquet::tight;
    double vent_fio2 = 0.4;
    bool ventilated = true;
    double cardioplegia_ml_min = 0.0;
    double cardioplegia_ratio = 4.0;  // blood : crystalloid (4:1, Buckberg-style blood cardioplegia)
    double haemofilter_ml_min = 0.0;
    // Washout (ILP, after the drug's time): crystalloid runs into the reservoir while the same volume of
    // venous effluent is drained off to waste, so the drug leaves the circuit and the limb's vessels.
    double washout_ml_min = 0.0;
    double hand_crank_rpm = 0.0;      // used while the power is off
    bool bubble_detector = true;
    bool level_detector = true;
    bool line_pressure_servo = true;  // slows then stops a roller pump above the limit (pressure_servo.h)
    double line_pressure_limit_mmHg = kDefaultLinePressureLimitMmHg;  // also the high line pressure alarm
};

// A partial update (a scenario event's "set"), plus one-off actions.
struct SettingsPatch {
    std::optional<double> pump_flow_l_min, pump_rpm, sweep_l_min, fio2, heater_c;
    std::optional<bool> arterial_clamp, venous_clamp;
    std::optional<double> venous_occlusion;
    bool venous_occlusion_auto = false;
    std::optional<Tourniquet> tourniquet;
    std::optional<double> vent_fio2;
    std::optional<bool> ventilated;
    std::optional<double> cardioplegia_ml_min, cardioplegia_ratio, haemofilter_ml_min, hand_crank_rpm, washout_ml_min;
    std::optional<bool> bubble_detector, level_detector, line_pressure_servo;
    std::optional<double> line_pressure_limit_mmHg;
    std::optional<HeartState> heart;
    std::optional<LungState> lungs;
    // Actions: given once when applied.
    std::optional<double> melphalan_mg;  // added to the circuit
    std::optional<double> fluid_ml;      // crystalloid
    std::optional<double> blood_ml;      // packed red cells (Hct 0.6)
    std::optional<double> bleed_ml;      // blood lost from the patient
    std::optional<double> heparin_u_per_kg;     // heparin given to the patient (anticoagulation.h)
    std::optional<double> protamine_mg_per_kg;  // protamine: neutralises heparin
};

enum class Fault { oxygenator_failure, air_in_arterial_line, pump_stop, power_loss, venous_kink, hypovolaemia };
const char* to_string(Fault f);
std::optional<Fault> fault_from_string(const std::string& s);

// Packed red cells: haematocrit 0.50-0.70 (UK blood services specification); 0.6 used.
inline constexpr double kPackedCellHct = 0.6;
// Hypovolaemia fault: 20 % of blood volume lost over 2 minutes (a class II-III haemorrhage).
inline constexpr double kHypovolaemiaFraction = 0.2;
inline constexpr double kHypovolaemiaSeconds = 120.0;
// A haemoconcentrator cannot dry the blood out: ultrafiltration stops once the blood it filters reaches
// this haematocrit (approximate; outlet Hct of clinical haemoconcentrators stays well below it).
inline constexpr double kMaxUltrafiltrationHct = 0.7;
// Washout exchange rate the console allows, ml/min (approximate: of the order of the limb flow).
inline constexpr double kMaxWashoutMlMin = 2000.0;
// Air bolus of the air_in_arterial_line fault, ml.
inline constexpr double kAirBolusMl = 20.0;

}  // namespace perfuse::phys
