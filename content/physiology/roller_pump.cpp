#include "roller_pump.h"

#include <algorithm>
#include <cmath>

#include "tubing.h"

namespace perfuse::phys {

double roller_stroke_ml_per_rev(TubingSize s) { return 3.14159265358979 * kRollerRacewayDiameterCm * tubing_ml_per_cm(s); }

double RollerPump::prime_volume_ml() const {
    return tubing_ml_per_cm(spec_.tubing) * 3.14159265358979 * kRollerRacewayDiameterCm * 0.6;
}

void RollerPump::set_rpm(double rpm) {
    target_rpm_ = std::isfinite(rpm) ? std::clamp(rpm, 0.0, 300.0) : 0.0;
    rpm_ = std::min(rpm_, target_rpm_);
}

void RollerPump::set_flow_l_min(double flow_l_min) {
    set_rpm(l_min_to_ml_s(std::isfinite(flow_l_min) ? flow_l_min : 0.0) * 60.0 / roller_stroke_ml_per_rev(spec_.tubing));
}

double RollerPump::commanded_ml_s() const { return roller_stroke_ml_per_rev(spec_.tubing) * rpm_ / 60.0; }

void RollerPump::prepare(Network& net, double dt_s) {
    rpm_ = std::min(target_rpm_, rpm_ + kRollerRampRpmPerS * dt_s);
    set_law(net, PathLaw{0.0, 0.0, commanded_ml_s(), -1, 0.0});
    if (inflow_ >= 0) net.path(inflow_).one_way = true;
}

void RollerPump::carry_state_from(const Part& old) {
    if (const auto* o = dynamic_cast<const RollerPump*>(&old)) {
        rpm_ = o->rpm_;
        target_rpm_ = o->target_rpm_;
    }
}

}  // namespace perfuse::phys
