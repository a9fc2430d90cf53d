// Heparin and ACT against the published figures named in anticoagulation.h.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "anticoagulation.h"
#include "simulation.h"

namespace perfuse::phys {
namespace {

void run(Anticoagulation& a, double seconds) {
    for (double t = 0.0; t < seconds - 1e-9; t += 1.0) a.step(1.0);
}

TEST(Anticoagulation, BaselineActIsAbout120Seconds) {
    Anticoagulation a;
    EXPECT_DOUBLE_EQ(a.act_s(), 120.0);
}

TEST(Anticoagulation, FourHundredUnitsPerKgPassesTheCpbTargetAfterAFewMinutes) {
    Anticoagulation a;
    a.give_heparin(400.0);
    run(a, 30.0);
    EXPECT_LT(a.act_s(), kCpbTargetActS);  // not yet: "wait 3-5 minutes after the dose"
    run(a, 270.0);
    EXPECT_GT(a.act_s(), kCpbTargetActS);
    EXPECT_NEAR(a.act_s(), 120.0 + 400.0 * 0.98, 15.0);
}

TEST(Anticoagulation, ThreeHundredUnitsPerKgLandsInThePublishedSpread) {
    Anticoagulation a;
    a.give_heparin(300.0);
    run(a, 300.0);
    EXPECT_GT(a.act_s(), 308.0);  // 308-520 s after 3 mg/kg
    EXPECT_LT(a.act_s(), 520.0);
}

TEST(Anticoagulation, HeparinHalvesOverItsHalfLife) {
    Anticoagulation a;
    a.give_heparin(300.0);
    run(a, kHeparinHalfLifeS);
    EXPECT_NEAR(a.heparin_u_per_kg(), 150.0, 1.0);
}

TEST(Anticoagulation, ProtamineReversesHeparinAtOneMgPerHundredUnits) {
    Anticoagulation a;
    a.give_heparin(400.0);
    run(a, 300.0);
    a.give_protamine(a.heparin_u_per_kg() / 100.0);
    EXPECT_NEAR(a.act_s(), kBaselineActS, 1.0);
    EXPECT_NEAR(a.heparin_given_u_per_kg(), 400.0, 1e-9);
}

TEST(Anticoagulation, NonsenseDosesAndStepsChangeNothing) {
    Anticoagulation a;
    a.give_heparin(std::numeric_limits<double>::quiet_NaN());
    a.give_heparin(-50.0);
    a.step(std::numeric_limits<double>::infinity());
    a.step(-1.0);
    EXPECT_DOUBLE_EQ(a.act_s(), kBaselineActS);
}

TEST(Anticoagulation, TheSimulationReportsActAndCarriesItOver) {
    PatientSpec patient;
    Simulation sim(patient, CircuitOptions{});
    SettingsPatch p;
    p.heparin_u_per_kg = 400.0;
    sim.apply(p);
    for (int i = 0; i < 15000; ++i) sim.step(0.02);  // 5 minutes
    EXPECT_GT(sim.snapshot().act_s, kCpbTargetActS);
    Simulation rebuilt(patient, CircuitOptions{});
    rebuilt.set_anticoagulation(sim.anticoagulation());
    EXPECT_NEAR(rebuilt.snapshot().act_s, sim.snapshot().act_s, 1e-9);
}

}  // namespace
}  // namespace perfuse::phys
