#pragma once
// Blood oxygen and carbon dioxide: dissociation curves, contents, and the inverse (content -> PO2).
namespace perfuse::phys::gas {

// Published constants, one place.
inline constexpr double kHufnerMlPerG = 1.34;          // O2 bound per g Hb (physiology texts, e.g. West)
inline constexpr double kO2SolubilityMlDlMmHg = 0.003; // dissolved O2 per mmHg at 37 degC (West)
inline constexpr double kMchcGPerDl = 33.3;            // Hb = Hct x 33.3 (MCHC ~33 g/dl; "Hct ~ 3 x Hb")
inline constexpr double kBarometricMmHg = 760.0;       // sea level
inline constexpr double kWaterVapourMmHg = 47.0;       // saturated at 37 degC
inline constexpr double kRespiratoryQuotient = 0.8;    // mixed diet (West)
// CO2 content is taken as linear over the working range through West's points:
// arterial 48 ml/dl at PCO2 40 mmHg, mixed venous 52 ml/dl at 46 mmHg.
inline constexpr double kCo2ContentInterceptMlDl = 21.2;
inline constexpr double kCo2ContentSlopeMlDlMmHg = 0.67;
// Alveolar ventilation equation: PACO2 = 0.863 * VCO2 (ml/min STPD) / VA (l/min BTPS).
inline constexpr double kAlveolarCo2Factor = 0.863;

// Severinghaus (1979) O2 dissociation with his temperature and CO2 (Bohr) shifts of the virtual PO2.
double o2_saturation(double po2_mmHg, double temp_c, double pco2_mmHg);
double o2_content_ml_dl(double po2_mmHg, double hb_g_dl, double temp_c, double pco2_mmHg);
// Inverse of o2_content_ml_dl by bisection (monotone); clamps to 0..2000 mmHg.
double po2_from_content_mmHg(double content_ml_dl, double hb_g_dl, double temp_c, double pco2_mmHg);
double saturation_from_content(double content_ml_dl, double hb_g_dl, double temp_c, double pco2_mmHg);

double co2_content_ml_dl(double pco2_mmHg);
double pco2_from_content_mmHg(double content_ml_dl);

// Partial pressure of CO2 leaving a gas exchanger (lung or membrane) of blood flow q and ventilating
// gas flow v, from the alveolar ventilation equation solved together with the linear CO2 curve:
//   P = 8.63 q (Cin - a) / (v + 8.63 q b)   (q, v in l/min; contents in ml/dl).
double exchanger_pco2_mmHg(double blood_l_min, double gas_l_min, double co2_in_ml_dl);

// Alveolar gas equation: PAO2 = FiO2 (Pb - PH2O) - PACO2 / RQ.
double alveolar_po2_mmHg(double fio2, double paco2_mmHg);

}  // namespace perfuse::phys::gas
