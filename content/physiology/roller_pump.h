#pragma once
// Occlusive roller pump: flow = stroke volume per revolution x rpm, whatever the pressures, so it
// drives pressure up without limit against a clamp and sucks whatever it is fed (air if the reservoir
// empties). Stroke volume from geometry: raceway circumference (150 mm diameter, approximate) x bore.
#include "part.h"

namespace perfuse::phys {

inline constexpr double kRollerRacewayDiameterCm = 15.0;
// Speed rises no faster than this (console ramp, approximate); it may fall at once (stop, clamp, alarm).
inline constexpr double kRollerRampRpmPerS = 50.0;
double roller_stroke_ml_per_rev(TubingSize s);

class RollerPump final : public Part {
public:
    void carry_state_from(const Part& old) override;
    explicit RollerPump(PartSpec spec) : Part(std::move(spec)) {}
    double prime_volume_ml() const override;
    void prepare(Network& net, double dt_s) override;
    void set_rpm(double rpm);  // target; the pump ramps up to it
    void set_flow_l_min(double flow_l_min);  // converts to rpm for this tubing
    double rpm() const { return rpm_; }  // actual speed
    double commanded_ml_s() const;

private:
    double rpm_ = 0.0;
    double target_rpm_ = 0.0;
};

}  // namespace perfuse::phys
