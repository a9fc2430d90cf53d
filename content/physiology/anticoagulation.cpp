#include "anticoagulation.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

namespace {
double finite_non_negative(double v) { return std::isfinite(v) && v > 0.0 ? v : 0.0; }
}  // namespace

void Anticoagulation::give_heparin(double units_per_kg) {
    const double dose = std::min(finite_non_negative(units_per_kg), 2000.0);
    plasma_u_per_kg_ += dose;
    given_u_per_kg_ += dose;
}

void Anticoagulation::give_protamine(double mg_per_kg) {
    // Protamine binds heparin at once; what it binds stops acting at once too.
    const double neutralised = std::min(finite_non_negative(mg_per_kg), 100.0) * kHeparinUnitsPerMgProtamine;
    plasma_u_per_kg_ = std::max(0.0, plasma_u_per_kg_ - neutralised);
    effect_u_per_kg_ = std::min(effect_u_per_kg_, plasma_u_per_kg_);
}

void Anticoagulation::step(double dt_s) {
    if (!(dt_s > 0.0) || !std::isfinite(dt_s)) return;
    // Exact exponential updates: stable at any step.
    if (dt_s != factors_dt_s_) {
        factors_dt_s_ = dt_s;
        clearance_ = std::exp(-std::log(2.0) * dt_s / kHeparinHalfLifeS);
        follow_ = 1.0 - std::exp(-dt_s / kHeparinOnsetTauS);
    }
    plasma_u_per_kg_ *= clearance_;
    effect_u_per_kg_ += (plasma_u_per_kg_ - effect_u_per_kg_) * follow_;
}

double Anticoagulation::act_s() const { return kBaselineActS + kActSPerUnitPerKg * effect_u_per_kg_; }

}  // namespace perfuse::phys
