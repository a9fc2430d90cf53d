#pragma once
// Who the patient is: size, age group, and the normal values the model is calibrated to.
namespace perfuse::phys {

enum class HeartState { normal, failing, arrested };
enum class LungState { normal, ards };
enum class AgeGroup { neonate, infant, child, adult };

struct PatientSpec {
    double age_years = 50.0;
    double weight_kg = 70.0;
    double height_cm = 170.0;
    double hb_g_dl = 13.5;
    double temperature_c = 37.0;
    HeartState heart = HeartState::normal;
    LungState lungs = LungState::normal;
};

AgeGroup age_group(double age_years);
// Mosteller RD. N Engl J Med 1987;317:1098: BSA = sqrt(height_cm * weight_kg / 3600).
double bsa_m2(const PatientSpec& p);
// Estimated blood volume per kg (Morgan & Mikhail, Clinical Anesthesiology, EBV table): full-term
// neonate 85, infant 80, adult man 75 / woman 65 ml/kg; children taken as 75 and adults as their mean 70.
double blood_volume_ml_per_kg(AgeGroup g);
double estimated_blood_volume_ml(const PatientSpec& p);
// Full-flow bypass: 2.4 l/min/m2 (procedures-sources.md 1.6, pac6 secondary source).
inline constexpr double kFullFlowLMinPerM2 = 2.4;
double full_flow_l_min(const PatientSpec& p);

// Normal values the resting circulation is calibrated to (physiology texts; approximate mid-range).
struct NormalValues {
    double heart_rate_bpm;
    double map_mmHg;
    double cardiac_index_l_min_m2;  // 2.6-4.2 normal; 3.2 used
    double cvp_mmHg;                // right atrial mean
    double venous_mmHg;             // small veins ~ mean systemic filling pressure (Guyton ~7)
    double pa_mean_mmHg;
    double la_mmHg;
    double vo2_ml_min;              // 125 ml/min/m2 at 37 degC (classic resting VO2 index)
};
NormalValues normal_values(const PatientSpec& p);

}  // namespace perfuse::phys
