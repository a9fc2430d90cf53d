#include "cannula.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

namespace {
double ref_flow_ml_s() { return l_min_to_ml_s(kCannulaRefFlowLMin); }
double size_factor(double french) {
    const double f = kCannulaRefFrench / std::max(french, 4.0);
    return f * f * f * f;
}
}  // namespace

double cannula_linear_mmHg_s_per_ml(double french, double length_cm) {
    const double r_ref = 0.5 * kCannulaRefDropMmHg / ref_flow_ml_s();
    return r_ref * size_factor(french) * std::max(length_cm, 1.0) / kCannulaRefLengthCm;
}

double cannula_quadratic_mmHg_s2_per_ml2(double french) {
    const double q = ref_flow_ml_s();
    return 0.5 * kCannulaRefDropMmHg / (q * q) * size_factor(french);
}

double cannula_pressure_drop_mmHg(double french, double length_cm, double flow_l_min) {
    const double q = l_min_to_ml_s(flow_l_min);
    return cannula_linear_mmHg_s_per_ml(french, length_cm) * q + cannula_quadratic_mmHg_s2_per_ml2(french) * q * std::fabs(q);
}

Cannula::Cannula(PartSpec spec) : Part(std::move(spec)) {
    if (spec_.french <= 0.0) spec_.french = spec_.role == CannulaRole::drainage ? 25.0 : 17.0;
    if (spec_.length_cm <= 0.0) spec_.length_cm = spec_.role == CannulaRole::drainage ? 55.0 : 18.0;
    linear_mmHg_s_per_ml_ = cannula_linear_mmHg_s_per_ml(spec_.french, spec_.length_cm);
    quadratic_mmHg_s2_per_ml2_ = cannula_quadratic_mmHg_s2_per_ml2(spec_.french);
}

double Cannula::prime_volume_ml() const {
    // French = outer diameter in mm / 3; bore ~85 % of it.
    const double r_cm = 0.85 * spec_.french / 3.0 / 2.0 / 10.0;
    return 3.14159265358979 * r_cm * r_cm * spec_.length_cm;
}

void Cannula::prepare(Network& net, double) {
    if (inflow_ < 0) return;
    const double last = net.path(inflow_).flow_ml_s;
    double r = effective_resistance(linear_mmHg_s_per_ml_, quadratic_mmHg_s2_per_ml2_, last);
    r *= 1.0 + (kCollapsedResistanceFactor - 1.0) * collapse_;
    set_law(net, resistor_law(r));
}

void Cannula::finish(Network& net, double dt_s) {
    if (spec_.role != CannulaRole::drainage || inflow_ < 0) return;
    const double site_mmHg = net.pressure(net.path(inflow_).from);
    since_collapse_s_ = std::min(since_collapse_s_ + dt_s, 1e9);
    if (site_mmHg < kCollapseMmHg) {
        if (collapse_ < 0.5) ++collapse_count_;
        collapse_ = 1.0;
        since_collapse_s_ = 0.0;
    } else if (collapse_ > 0.0) {
        collapse_ = collapse_ < 1e-6 ? 0.0 : collapse_ * reopen_.factor(dt_s);
    }
}

}  // namespace perfuse::phys
