#include "blood_gas.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys::gas {

double o2_saturation(double po2_mmHg, double temp_c, double pco2_mmHg) {
    if (!(po2_mmHg > 0.0)) return 0.0;
    const double t = std::clamp(temp_c, 10.0, 45.0);
    const double pco2 = std::clamp(pco2_mmHg, 5.0, 200.0);
    // Severinghaus JW. J Appl Physiol 1979;46:599: virtual PO2 and S = 1/(23400/(P^3+150P)+1).
    // 10^(0.024 (37 - T) + 0.06 log10(40 / PCO2)) as one exp and one log.
    const double p = std::min(po2_mmHg, 5000.0) *
                     std::exp(2.302585092994046 * 0.024 * (37.0 - t) + 0.06 * std::log(40.0 / pco2));
    return 1.0 / (23400.0 / (p * p * p + 150.0 * p) + 1.0);
}

double o2_content_ml_dl(double po2_mmHg, double hb_g_dl, double temp_c, double pco2_mmHg) {
    const double po2 = std::max(po2_mmHg, 0.0);
    return kHufnerMlPerG * std::max(hb_g_dl, 0.0) * o2_saturation(po2, temp_c, pco2_mmHg) +
           kO2SolubilityMlDlMmHg * po2;
}

double po2_from_content_mmHg(double content_ml_dl, double hb_g_dl, double temp_c, double pco2_mmHg) {
    if (!(content_ml_dl > 0.0)) return 0.0;
    double lo = 0.0, hi = 2000.0;
    if (o2_content_ml_dl(hi, hb_g_dl, temp_c, pco2_mmHg) <= content_ml_dl) return hi;
    for (int i = 0; i < 48; ++i) {
        const double mid = 0.5 * (lo + hi);
        if (o2_content_ml_dl(mid, hb_g_dl, temp_c, pco2_mmHg) < content_ml_dl) lo = mid; else hi = mid;
    }
    return 0.5 * (lo + hi);
}

double saturation_from_content(double content_ml_dl, double hb_g_dl, double temp_c, double pco2_mmHg) {
    if (!(hb_g_dl > 0.05)) return 0.0;
    return o2_saturation(po2_from_content_mmHg(content_ml_dl, hb_g_dl, temp_c, pco2_mmHg), temp_c, pco2_mmHg);
}

double co2_content_ml_dl(double pco2_mmHg) {
    return kCo2ContentInterceptMlDl + kCo2ContentSlopeMlDlMmHg * std::max(pco2_mmHg, 0.0);
}

double pco2_from_content_mmHg(double content_ml_dl) {
    return std::max(0.0, (content_ml_dl - kCo2ContentInterceptMlDl) / kCo2ContentSlopeMlDlMmHg);
}

double exchanger_pco2_mmHg(double blood_l_min, double gas_l_min, double co2_in_ml_dl) {
    const double q = std::max(blood_l_min, 0.0);
    const double v = std::max(gas_l_min, 0.0);
    const double k = kAlveolarCo2Factor * 10.0;  // ml/dl x l/min -> ml/min needs x10
    const double denom = v + k * q * kCo2ContentSlopeMlDlMmHg;
    if (!(denom > 1e-12)) return pco2_from_content_mmHg(co2_in_ml_dl);
    return std::max(0.0, k * q * (co2_in_ml_dl - kCo2ContentInterceptMlDl) / denom);
}

double alveolar_po2_mmHg(double fio2, double paco2_mmHg) {
    const double f = std::clamp(fio2, 0.0, 1.0);
    return std::max(0.0, f * (kBarometricMmHg - kWaterVapourMmHg) - paco2_mmHg / kRespiratoryQuotient);
}

}  // namespace perfuse::phys::gas
