#include "heat_exchanger.h"

#include <algorithm>
#include <cmath>

#include "clamp.h"
#include "tissue_bed.h"

namespace perfuse::phys {

double heat_exchanger_k_l_min(DeviceSize s) {
    const double rated = s == DeviceSize::adult ? 5.0 : s == DeviceSize::paediatric ? 2.0 : 0.8;
    return rated * 0.693;  // e = 0.5 at the reference flow
}

HeatExchanger::HeatExchanger(PartSpec spec, double initial_water_c)
    : Part(std::move(spec)), target_c_(initial_water_c), water_c_(initial_water_c) {}

void HeatExchanger::set_target_c(double c) { target_c_ = std::isfinite(c) ? std::clamp(c, kWaterMinC, kWaterMaxC) : 37.0; }

void HeatExchanger::prepare(Network& net, double dt_s) {
    set_law(net, resistor_law(kConnectorResistanceMmHgSPerMl));
    double goal = powered_ ? target_c_ : kRoomTemperatureC;
    if (powered_ && inflow_ >= 0) {
        const auto& src = net.compartment(net.path(inflow_).from);
        if (src.volume_ml > 1e-6) {
            const double t_in = src.amount[kHeat] / src.volume_ml;
            goal = std::clamp(goal, t_in - kMaxGradientC, t_in + kMaxGradientC);
        }
    }
    water_c_ += (goal - water_c_) * (1.0 - (powered_ ? on_ : off_).factor(dt_s));
}

void HeatExchanger::on_packet(int, double volume_ml, Amounts& packet, double dt_s) {
    if (volume_ml <= 1e-9) return;
    const double q_l_min = ml_s_to_l_min(volume_ml / dt_s);
    const double eff = 1.0 - std::exp(-heat_exchanger_k_l_min(spec_.size) / std::max(q_l_min, 1e-6));
    const double t_in = packet[kHeat] / volume_ml;
    packet[kHeat] = (t_in + eff * (water_c_ - t_in)) * volume_ml;
}

void HeatExchanger::carry_state_from(const Part& old) {
    if (const auto* o = dynamic_cast<const HeatExchanger*>(&old)) {
        water_c_ = o->water_c_;
    }
}

}  // namespace perfuse::phys
