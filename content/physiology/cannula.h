#pragma once
// Cannulae: pressure drop vs flow by size and length. Linear (Poiseuille) part scales with length/Fr^4,
// quadratic (tip and entrance losses) with 1/Fr^4; anchored at a 24 Fr, 20 cm cannula dropping
// 40 mmHg at 5 l/min, half each (approximate, of the order of manufacturers' pressure-flow charts).
// Drainage cannulae collapse the vessel round their tip under suction (ECMO "chatter"): when the site
// pressure falls below kCollapseMmHg the vessel wall snaps onto the tip (resistance x15), then peels
// off again over ~kReopenTimeConstantS; if suction persists it snaps again, so flow swings.
#include "part.h"

namespace perfuse::phys {

inline constexpr double kCannulaRefFrench = 24.0;
inline constexpr double kCannulaRefLengthCm = 20.0;
inline constexpr double kCannulaRefDropMmHg = 40.0;
inline constexpr double kCannulaRefFlowLMin = 5.0;
inline constexpr double kCollapseMmHg = -5.0;
inline constexpr double kReopenTimeConstantS = 0.5;
inline constexpr double kCollapsedResistanceFactor = 15.0;

double cannula_linear_mmHg_s_per_ml(double french, double length_cm);
double cannula_quadratic_mmHg_s2_per_ml2(double french);
double cannula_pressure_drop_mmHg(double french, double length_cm, double flow_l_min);

class Cannula final : public Part {
public:
    explicit Cannula(PartSpec spec);
    double prime_volume_ml() const override;
    void prepare(Network& net, double dt_s) override;
    void finish(Network& net, double dt_s) override;
    bool collapsed() const { return collapse_ > 0.5; }
    double seconds_since_collapse() const { return since_collapse_s_; }
    int collapse_count() const { return collapse_count_; }

private:
    double collapse_ = 0.0;  // 1 = wall on the tip, 0 = open
    double since_collapse_s_ = 1e9;
    Decay reopen_{kReopenTimeConstantS};
    int collapse_count_ = 0;
    // Resistance terms of the fixed size and length, worked out once.
    double linear_mmHg_s_per_ml_ = 0.0, quadratic_mmHg_s2_per_ml2_ = 0.0;
};

}  // namespace perfuse::phys
