#include "patient_size.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

AgeGroup age_group(double age_years) {
    if (age_years < 28.0 / 365.0) return AgeGroup::neonate;
    if (age_years < 1.0) return AgeGroup::infant;
    if (age_years < 16.0) return AgeGroup::child;
    return AgeGroup::adult;
}

double bsa_m2(const PatientSpec& p) {
    return std::sqrt(std::max(p.height_cm, 1.0) * std::max(p.weight_kg, 0.1) / 3600.0);
}

double blood_volume_ml_per_kg(AgeGroup g) {
    switch (g) {
        case AgeGroup::neonate: return 85.0;
        case AgeGroup::infant: return 80.0;
        case AgeGroup::child: return 75.0;
        case AgeGroup::adult: return 70.0;
    }
    return 70.0;
}

double estimated_blood_volume_ml(const PatientSpec& p) {
    return blood_volume_ml_per_kg(age_group(p.age_years)) * std::max(p.weight_kg, 0.1);
}

double full_flow_l_min(const PatientSpec& p) { return kFullFlowLMinPerM2 * bsa_m2(p); }

NormalValues normal_values(const PatientSpec& p) {
    // Heart rate and MAP: mid-points of the usual paediatric normal-range tables (approximate).
    NormalValues v{};
    switch (age_group(p.age_years)) {
        case AgeGroup::neonate: v.heart_rate_bpm = 140; v.map_mmHg = 45; break;
        case AgeGroup::infant: v.heart_rate_bpm = 120; v.map_mmHg = 55; break;
        case AgeGroup::child: v.heart_rate_bpm = 90; v.map_mmHg = 70; break;
        case AgeGroup::adult: v.heart_rate_bpm = 70; v.map_mmHg = 90; break;
    }
    v.cardiac_index_l_min_m2 = 3.2;
    v.cvp_mmHg = 4.0;
    v.venous_mmHg = 7.0;
    v.pa_mean_mmHg = 15.0;
    v.la_mmHg = 8.0;
    v.vo2_ml_min = 125.0 * bsa_m2(p);
    return v;
}

}  // namespace perfuse::phys
