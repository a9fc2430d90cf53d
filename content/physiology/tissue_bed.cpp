#include "tissue_bed.h"

#include <algorithm>
#include <cmath>

#include "blood_gas.h"

namespace perfuse::phys {

TissueBed::TissueBed(TissueBedParams p)
    : p_(p), temp_c_(p.initial_temp_c), heat_capacity_j_per_k_(std::max(p.mass_kg, 0.01) * kBodyHeatJPerKgK) {
  // Heat loss to the room balances resting metabolic heat at 37 degC.
  const double met_w = p_.vo2_37_ml_min / 60.0 * kJoulePerMlO2;
  loss_w_per_k_ = met_w / (37.0 - kRoomTemperatureC);
}

double TissueBed::demand_ml_min() const {
  const double t = std::clamp(temp_c_, 0.0, 45.0);
  return p_.vo2_37_ml_min * std::pow(kVo2Q10, (t - 37.0) / 10.0);
}

void TissueBed::prepare(Network&, double dt_s) {
  demand_ml_ = demand_ml_min() / 60.0 * dt_s;
  used_ml_ = 0.0;
  delivered_ml_ = 0.0;
  out_ = {};
  out_ml_ = 0.0;
}

void TissueBed::on_packet(int, double volume_ml, Amounts& packet, double) {
  delivered_ml_ += packet[kO2];
  const double take = std::min(demand_ml_ - used_ml_, packet[kO2] * kMaxO2Extraction);
  if (take > 0.0) {
    packet[kO2] -= take;
    packet[kCo2] += gas::kRespiratoryQuotient * take;
    used_ml_ += take;
  }
  // Blood leaves at the tissue's temperature (full equilibration of the two heat capacities).
  const double blood_c = volume_ml * kBloodHeatJPerMlK;
  const double t_in = volume_ml > 1e-9 ? packet[kHeat] / volume_ml : temp_c_;
  const double t_eq = (blood_c * t_in + heat_capacity_j_per_k_ * temp_c_) / (blood_c + heat_capacity_j_per_k_);
  temp_c_ = t_eq;
  packet[kHeat] = t_eq * volume_ml;
  packet[kFresh] = 0.0;  // blood has now passed a capillary bed
  for (size_t k = 0; k < kSpeciesCount; ++k) out_[k] += packet[k];
  out_ml_ += volume_ml;
}

void TissueBed::finish(Network&, double dt_s) {
  debt_ml_ += std::max(0.0, demand_ml_ - used_ml_);
  vo2_ml_min_ = used_ml_ / dt_s * 60.0;
  do2_ml_min_ = delivered_ml_ / dt_s * 60.0;
  const double heat_j = used_ml_ * kJoulePerMlO2 - loss_w_per_k_ * (temp_c_ - kRoomTemperatureC) * dt_s;
  temp_c_ = std::clamp(temp_c_ + heat_j / heat_capacity_j_per_k_, 0.0, 50.0);
}

}  // namespace perfuse::phys
