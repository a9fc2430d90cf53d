#include "oxygenator.h"

#include <algorithm>
#include <cmath>

#include "blood_gas.h"

namespace perfuse::phys {

OxygenatorData oxygenator_data(DeviceSize s) {
    switch (s) {
        case DeviceSize::neonatal: return {1.5, 40.0, 45.0};
        case DeviceSize::paediatric: return {2.8, 100.0, 45.0};
        case DeviceSize::adult: return {7.0, 250.0, 45.0};
    }
    return {7.0, 250.0, 45.0};
}

void Oxygenator::set_gas(double sweep_l_min, double fio2) {
    sweep_l_min_ = std::isfinite(sweep_l_min) ? std::clamp(sweep_l_min, 0.0, 20.0) : 0.0;
    fio2_ = std::isfinite(fio2) ? std::clamp(fio2, 0.0, 1.0) : 0.21;
}

double Oxygenator::resistance_mmHg_s_per_ml() const {
    const double r = data_.drop_at_rated_mmHg / l_min_to_ml_s(data_.rated_flow_l_min);
    return failed_ ? r * kFailedDropFactor : r;
}

double Oxygenator::pressure_drop_mmHg(const Network& net) const {
    if (inflow_ < 0) return 0.0;
    const auto& p = net.path(inflow_);
    return net.pressure(p.from) - net.pressure(p.to);
}

void Oxygenator::prepare(Network& net, double) {
    set_law(net, resistor_law(resistance_mmHg_s_per_ml()));
    o2_step_ml_ = 0.0;
}

void Oxygenator::on_packet(int, double volume_ml, Amounts& packet, double dt_s) {
    packet[kFresh] = volume_ml;  // this blood has just been through a membrane
    if (volume_ml <= 1e-9) return;
    const double q_l_min = ml_s_to_l_min(volume_ml / dt_s);
    const double per_ml = 1.0 / volume_ml;  // one division for the four concentrations (every step)
    const double hb = packet[kRbc] * per_ml * gas::kMchcGPerDl;
    const double temp_c = packet[kHeat] * per_ml;
    const double co2_in = packet[kCo2] * per_ml * 100.0;
    const double o2_in = packet[kO2] * per_ml * 100.0;

    const double co2_gas_l_min = sweep_l_min_ * (failed_ ? kFailedCo2Factor : 1.0);
    const double pco2 = gas::exchanger_pco2_mmHg(q_l_min, co2_gas_l_min, co2_in);
    double o2_out = o2_in;
    if (sweep_l_min_ > 0.0) {
        const double p_gas = gas::alveolar_po2_mmHg(fio2_, 0.0);
        const double o2_eq = gas::o2_content_ml_dl(p_gas, hb, temp_c, pco2);
        const double k = kTransferUnitsAtRatedFlow * data_.rated_flow_l_min * (failed_ ? kFailedTransferFactor : 1.0);
        const double eff = 1.0 - std::exp(-k / std::max(q_l_min, 1e-6));
        double add_ml = eff * (o2_eq - o2_in) * volume_ml / 100.0;
        // Never more O2 than the sweep gas delivers in the step.
        const double supply_ml = sweep_l_min_ * 1000.0 * fio2_ / 60.0 * dt_s;
        add_ml = std::clamp(add_ml, -supply_ml, supply_ml);
        o2_out = o2_in + add_ml * 100.0 * per_ml;
        o2_step_ml_ += add_ml;
    }
    packet[kO2] = std::max(0.0, o2_out) * volume_ml / 100.0;
    packet[kCo2] = gas::co2_content_ml_dl(pco2) * volume_ml / 100.0;
    post_pco2_mmHg_ = pco2;
    last_o2_ml_dl_ = std::max(0.0, o2_out);
    last_hb_g_dl_ = hb;
    last_temp_c_ = temp_c;
}

void Oxygenator::finish(Network&, double dt_s) { o2_ml_min_ = o2_step_ml_ / dt_s * 60.0; }

double Oxygenator::post_po2_mmHg() const {
    return gas::po2_from_content_mmHg(last_o2_ml_dl_, last_hb_g_dl_, last_temp_c_, post_pco2_mmHg_);
}

}  // namespace perfuse::phys
