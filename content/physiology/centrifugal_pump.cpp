#include "centrifugal_pump.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

double centrifugal_head_mmHg(double rpm) {
    const double r = rpm / 3000.0;
    return kCentrifugalHeadMmHgAt3000 * r * r;
}

void CentrifugalPump::set_rpm(double rpm) {
    target_rpm_ = std::isfinite(rpm) ? std::clamp(rpm, 0.0, kCentrifugalMaxRpm) : 0.0;
    rpm_ = std::min(rpm_, target_rpm_);
}

void CentrifugalPump::prepare(Network& net, double dt_s) {
    rpm_ = std::min(target_rpm_, rpm_ + kCentrifugalRampRpmPerS * dt_s);
    const double r = kCentrifugalDroopMmHgPerLMin / kMlSPerLMin;  // mmHg per ml/s
    const double head = deprimed_ ? 0.0 : centrifugal_head_mmHg(rpm_);
    const double g = 1.0 / r;
    set_law(net, PathLaw{g, g, head * g, -1, 0.0});
}

void CentrifugalPump::carry_state_from(const Part& old) {
    if (const auto* o = dynamic_cast<const CentrifugalPump*>(&old)) {
        rpm_ = o->rpm_;
        target_rpm_ = o->target_rpm_;
    }
}

}  // namespace perfuse::phys
