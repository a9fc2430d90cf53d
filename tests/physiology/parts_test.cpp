// Circuit parts on their own: their characteristic curves and published anchors.
#include <gtest/gtest.h>

#include <cmath>

#include "cannula.h"
#include "centrifugal_pump.h"
#include "heat_exchanger.h"
#include "oxygenator.h"
#include "recirculation.h"
#include "reservoir.h"
#include "tubing.h"

namespace perfuse::phys {
namespace {

TEST(Cannula, PressureDropAnchorAndSizeScaling) {
    // Anchor: 24 Fr, 20 cm drops 40 mmHg at 5 l/min; both terms scale as 1/Fr^4.
    EXPECT_NEAR(cannula_pressure_drop_mmHg(24, 20, 5.0), 40.0, 1e-9);
    EXPECT_NEAR(cannula_pressure_drop_mmHg(12, 20, 5.0), 40.0 * 16.0, 1e-6);
    // Longer means more (Poiseuille part only), more flow means more than proportionally more (tip losses).
    EXPECT_GT(cannula_pressure_drop_mmHg(24, 40, 5.0), cannula_pressure_drop_mmHg(24, 20, 5.0));
    EXPECT_GT(cannula_pressure_drop_mmHg(24, 20, 6.0), 1.2 * cannula_pressure_drop_mmHg(24, 20, 5.0));
    // Flow reversed, drop reversed.
    EXPECT_NEAR(cannula_pressure_drop_mmHg(17, 18, -3.0), -cannula_pressure_drop_mmHg(17, 18, 3.0), 1e-9);
}

TEST(Tubing, PoiseuilleResistanceOfAnAdultLine) {
    // 1/2" x 180 cm at 5 l/min, viscosity 3.5 mPa s: 8 mu L Q / (pi r^4) = 822 Pa = 6.2 mmHg.
    const double r = poiseuille_mmHg_s_per_ml(tubing_inner_radius_cm(TubingSize::half_inch), 180.0);
    EXPECT_NEAR(r * 5000.0 / 60.0, 6.17, 0.05);
    // Halving the bore multiplies the resistance by 16.
    EXPECT_NEAR(poiseuille_mmHg_s_per_ml(0.5, 100) / poiseuille_mmHg_s_per_ml(1.0, 100), 16.0, 1e-9);
}

TEST(CentrifugalPump, HeadRisesWithTheSquareOfSpeed) {
    EXPECT_NEAR(centrifugal_head_mmHg(3000), kCentrifugalHeadMmHgAt3000, 1e-9);
    EXPECT_NEAR(centrifugal_head_mmHg(1500), kCentrifugalHeadMmHgAt3000 / 4.0, 1e-9);
    EXPECT_EQ(centrifugal_head_mmHg(0), 0.0);
}

TEST(Oxygenator, RatedDataAndFailureDrop) {
    PartSpec s;
    s.type = PartType::oxygenator;
    s.size = DeviceSize::adult;
    Oxygenator healthy(s), failed(s);
    failed.set_failed(true);
    const double rated_ml_s = l_min_to_ml_s(oxygenator_data(DeviceSize::adult).rated_flow_l_min);
    EXPECT_NEAR(healthy.resistance_mmHg_s_per_ml() * rated_ml_s, oxygenator_data(DeviceSize::adult).drop_at_rated_mmHg, 1e-9);
    EXPECT_NEAR(failed.resistance_mmHg_s_per_ml() / healthy.resistance_mmHg_s_per_ml(), 1.4, 1e-12);  // +30-50 %
}

TEST(Oxygenator, OxygenatesVenousBloodToTheSweepGas) {
    PartSpec s;
    s.type = PartType::oxygenator;
    Oxygenator oxy(s);
    oxy.set_gas(4.0, 1.0);
    Amounts venous{};
    const double v = 100.0;  // ml moved in a 1.2 s step: 5 l/min
    venous[kRbc] = 0.3 * v;
    venous[kO2] = 14.0 / 100.0 * v;
    venous[kCo2] = 52.0 / 100.0 * v;
    venous[kHeat] = 37.0 * v;
    oxy.on_packet(0, v, venous, 1.2);
    EXPECT_GT(oxy.post_po2_mmHg(), 400.0);  // FiO2 1.0: > 400 mmHg expected (sources 2.5)
    EXPECT_LT(oxy.post_pco2_mmHg(), 45.0);
    EXPECT_EQ(venous[kFresh], v);
}

TEST(Oxygenator, NoSweepNoExchange) {
    PartSpec s;
    s.type = PartType::oxygenator;
    Oxygenator oxy(s);
    oxy.set_gas(0.0, 1.0);
    Amounts blood{};
    blood[kRbc] = 30.0;
    blood[kO2] = 14.0;
    blood[kCo2] = 52.0;
    blood[kHeat] = 3700.0;
    oxy.on_packet(0, 100.0, blood, 1.2);
    EXPECT_DOUBLE_EQ(blood[kO2], 14.0);
    EXPECT_NEAR(blood[kCo2], 52.0, 1e-9);
}

TEST(HeatExchanger, HalfwayToTheWaterAtTheReferenceFlow) {
    PartSpec s;
    s.type = PartType::heat_exchanger;
    HeatExchanger hx(s, 27.0);
    Amounts blood{};
    blood[kHeat] = 37.0 * 100.0;
    hx.on_packet(0, 100.0, blood, 1.2);  // 5 l/min
    EXPECT_NEAR(blood[kHeat] / 100.0, 32.0, 0.01);
}

TEST(Reservoir, SitsBelowThePatientAndSiphons) {
    PartSpec s;
    s.type = PartType::reservoir;
    s.height_cm = -50.0;
    Reservoir r(s, 500.0);
    EXPECT_NEAR(r.external_mmHg(), -38.6, 0.01);  // 50 cm of blood
    EXPECT_NEAR(r.compliance_ml_per_mmHg(), 150.0 / kMmHgPerCmBlood, 1e-9);
}

TEST(Recirculation, FallsWithDistanceRisesWithFlowAndTricuspidJetHelps) {
    EXPECT_GT(entrainment_fraction(2, 4, false), entrainment_fraction(10, 4, false));
    EXPECT_GT(entrainment_fraction(10, 4, false), entrainment_fraction(30, 4, false));
    EXPECT_GT(entrainment_fraction(10, 6, false), entrainment_fraction(10, 2, false));
    EXPECT_LT(entrainment_fraction(8, 5, true), 0.25 * entrainment_fraction(8, 5, false));
    EXPECT_EQ(entrainment_fraction(10, 0, false), 0.0);
    EXPECT_LE(entrainment_fraction(0, 100, false), kRecircMaxFraction);
}

}  // namespace
}  // namespace perfuse::phys
