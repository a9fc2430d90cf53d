#pragma once
// Heat exchanger with its heater-cooler. Water temperature moves towards the set point (within the
// unit's range, and off on power loss); blood leaves at T_in + e (T_water - T_in), e = 1 - exp(-K/Q).
// The heater-cooler keeps the water within 10 degC of the venous (inlet) blood: the STS/SCA/AmSECT
// 2015 temperature guideline limits the arterial outlet to venous inflow gradient to 10 degC.
#include "part.h"

namespace perfuse::phys {

inline constexpr double kMaxGradientC = 10.0;
inline constexpr double kWaterMinC = 2.0, kWaterMaxC = 42.0;  // heater-cooler range (typical)
inline constexpr double kWaterTimeConstantS = 60.0;            // water loop response (approximate)
inline constexpr double kWaterOffTimeConstantS = 900.0;        // drifts to room temperature unpowered
// Effectiveness 0.5 at 5 l/min for an adult exchanger (performance factor ~0.4-0.6, approximate).
double heat_exchanger_k_l_min(DeviceSize s);

class HeatExchanger final : public Part, public PacketHook {
public:
    void carry_state_from(const Part& old) override;
    HeatExchanger(PartSpec spec, double initial_water_c);
    double prime_volume_ml() const override { return spec_.size == DeviceSize::adult ? 20.0 : 8.0; }
    void prepare(Network& net, double dt_s) override;
    void on_packet(int path, double volume_ml, Amounts& packet, double dt_s) override;
    void set_target_c(double c);
    void set_powered(bool p) { powered_ = p; }
    double water_c() const { return water_c_; }
    double target_c() const { return target_c_; }

private:
    double target_c_;
    double water_c_;
    bool powered_ = true;
    Decay on_{kWaterTimeConstantS}, off_{kWaterOffTimeConstantS};
};

}  // namespace perfuse::phys
