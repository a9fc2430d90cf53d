#pragma once
// Cannulae: pressure drop vs flow by size and length. Linear (Poiseuille) part scales with length/Fr^4,
// quadratic (tip and entrance losses) with 1/Fr^4; anchored at a 24 Fr, 20 cm cannula dropping
// 40 mmHg at 5 l/min, half each (approximate, of the order of manufacturers' pressure-flow charts).
// Drainage cannulae collapse the vessel round their tip under suction (ECMO "chatter"): with the site
// pressure below kCollapseMmHg the inlet resistance jumps until the site refills above kReopenMmHg.
#include "part.h"

namespace perfuse::phys {

inline constexpr double kCannulaRefFrench = 24.0;
inline constexpr double kCannulaRefLengthCm = 20.0;
inline constexpr double kCannulaRefDropMmHg = 40.0;
inline constexpr double kCannulaRefFlowLMin = 5.0;
inline constexpr double kCollapseMmHg = -5.0;
inline constexpr double kReopenMmHg = 1.0;
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
  bool collapsed() const { return collapsed_; }
  int collapse_count() const { return collapse_count_; }

private:
  bool collapsed_ = false;
  int collapse_count_ = 0;
};

}  // namespace perfuse::phys
