#include "tissue_bed.h"

#include <algorithm>
#include <cmath>

#include "blood_gas.h"

namespace perfuse::phys {

TissueBed::TissueBed(TissueBedParams p)
    : p_(p),
      temp_c_(p.initial_temp_c),
      shell_c_(p.initial_temp_c),
      heat_capacity_j_per_k_(kCoreMassFraction * std::max(p.mass_kg, 0.01) * kBodyHeatJPerKgK),
      shell_capacity_j_per_k_((1.0 - kCoreMassFraction) * std::max(p.mass_kg, 0.01) * kBodyHeatJPerKgK) {
    // At rest the core sits at 37 degC, the shell below it by what it takes to conduct the metabolic heat
    // outwards, and the shell's loss to the room balances that heat.
    const double met_w = p_.vo2_37_ml_min / 60.0 * kJoulePerMlO2;
    const double core_shell_w_per_k = heat_capacity_j_per_k_ * shell_capacity_j_per_k_ /
                                      ((heat_capacity_j_per_k_ + shell_capacity_j_per_k_) * kCoreShellTimeConstantS);
    const double gradient_c = met_w / core_shell_w_per_k;
    loss_w_per_k_ = met_w / std::max(37.0 - gradient_c - kRoomTemperatureC, 1.0);
    per_total_capacity_ = 1.0 / (heat_capacity_j_per_k_ + shell_capacity_j_per_k_);
    core_c_per_ml_o2_ = kJoulePerMlO2 / heat_capacity_j_per_k_;
    per_shell_capacity_ = 1.0 / shell_capacity_j_per_k_;
    shell_c_ = temp_c_ - gradient_c * demand_ml_min() / std::max(p_.vo2_37_ml_min, 1e-9);
}

double TissueBed::demand_ml_min() const {
    const double t = std::clamp(temp_c_, 0.0, 45.0);
    return p_.vo2_37_ml_min * std::pow(kVo2Q10, (t - 37.0) / 10.0);
}

double TissueBed::demand_ml_min_cached() {
    if (std::fabs(temp_c_ - q10_temp_c_) > 1e-4) {  // pow only when the temperature has moved
        q10_temp_c_ = temp_c_;
        q10_factor_ = demand_ml_min() / std::max(p_.vo2_37_ml_min, 1e-12);
    }
    return p_.vo2_37_ml_min * q10_factor_;
}

void TissueBed::prepare(Network&, double dt_s) {
    demand_ml_ = demand_ml_min_cached() / 60.0 * dt_s;
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
    const double per_min = 60.0 / dt_s;
    vo2_ml_min_ = used_ml_ * per_min;
    do2_ml_min_ = delivered_ml_ * per_min;
    // Core-shell exchange, exact for the step (relaxation of two capacities towards their mean).
    const double mean = (heat_capacity_j_per_k_ * temp_c_ + shell_capacity_j_per_k_ * shell_c_) * per_total_capacity_;
    const double decay = core_shell_.factor(dt_s);
    temp_c_ = mean + (temp_c_ - mean) * decay;
    shell_c_ = mean + (shell_c_ - mean) * decay;
    // Metabolic heat warms the core; the shell loses heat to the room.
    temp_c_ = std::clamp(temp_c_ + used_ml_ * core_c_per_ml_o2_, 0.0, 50.0);
    const double loss_j = loss_w_per_k_ * (shell_c_ - kRoomTemperatureC) * dt_s;
    shell_c_ = std::clamp(shell_c_ - loss_j * per_shell_capacity_, 0.0, 50.0);
}

}  // namespace perfuse::phys
