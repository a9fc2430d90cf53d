// Blood gas chemistry against published values.
#include <gtest/gtest.h>

#include "blood_gas.h"

namespace perfuse::phys::gas {
namespace {

TEST(BloodGas, SeveringhausCurveHasP50Of27mmHg) {
    // Normal adult P50 26.8 mmHg at 37 degC, PCO2 40 (Severinghaus 1979).
    EXPECT_NEAR(o2_saturation(26.8, 37.0, 40.0), 0.5, 0.01);
}

TEST(BloodGas, ArterialAndMixedVenousSaturationsMatchTextbook) {
    EXPECT_NEAR(o2_saturation(100.0, 37.0, 40.0), 0.975, 0.005);  // PaO2 100 -> ~97.5 %
    EXPECT_NEAR(o2_saturation(40.0, 37.0, 46.0), 0.75, 0.02);     // PvO2 40 -> ~75 %
}

TEST(BloodGas, CoolingShiftsTheCurveLeft) {
    EXPECT_GT(o2_saturation(30.0, 30.0, 40.0), o2_saturation(30.0, 37.0, 40.0) + 0.05);
}

TEST(BloodGas, ContentIsBoundPlusDissolved) {
    // CaO2 = 1.34 x Hb x SaO2 + 0.003 x PaO2 (West): Hb 15, PaO2 100 -> ~20 ml/dl.
    const double c = o2_content_ml_dl(100.0, 15.0, 37.0, 40.0);
    EXPECT_NEAR(c, 1.34 * 15.0 * o2_saturation(100.0, 37.0, 40.0) + 0.3, 1e-9);
    EXPECT_NEAR(c, 19.9, 0.2);
}

TEST(BloodGas, ContentInvertsToPo2) {
    for (double p : {5.0, 27.0, 40.0, 95.0, 250.0, 600.0}) {
        const double c = o2_content_ml_dl(p, 10.0, 34.0, 42.0);
        EXPECT_NEAR(po2_from_content_mmHg(c, 10.0, 34.0, 42.0), p, 1e-3 * p + 1e-3) << "PO2 " << p;
    }
    EXPECT_EQ(po2_from_content_mmHg(0.0, 10.0, 37.0, 40.0), 0.0);
    EXPECT_EQ(saturation_from_content(1.0, 0.0, 37.0, 40.0), 0.0);  // no haemoglobin (clear prime)
}

TEST(BloodGas, AlveolarGasEquationGivesTextbookPao2) {
    // FiO2 0.21, PaCO2 40: 0.21 x 713 - 40/0.8 = 99.7 mmHg.
    EXPECT_NEAR(alveolar_po2_mmHg(0.21, 40.0), 99.73, 0.01);
}

TEST(BloodGas, VentilationEquationGivesPaco2Of40AtRest) {
    // Q 5 l/min, mixed venous CO2 52 ml/dl (PCO2 46), VA 4.2 l/min -> about 40 mmHg (West).
    EXPECT_NEAR(exchanger_pco2_mmHg(5.0, 4.2, co2_content_ml_dl(46.0)), 40.0, 1.0);
    // No gas flow removes nothing; doubling ventilation lowers it (for the same venous blood).
    EXPECT_NEAR(exchanger_pco2_mmHg(5.0, 0.0, co2_content_ml_dl(46.0)), 46.0, 1e-9);
    EXPECT_LT(exchanger_pco2_mmHg(5.0, 8.4, co2_content_ml_dl(46.0)), 37.0);
}

}  // namespace
}  // namespace perfuse::phys::gas
