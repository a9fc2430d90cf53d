#pragma once
// PVC tubing: volume per length from its bore, Poiseuille resistance, kinking.
#include "part.h"

namespace perfuse::phys {

// Inner diameters 1/4", 3/8", 1/2" -> 0.317, 0.713, 1.267 ml per cm (pi r^2).
double tubing_inner_radius_cm(TubingSize s);
double tubing_ml_per_cm(TubingSize s);
// Blood viscosity ~3.5 mPa*s at 37 degC and normal Hct (physiology texts); Poiseuille R = 8 mu L / (pi r^4).
inline constexpr double kBloodViscosityPaS = 3.5e-3;
double poiseuille_mmHg_s_per_ml(double radius_cm, double length_cm);
inline constexpr double kKinkResistanceFactor = 50.0;  // a kinked line: tens of times the resistance (approximate)
inline constexpr double kDefaultTubingLengthCm = 180.0;

class Tubing final : public Part {
public:
    explicit Tubing(PartSpec spec);
    double prime_volume_ml() const override;
    void prepare(Network& net, double dt_s) override;
    void set_kinked(bool k) { kinked_ = k; }
    double resistance_mmHg_s_per_ml() const;

private:
    bool kinked_ = false;
    double open_resistance_mmHg_s_per_ml_;  // from the fixed bore and length, worked out once
};

}  // namespace perfuse::phys
