#include "heart.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

double end_diastolic_volume_ml(const VentricleParams& p, double filling_mmHg) {
    const double range = p.vmax_ml - p.vd_ml;
    if (filling_mmHg <= 0.0) return p.vd_ml + range * filling_mmHg / p.ps_mmHg;  // empties below zero
    return p.vd_ml + range * (1.0 - std::exp(-filling_mmHg / p.ps_mmHg));
}

double ventricle_flow_ml_s(const VentricleParams& p, double hr_bpm, double contractility,
                           double filling_mmHg, double outflow_mmHg) {
    const double ees = p.ees_mmHg_per_ml * contractility;
    if (ees < 1e-3 || hr_bpm <= 0.0) return 0.0;
    const double sv = end_diastolic_volume_ml(p, filling_mmHg) - p.v0_ml - std::max(outflow_mmHg, 0.0) / ees;
    return std::max(0.0, hr_bpm / 60.0 * sv);
}

VentricleParams calibrate_ventricle(VentricleParams p, double hr_bpm, double flow_ml_s,
                                    double filling_mmHg, double outflow_mmHg) {
    const double sv = flow_ml_s * 60.0 / hr_bpm;
    p.v0_ml = end_diastolic_volume_ml(p, filling_mmHg) - outflow_mmHg / p.ees_mmHg_per_ml - sv;
    return p;
}

Ventricle::Ventricle(VentricleParams params, double hr_bpm, int path)
    : params_(params), hr_bpm_(hr_bpm), path_(path) {}

void Ventricle::set_state(HeartState s) {
    target_ = s == HeartState::normal ? 1.0 : s == HeartState::failing ? kFailingContractility : 0.0;
}

void Ventricle::prepare(Network& net, double dt_s) {
    // Contractility drifts to its target (failure, recovery, arrest take tens of seconds).
    const double k = 1.0 - drift_.factor(dt_s);
    contractility_ += (target_ - contractility_) * k;
    if (target_ == 0.0 && contractility_ < 0.02) contractility_ = 0.0;

    Path& p = net.path(path_);
    const double ees = params_.ees_mmHg_per_ml * contractility_;
    const double fill = net.pressure(p.from);
    const double out = std::max(net.pressure(p.to), 0.0);
    if (ees < 1e-3 || hr_bpm_ <= 0.0) {
        p.law = {};
        return;
    }
    // EDV and its slope at the present filling pressure (one exp for both).
    const double range = params_.vmax_ml - params_.vd_ml;
    const double e = fill <= 0.0 ? 1.0 : std::exp(-fill / params_.ps_mmHg);
    const double edv = fill <= 0.0 ? params_.vd_ml + range * fill / params_.ps_mmHg : params_.vd_ml + range * (1.0 - e);
    const double slope = range / params_.ps_mmHg * e;
    if (edv - params_.v0_ml - out / ees <= 0.0) {  // the ventricle cannot open its outflow valve
        p.law = {};
        return;
    }
    const double k_beats = hr_bpm_ / 60.0;
    p.law.a_ml_s_per_mmHg = k_beats * slope;
    p.law.b_ml_s_per_mmHg = k_beats / ees;
    p.law.c_ml_s = k_beats * (edv - slope * fill - params_.v0_ml);
}

void Ventricle::finish(Network&, double) {}

}  // namespace perfuse::phys
