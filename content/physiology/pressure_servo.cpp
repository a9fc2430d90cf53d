#include "pressure_servo.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

void LinePressureServo::update(double line_mmHg, double limit_mmHg, bool enabled) {
    if (!enabled || !std::isfinite(line_mmHg) || !std::isfinite(limit_mmHg)) {
        fraction_ = 1.0;
        return;
    }
    // Proportional: against a closed line the pump comes to rest where the pressure stops rising, that
    // is at limit + band with the pump stopped; against a partial kink it settles at a lower speed.
    fraction_ = std::clamp((limit_mmHg + kServoBandMmHg - line_mmHg) / kServoBandMmHg, 0.0, 1.0);
}

}  // namespace perfuse::phys
