#pragma once
// A capillary bed on an artery->vein path: it consumes O2 (falling with temperature by Q10), makes CO2,
// exchanges heat with its tissue mass, and runs an oxygen debt when delivery cannot meet demand.
#include "device.h"

namespace perfuse::phys {

// Whole-body VO2 falls ~7 %/degC on cooling, i.e. Q10 ~2 (hypothermic CPB literature; approximate).
inline constexpr double kVo2Q10 = 2.0;
// Highest fraction of delivered O2 a bed can extract before consumption becomes supply-limited
// (whole-body critical extraction ~0.6-0.8; 0.75 used, approximate).
inline constexpr double kMaxO2Extraction = 0.75;
inline constexpr double kRoomTemperatureC = 21.0;
// Heat: blood exchanges with a well-perfused core (the vessel-rich tissues, ~1/3 of the mass), which
// exchanges with the shell (muscle, skin, fat) with a time constant of ~20 min; the shell loses heat to
// the room. This gives the fast core cooling and rewarming on bypass and the slower shell (afterdrop).
// Approximate, after two-compartment thermal models of CPB.
inline constexpr double kCoreMassFraction = 0.35;
inline constexpr double kCoreShellTimeConstantS = 1200.0;

struct TissueBedParams {
    double vo2_37_ml_min = 100.0;  // demand at 37 degC
    double mass_kg = 30.0;         // thermal mass
    double initial_temp_c = 37.0;
};

class TissueBed final : public PacketHook, public Device {
public:
    explicit TissueBed(TissueBedParams p);
    void prepare(Network&, double dt_s) override;
    void finish(Network&, double dt_s) override;
    void on_packet(int path, double volume_ml, Amounts& packet, double dt_s) override;

    double temperature_c() const { return temp_c_; }  // core
    double shell_temperature_c() const { return shell_c_; }
    double demand_ml_min() const;
    double demand_ml_min_cached();
    double vo2_ml_min() const { return vo2_ml_min_; }           // consumed in the last step
    double do2_ml_min() const { return do2_ml_min_; }           // delivered in the last step
    double o2_debt_ml() const { return debt_ml_; }
    // Venous outflow of the last step (for mixed venous saturation).
    const Amounts& last_outflow() const { return out_; }
    double last_outflow_ml() const { return out_ml_; }

private:
    TissueBedParams p_;
    double temp_c_;
    double shell_c_;
    double heat_capacity_j_per_k_;  // core
    double shell_capacity_j_per_k_;
    double loss_w_per_k_;
    // From the fixed capacities, so the per-step update multiplies instead of dividing.
    double per_total_capacity_, core_c_per_ml_o2_, per_shell_capacity_;
    double demand_ml_ = 0.0, used_ml_ = 0.0, delivered_ml_ = 0.0;
    double vo2_ml_min_ = 0.0, do2_ml_min_ = 0.0, debt_ml_ = 0.0;
    Amounts out_{};
    double out_ml_ = 0.0;
    Decay core_shell_{kCoreShellTimeConstantS};
    double q10_temp_c_ = -1.0, q10_factor_ = 1.0;
};

}  // namespace perfuse::phys
