#include "lungs.h"

#include <algorithm>

#include "blood_gas.h"

namespace perfuse::phys {

Lungs::Lungs(double alveolar_ventilation_l_min) : va_l_min_(alveolar_ventilation_l_min) {}

void Lungs::on_packet(int, double volume_ml, Amounts& packet, double dt_s) {
    if (!ventilated_ || volume_ml <= 1e-9) return;  // unventilated lungs exchange nothing
    const double per_ml = 1.0 / volume_ml;  // one division for the four concentrations (every step)
    const double hct = packet[kRbc] * per_ml;
    const double hb = hct * gas::kMchcGPerDl;
    const double temp_c = packet[kHeat] * per_ml;
    const double o2_in = packet[kO2] * per_ml * 100.0;
    const double co2_in = packet[kCo2] * per_ml * 100.0;
    const double q_l_min = ml_s_to_l_min(volume_ml / dt_s);
    const double exchanged = 1.0 - shunt_;
    const double pco2 = gas::exchanger_pco2_mmHg(q_l_min * exchanged, va_l_min_ * ventilation_factor_, co2_in);
    const double pao2 = gas::alveolar_po2_mmHg(fio2_, pco2);
    const double o2_end = gas::o2_content_ml_dl(pao2, hb, temp_c, pco2);
    const double co2_end = gas::co2_content_ml_dl(pco2);
    packet[kO2] = (exchanged * o2_end + shunt_ * o2_in) * volume_ml / 100.0;
    packet[kCo2] = std::max(0.0, (exchanged * co2_end + shunt_ * co2_in) * volume_ml / 100.0);
}

}  // namespace perfuse::phys
