#include "tubing.h"

#include <algorithm>

namespace perfuse::phys {

double tubing_inner_radius_cm(TubingSize s) {
    switch (s) {
        case TubingSize::quarter_inch: return 0.25 * 2.54 / 2.0;
        case TubingSize::three_eighths_inch: return 0.375 * 2.54 / 2.0;
        case TubingSize::half_inch: return 0.5 * 2.54 / 2.0;
    }
    return 0.375 * 2.54 / 2.0;
}

double tubing_ml_per_cm(TubingSize s) {
    const double r = tubing_inner_radius_cm(s);
    return 3.14159265358979 * r * r;
}

double poiseuille_mmHg_s_per_ml(double radius_cm, double length_cm) {
    const double r_m = radius_cm / 100.0, l_m = length_cm / 100.0;
    const double pa_s_per_m3 = 8.0 * kBloodViscosityPaS * l_m / (3.14159265358979 * r_m * r_m * r_m * r_m);
    return pa_s_per_m3 / 133.322 * 1e-6;  // Pa -> mmHg, m^3 -> ml
}

Tubing::Tubing(PartSpec spec) : Part(std::move(spec)) {
    if (spec_.length_cm <= 0.0) spec_.length_cm = kDefaultTubingLengthCm;
    open_resistance_mmHg_s_per_ml_ = poiseuille_mmHg_s_per_ml(tubing_inner_radius_cm(spec_.tubing), spec_.length_cm);
}

double Tubing::prime_volume_ml() const { return tubing_ml_per_cm(spec_.tubing) * spec_.length_cm; }

double Tubing::resistance_mmHg_s_per_ml() const {
    const double r = open_resistance_mmHg_s_per_ml_;
    return kinked_ ? r * kKinkResistanceFactor : r;
}

void Tubing::prepare(Network& net, double) { set_law(net, resistor_law(resistance_mmHg_s_per_ml())); }

}  // namespace perfuse::phys
