#pragma once
// Centrifugal pump: a pressure source whose head rises with the square of speed, with internal
// resistance: dP = k*rpm^2 - R*Q. Flow is the result of the circuit; against a clamp the pressure
// stays bounded at the shut-off head; at low rpm the head is below the arterial pressure and blood
// runs backwards. Air in the head de-primes it (no head).
// Shut-off head 380 mmHg at 3000 rpm and 25 mmHg per l/min droop: approximate, read from the shape
// of published adult ECMO pump H-Q curves.
#include "part.h"

namespace perfuse::phys {

inline constexpr double kCentrifugalHeadMmHgAt3000 = 380.0;
inline constexpr double kCentrifugalDroopMmHgPerLMin = 25.0;
inline constexpr double kCentrifugalMaxRpm = 5000.0;
// Speed rises no faster than this (console ramp, approximate); it may fall at once.
inline constexpr double kCentrifugalRampRpmPerS = 1000.0;
double centrifugal_head_mmHg(double rpm);

class CentrifugalPump final : public Part {
public:
    void carry_state_from(const Part& old) override;
    explicit CentrifugalPump(PartSpec spec) : Part(std::move(spec)) {}
    double prime_volume_ml() const override { return spec_.size == DeviceSize::adult ? 32.0 : 14.0; }
    void prepare(Network& net, double dt_s) override;
    void set_rpm(double rpm);            // target; the pump ramps up to it
    double rpm() const { return rpm_; }  // actual speed
    void set_deprimed(bool d) { deprimed_ = d; }

private:
    double rpm_ = 0.0;
    double target_rpm_ = 0.0;
    bool deprimed_ = false;
};

}  // namespace perfuse::phys
