// VA and VV ECMO, adult and neonatal: published anchors and expected responses.
#include <gtest/gtest.h>

#include "centrifugal_pump.h"
#include "recirculation.h"
#include "test_helpers.h"

namespace perfuse::phys {
namespace {

using testing::adult;
using testing::run_for;

std::unique_ptr<Simulation> ecmo(CircuitType t, Cannulation c, PatientSpec p, double rpm, double distance_cm = 15.0) {
    CircuitOptions o = testing::circuit(t, c);
    o.cannula_tip_distance_cm = distance_cm;
    auto sim = std::make_unique<Simulation>(p, o);
    EXPECT_EQ(sim->error(), "");
    SettingsPatch s;
    s.pump_rpm = rpm;
    s.fio2 = 1.0;
    sim->apply(s);
    return sim;
}

PatientSpec shock_with_ards() {
    PatientSpec p = adult();
    p.heart = HeartState::failing;
    p.lungs = LungState::ards;
    return p;
}

TEST(VaEcmo, DefaultsToFemoralCannulation) {
    EXPECT_EQ(resolved_cannulation(testing::circuit(CircuitType::va_ecmo), adult()), Cannulation::femoral);
}

TEST(VaEcmo, MoreSpeedGivesMoreFlowAndTheHeartEjectsLess) {
    double last_flow = -1, last_heart = 1e9;
    for (double rpm : {2000.0, 2600.0, 3200.0, 3800.0}) {
        auto sim = ecmo(CircuitType::va_ecmo, Cannulation::femoral, adult(), rpm);
        run_for(*sim, 240);
        const Snapshot s = sim->snapshot();
        EXPECT_GT(*s.pump_flow_l_min, last_flow) << rpm;
        EXPECT_LT(s.heart_output_l_min, last_heart) << rpm;
        last_flow = *s.pump_flow_l_min;
        last_heart = s.heart_output_l_min;
    }
}

TEST(VaEcmo, FemoralGivesNorthSouthHypoxiaWhenTheHeartRecoversBeforeTheLungs) {
    auto sim = ecmo(CircuitType::va_ecmo, Cannulation::femoral, shock_with_ards(), 3200);
    run_for(*sim, 300);
    const Snapshot shock = sim->snapshot();
    SettingsPatch recover;
    recover.heart = HeartState::normal;
    sim->apply(recover);
    run_for(*sim, 300);
    const Snapshot recovered = sim->snapshot();
    EXPECT_GT(recovered.map_mmHg, shock.map_mmHg + 10.0);
    EXPECT_LT(*recovered.pump_flow_l_min, *shock.pump_flow_l_min);     // same rpm, more afterload: less flow
    EXPECT_GT(recovered.sao2_lower, 0.98);                            // legs get oxygenator blood
    EXPECT_LT(recovered.sao2_upper, recovered.sao2_lower - 0.05);      // head and right arm do not
    EXPECT_LT(recovered.sao2_upper, shock.sao2_upper - 0.03);
}

TEST(VaEcmo, CentralReturnOxygenatesTheUpperBody) {
    auto sim = ecmo(CircuitType::va_ecmo, Cannulation::central, shock_with_ards(), 3200);
    SettingsPatch recover;
    recover.heart = HeartState::normal;
    sim->apply(recover);
    run_for(*sim, 400);
    const Snapshot s = sim->snapshot();
    EXPECT_GT(s.sao2_upper, 0.95);
    EXPECT_NEAR(s.sao2_upper, s.sao2_lower, 0.03);
}

TEST(VaEcmo, CentrifugalPressureIsBoundedAgainstAClamp) {
    auto sim = ecmo(CircuitType::va_ecmo, Cannulation::femoral, adult(), 3000);
    run_for(*sim, 60);
    SettingsPatch clamp;
    clamp.arterial_clamp = true;
    sim->apply(clamp);
    run_for(*sim, 60);
    const Snapshot s = sim->snapshot();
    EXPECT_NEAR(*s.pump_flow_l_min, 0.0, 0.01);
    EXPECT_LT(*s.arterial_line_mmHg, centrifugal_head_mmHg(3000) + 20.0);
    EXPECT_GT(*s.arterial_line_mmHg, 150.0);
}

TEST(VaEcmo, LowSpeedLetsBloodRunBackwards) {
    auto sim = ecmo(CircuitType::va_ecmo, Cannulation::femoral, adult(), 800);
    run_for(*sim, 60);
    EXPECT_LT(*sim->snapshot().pump_flow_l_min, -0.1);  // head below arterial pressure: retrograde
}

TEST(VvEcmo, RecirculationFallsWithTipDistance) {
    PatientSpec p = adult();
    p.lungs = LungState::ards;
    auto near = ecmo(CircuitType::vv_ecmo, Cannulation::femoral_jugular, p, 3000, 5.0);
    auto far = ecmo(CircuitType::vv_ecmo, Cannulation::femoral_jugular, p, 3000, 25.0);
    run_for(*near, 300);
    run_for(*far, 300);
    EXPECT_GT(*near->snapshot().recirculation, *far->snapshot().recirculation + 0.05);
    EXPECT_LT(near->snapshot().sao2, far->snapshot().sao2);
}

TEST(VvEcmo, RecirculationRisesWithFlow) {
    PatientSpec p = adult();
    p.lungs = LungState::ards;
    auto low = ecmo(CircuitType::vv_ecmo, Cannulation::femoral_jugular, p, 2200, 10.0);
    auto high = ecmo(CircuitType::vv_ecmo, Cannulation::femoral_jugular, p, 3600, 10.0);
    run_for(*low, 300);
    run_for(*high, 300);
    EXPECT_GT(*high->snapshot().pump_flow_l_min, *low->snapshot().pump_flow_l_min);
    EXPECT_GT(*high->snapshot().recirculation, *low->snapshot().recirculation);
    EXPECT_GT(entrainment_fraction(5.0, 5.0, false), entrainment_fraction(15.0, 5.0, false));
    EXPECT_GT(entrainment_fraction(10.0, 6.0, false), entrainment_fraction(10.0, 2.0, false));
}

TEST(VvEcmo, DualLumenRecirculatesLittle) {
    PatientSpec p = adult();
    p.lungs = LungState::ards;
    auto sim = ecmo(CircuitType::vv_ecmo, Cannulation::dual_lumen, p, 3000);
    run_for(*sim, 300);
    EXPECT_LT(*sim->snapshot().recirculation, 0.1);
}

TEST(VvEcmo, SupportRaisesSaturationInArds) {
    PatientSpec p = adult();
    p.lungs = LungState::ards;
    Simulation alone(p, testing::circuit(CircuitType::none));
    run_for(alone, 300);
    auto sim = ecmo(CircuitType::vv_ecmo, Cannulation::femoral_jugular, p, 3000, 15.0);
    run_for(*sim, 300);
    EXPECT_GT(sim->snapshot().sao2, alone.snapshot().sao2 + 0.08);
}

TEST(VvEcmo, RicherSweepGasGivesHigherPostOxygenatorPo2) {
    PatientSpec p = adult();
    p.lungs = LungState::ards;
    double last = -1;
    for (double fio2 : {0.3, 0.6, 1.0}) {
        auto sim = ecmo(CircuitType::vv_ecmo, Cannulation::femoral_jugular, p, 3000, 15.0);
        SettingsPatch s;
        s.fio2 = fio2;
        sim->apply(s);
        run_for(*sim, 120);
        EXPECT_GT(*sim->snapshot().post_oxygenator_po2_mmHg, last) << fio2;
        last = *sim->snapshot().post_oxygenator_po2_mmHg;
    }
}

TEST(VvEcmo, MoreSweepRemovesMoreCo2) {
    PatientSpec p = adult();
    p.lungs = LungState::ards;
    double last = 1e9;
    for (double sweep : {1.0, 3.0, 6.0}) {
        auto sim = ecmo(CircuitType::vv_ecmo, Cannulation::femoral_jugular, p, 3000, 15.0);
        SettingsPatch s;
        s.sweep_l_min = sweep;
        sim->apply(s);
        run_for(*sim, 900);
        EXPECT_LT(sim->snapshot().paco2_mmHg, last) << sweep;
        last = sim->snapshot().paco2_mmHg;
    }
}

TEST(NeonatalEcmo, CervicalVaIsTheDefaultAndRunsWithABloodPrime) {
    const PatientSpec baby = testing::neonate();
    EXPECT_EQ(resolved_cannulation(testing::circuit(CircuitType::va_ecmo), baby), Cannulation::cervical);
    PatientSpec sick = baby;
    sick.heart = HeartState::failing;
    sick.lungs = LungState::ards;
    auto sim = ecmo(CircuitType::va_ecmo, Cannulation::automatic, sick, 2600);
    run_for(*sim, 300);
    const Snapshot s = sim->snapshot();
    EXPECT_TRUE(testing::physical(s));
    EXPECT_GT(s.sao2, 0.9);
    EXPECT_GT(s.hb_g_dl, 12.0);  // blood prime (Hct 35-40 %, sources 2.6): little dilution
    EXPECT_GT(*s.pump_flow_l_min, 0.1);
    EXPECT_LT(*s.pump_flow_l_min, 1.0);
}

}  // namespace
}  // namespace perfuse::phys
