// The patient alone: sizes, the resting steady state, heart and lung states, temperature.
#include <gtest/gtest.h>

#include "heart.h"
#include "test_helpers.h"

namespace perfuse::phys {
namespace {

using testing::adult;
using testing::run_for;

TEST(PatientSize, MostellerBodySurfaceArea) {
    PatientSpec p = adult();
    EXPECT_NEAR(bsa_m2(p), 1.818, 0.001);  // sqrt(170 x 70 / 3600)
}

TEST(PatientSize, EstimatedBloodVolumeByAgeGroup) {
    // Morgan & Mikhail EBV table: full-term neonate 85, infant 80 ml/kg; adult mean of 75/65.
    EXPECT_DOUBLE_EQ(estimated_blood_volume_ml(testing::neonate()), 85.0 * 3.5);
    PatientSpec infant = adult();
    infant.age_years = 0.5;
    infant.weight_kg = 7;
    EXPECT_DOUBLE_EQ(estimated_blood_volume_ml(infant), 80.0 * 7);
    EXPECT_DOUBLE_EQ(estimated_blood_volume_ml(adult()), 70.0 * 70);
}

TEST(PatientSize, FullFlowIs2point4LitresPerSquareMetre) {
    EXPECT_NEAR(full_flow_l_min(adult()), 2.4 * 1.818, 0.01);
}

TEST(RestingPatient, SteadyStateIsInNormalRanges) {
    Simulation sim(adult(), testing::circuit(CircuitType::none));
    run_for(sim, 300);
    const Snapshot s = sim.snapshot();
    EXPECT_NEAR(s.map_mmHg, 90.0, 3.0);                        // normal MAP 70-105
    EXPECT_NEAR(s.cvp_mmHg, 4.0, 1.0);                         // CVP 2-6
    EXPECT_NEAR(s.heart_output_l_min, 3.2 * 1.818, 0.3);       // cardiac index 2.6-4.2, 3.2 used
    EXPECT_GT(s.sao2, 0.95);
    EXPECT_LT(s.sao2, 0.99);
    EXPECT_NEAR(s.svo2, 0.75, 0.05);                           // mixed venous ~75 %
    EXPECT_NEAR(s.paco2_mmHg, 40.0, 2.0);
    EXPECT_NEAR(s.vo2_ml_min, 125.0 * 1.818, 5.0);             // 125 ml/min/m2
    EXPECT_NEAR(s.temp_c, 37.0, 0.05);
    EXPECT_NEAR(s.hb_g_dl, 13.5, 1e-6);
}

TEST(RestingPatient, NeonateHasNeonatalPressuresAndFlow) {
    Simulation sim(testing::neonate(), testing::circuit(CircuitType::none));
    run_for(sim, 300);
    const Snapshot s = sim.snapshot();
    EXPECT_NEAR(s.map_mmHg, 45.0, 3.0);
    EXPECT_NEAR(s.heart_output_l_min, 3.2 * bsa_m2(testing::neonate()), 0.05);
    EXPECT_GT(s.sao2, 0.95);
}

TEST(Heart, FillingRaisesOutputAndAfterloadLowersIt) {
    VentricleParams p;
    p = calibrate_ventricle(p, 70, 97.0, 8.0, 90.0);
    EXPECT_NEAR(ventricle_flow_ml_s(p, 70, 1.0, 8.0, 90.0), 97.0, 1e-9);
    EXPECT_GT(ventricle_flow_ml_s(p, 70, 1.0, 12.0, 90.0), ventricle_flow_ml_s(p, 70, 1.0, 8.0, 90.0));
    EXPECT_LT(ventricle_flow_ml_s(p, 70, 1.0, 8.0, 120.0), ventricle_flow_ml_s(p, 70, 1.0, 8.0, 90.0));
    EXPECT_EQ(ventricle_flow_ml_s(p, 70, 0.0, 8.0, 90.0), 0.0);
}

TEST(Heart, FailingAndArrestedHeartsPumpLess) {
    PatientSpec failing = adult();
    failing.heart = HeartState::failing;
    PatientSpec arrested = adult();
    arrested.heart = HeartState::arrested;
    Simulation a(adult(), testing::circuit(CircuitType::none));
    Simulation b(failing, testing::circuit(CircuitType::none));
    Simulation c(arrested, testing::circuit(CircuitType::none));
    run_for(a, 240);
    run_for(b, 240);
    run_for(c, 240);
    EXPECT_LT(b.snapshot().heart_output_l_min, 0.7 * a.snapshot().heart_output_l_min);
    EXPECT_LT(b.snapshot().map_mmHg, a.snapshot().map_mmHg - 10.0);
    EXPECT_GT(b.snapshot().cvp_mmHg, a.snapshot().cvp_mmHg);
    EXPECT_EQ(c.snapshot().heart_output_l_min, 0.0);
    EXPECT_GT(c.snapshot().o2_debt_ml, 100.0);  // no flow: oxygen debt builds
}

TEST(Lungs, ArdsShuntLowersSaturationAndOxygenBarelyHelps) {
    PatientSpec ards = adult();
    ards.lungs = LungState::ards;
    Simulation room(ards, testing::circuit(CircuitType::none));
    run_for(room, 300);
    SettingsPatch o2;
    o2.vent_fio2 = 1.0;
    Simulation pure(ards, testing::circuit(CircuitType::none));
    pure.apply(o2);
    run_for(pure, 300);
    EXPECT_LT(room.snapshot().sao2, 0.85);
    // A true shunt responds little to FiO2 (West).
    EXPECT_LT(pure.snapshot().sao2, 0.92);
    EXPECT_GT(pure.snapshot().sao2, room.snapshot().sao2);
}

TEST(Lungs, StoppingVentilationRaisesCo2AndLowersSaturation) {
    Simulation sim(adult(), testing::circuit(CircuitType::none));
    run_for(sim, 60);
    SettingsPatch off;
    off.ventilated = false;
    sim.apply(off);
    run_for(sim, 120);
    EXPECT_GT(sim.snapshot().paco2_mmHg, 44.0);
    EXPECT_LT(sim.snapshot().sao2, 0.9);
}

TEST(TissueBed, OxygenConsumptionHalvesPerTenDegreesCooling) {
    TissueBed warm({100.0, 30.0, 37.0});
    TissueBed cold({100.0, 30.0, 27.0});
    EXPECT_NEAR(warm.demand_ml_min(), 100.0, 1e-9);
    EXPECT_NEAR(cold.demand_ml_min(), 100.0 / kVo2Q10, 1e-9);  // Q10 = 2
}

TEST(Patient, BleedingIsAnExplicitLoss) {
    Simulation sim(adult(), testing::circuit(CircuitType::none));
    const double before = sim.network().total_volume_ml();
    SettingsPatch bleed;
    bleed.bleed_ml = 1000.0;
    sim.apply(bleed);
    run_for(sim, 120);
    EXPECT_NEAR(sim.network().total_volume_ml(), before - 1000.0, 1e-6);
    EXPECT_NEAR(sim.external_out_ml(), 1000.0, 1e-9);
    EXPECT_LT(sim.snapshot().map_mmHg, 80.0);
}

}  // namespace
}  // namespace perfuse::phys
