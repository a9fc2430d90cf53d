// Isolated limb perfusion: flow, hyperthermia, drug, leak.
#include <gtest/gtest.h>

#include "test_helpers.h"

namespace perfuse::phys {
namespace {

using testing::adult;
using testing::run_for;

std::unique_ptr<Simulation> ilp(Limb limb = Limb::leg, double volume_l = 10.0) {
  CircuitOptions o = testing::circuit(CircuitType::ilp);
  o.limb = limb;
  o.limb_volume_l = volume_l;
  auto sim = std::make_unique<Simulation>(adult(), o);
  EXPECT_EQ(sim->error(), "");
  return sim;
}

TEST(Ilp, LegFlowDefaultsInsideThePublishedRange) {
  auto sim = ilp();
  run_for(*sim, 120);
  const double flow = *sim->snapshot().limb_flow_ml_min;
  EXPECT_GE(flow, 600.0);  // leg 600-1000 ml/min (sources section 3)
  EXPECT_LE(flow, 1000.0);
}

TEST(Ilp, HeaterBringsTheLimbToMildHyperthermiaWithinTheHour) {
  auto sim = ilp();
  run_for(*sim, 3600);
  const Snapshot s = sim->snapshot();
  EXPECT_GE(*s.limb_temp_c, 38.0);  // mild hyperthermia 38-40 degC (sources section 3)
  EXPECT_LE(*s.limb_temp_c, 40.0);
  EXPECT_NEAR(s.temp_c, 37.0, 0.5);  // the body stays near normal
}

TEST(Ilp, MelphalanStaysInTheLimb) {
  auto sim = ilp();
  SettingsPatch dose;
  dose.melphalan_mg = 10.0 * 10.0;  // 10 mg per litre of leg
  sim->apply(dose);
  run_for(*sim, 3600);
  const Snapshot s = sim->snapshot();
  EXPECT_GT(*s.limb_melphalan_mg_l, 20.0 * *s.systemic_melphalan_mg_l);
  // Total drug is conserved (no metabolism is modelled).
  EXPECT_NEAR(sim->network().total_amount(kMelphalan), 100.0, 1e-6);
}

TEST(Ilp, TightTourniquetLeaksAFewPercentPerHour) {
  // Reported mean leak 2.9 %; "kept below 10 %" (sources section 3). The collaterals are calibrated to this.
  // The collaterals are calibrated to the series mean at default settings, so also guard that calibration.
  auto sim = ilp();
  run_for(*sim, 3600);
  const double leak = *sim->snapshot().leak_percent;
  EXPECT_GT(leak, 1.5);
  EXPECT_LT(leak, 5.0);
}

TEST(Ilp, LooseTourniquetLeaksMore) {
  auto tight = ilp();
  auto loose = ilp();
  SettingsPatch s;
  s.tourniquet = Tourniquet::loose;
  loose->apply(s);
  run_for(*tight, 1200);
  run_for(*loose, 1200);
  EXPECT_GT(*loose->snapshot().leak_percent, 3.0 * *tight->snapshot().leak_percent);
}

TEST(Ilp, HigherPerfusionPressureLeaksMore) {
  auto gentle = ilp();
  auto hard = ilp();
  SettingsPatch s;
  s.pump_flow_l_min = 1.4;
  hard->apply(s);
  run_for(*gentle, 1200);
  run_for(*hard, 1200);
  EXPECT_GT(*hard->snapshot().leak_percent, *gentle->snapshot().leak_percent);
}

TEST(Ilp, ArmIsSupportedToo) {
  auto sim = ilp(Limb::arm, 4.0);
  SettingsPatch s;
  s.pump_flow_l_min = 0.35;
  s.melphalan_mg = 52.0;
  sim->apply(s);
  run_for(*sim, 1200);
  const Snapshot snap = sim->snapshot();
  EXPECT_TRUE(testing::physical(snap));
  EXPECT_GT(*snap.limb_temp_c, 37.5);
}

}  // namespace
}  // namespace perfuse::phys
