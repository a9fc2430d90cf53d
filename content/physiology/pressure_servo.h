#pragma once
// The arterial pump's line-pressure servo ("pressure control" on heart-lung machine consoles). A roller
// pump pushes a fixed volume each turn whatever is in the way, so consoles measure the pressure between
// the pump and the oxygenator and slow the pump above a set limit, then stop it, before the tubing can
// burst or come apart (pac6.ch 7.2.6 "Pumps": control systems stop roller pumps if the pressure is too
// high; procedures-sources 1.3: a high-pressure alarm there is mandatory).
// The limit is a local-protocol value (300 mmHg here, as the alarm); how far above it the pump is slowed
// to a stop differs between consoles, so the 50 mmHg band is approximate (UNVERIFIED).

namespace perfuse::phys {

inline constexpr double kDefaultLinePressureLimitMmHg = 300.0;
inline constexpr double kServoBandMmHg = 50.0;
// The range a console lets the limit be set to (approximate).
inline constexpr double kMinLinePressureLimitMmHg = 100.0;
inline constexpr double kMaxLinePressureLimitMmHg = 600.0;

class LinePressureServo {
public:
    // Takes the latest line pressure: the pump may run at full set speed up to the limit, proportionally
    // slower above it, and not at all from limit + band. Switched off (or without power) it never slows.
    void update(double line_mmHg, double limit_mmHg, bool enabled);
    double speed_fraction() const { return fraction_; }
    bool slowing() const { return fraction_ < 1.0; }

private:
    double fraction_ = 1.0;
};

}  // namespace perfuse::phys
