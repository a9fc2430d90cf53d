#include "recirculation.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

double entrainment_fraction(double tip_distance_cm, double flow_l_min, bool jet_to_tricuspid) {
    const double d = std::max(std::isfinite(tip_distance_cm) ? tip_distance_cm : 0.0, 0.0);
    const double q = std::max(std::isfinite(flow_l_min) ? flow_l_min : 0.0, 0.0);
    const double f = kRecircMaxFraction * std::exp(-d / kRecircLengthCm) * q / (q + kRecircHalfFlowLMin);
    return jet_to_tricuspid ? f * kTricuspidJetFactor : f;
}

Recirculation::Recirculation(int path, int return_inflow, double tip_distance_cm, bool jet_to_tricuspid)
    : path_(path), return_inflow_(return_inflow), distance_cm_(tip_distance_cm), jet_(jet_to_tricuspid) {}

void Recirculation::prepare(Network& net, double) {
    const double q = net.path(return_inflow_).flow_ml_s;
    Path& p = net.path(path_);
    p.law = PathLaw{0.0, 0.0, 0.0, return_inflow_, q > 0.0 ? entrainment_fraction(distance_cm_, ml_s_to_l_min(q), jet_) : 0.0};
    p.one_way = true;
}

}  // namespace perfuse::phys
