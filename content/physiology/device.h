#pragma once
// The step lifecycle shared by every model (patient organs and circuit parts):
//   prepare(): set the flow laws of the paths it owns for the coming step, from its state and settings;
//   the network then solves pressures and moves blood (calling packet hooks on the way);
//   finish(): update its own state (controllers, counters) from the flows of the step just taken.
#include <cmath>

#include "network.h"

namespace perfuse::phys {

class Device {
public:
    virtual ~Device() = default;
    virtual void prepare(Network& net, double dt_s) = 0;
    virtual void finish(Network& /*net*/, double /*dt_s*/) {}
};

// Unit helpers: the network works in ml/s, people think in l/min.
inline constexpr double kMlSPerLMin = 1000.0 / 60.0;
inline constexpr double ml_s_to_l_min(double q_ml_s) { return q_ml_s * 0.06; }
inline constexpr double l_min_to_ml_s(double q_l_min) { return q_l_min * kMlSPerLMin; }
// Hydrostatic pressure of blood (density 1.05): 1 cm of blood column = 0.772 mmHg.
inline constexpr double kMmHgPerCmBlood = 0.772;
// Volumetric heat capacity of blood, J/(ml K) (specific heat ~3.6 J/(g K) x density 1.05).
inline constexpr double kBloodHeatJPerMlK = 3.78;
// Mean specific heat of the human body, J/(kg K) (3.47 kJ/(kg K), the usual physiology value).
inline constexpr double kBodyHeatJPerKgK = 3470.0;
// Energy released per ml O2 consumed, J (4.8 kcal/l O2 on a mixed diet).
inline constexpr double kJoulePerMlO2 = 20.1;

// exp(-dt/tau), remembered for the last step size (steps are usually all the same length).
class Decay {
public:
    explicit Decay(double tau_s) : tau_s_(tau_s) {}
    double factor(double dt_s) {
        if (dt_s != dt_s_) {
            dt_s_ = dt_s;
            factor_ = std::exp(-dt_s / tau_s_);
        }
        return factor_;
    }

private:
    double tau_s_;
    double dt_s_ = -1.0;
    double factor_ = 1.0;
};

inline double concentration(const Compartment& c, Species s) {
    return c.volume_ml > 1e-9 ? c.amount[static_cast<size_t>(s)] / c.volume_ml : 0.0;
}

}  // namespace perfuse::phys
