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

// Washout after the drug's hour: crystalloid in, venous effluent to waste. The drug leaves the limb
// circuit (what the washout step waits for), the circuit keeps its volume, and none goes to the body.
TEST(Ilp, WashoutFlushesTheDrugOutOfTheLimbCircuit) {
    auto sim = ilp();
    SettingsPatch dose;
    dose.melphalan_mg = 100.0;
    sim->apply(dose);
    run_for(*sim, 600);
    const Snapshot before = sim->snapshot();
    ASSERT_GT(*before.limb_melphalan_mg_l, 5.0);
    const double volume_ml = sim->network().total_volume_ml();
    SettingsPatch wash;
    wash.washout_ml_min = 500.0;
    sim->apply(wash);
    run_for(*sim, 600);
    const Snapshot after = sim->snapshot();
    EXPECT_LT(*after.limb_melphalan_mg_l, 0.1 * *before.limb_melphalan_mg_l);
    EXPECT_NEAR(sim->network().total_volume_ml(), volume_ml, 1.0);  // exchanged, not added
    EXPECT_LT(sim->network().total_amount(kMelphalan), 20.0);  // most of the dose went to waste
    // Only the usual small collateral leak goes on reaching the body (a few % of the dose an hour).
    EXPECT_LT(*after.systemic_melphalan_mg_l, *before.systemic_melphalan_mg_l + 0.15);
    EXPECT_GT(*after.limb_flow_ml_min, 500.0);  // the limb is still perfused through it
}

// Decannulated without a washout, the drug left in the limb's vessels goes to the body when the limb's
// own circulation comes back; washed out first, almost none does.
TEST(Ilp, DecannulatingBeforeWashoutSendsTheDrugToTheBody) {
    auto systemic_after_decannulation = [](bool washed) {
        CircuitOptions o = testing::circuit(CircuitType::ilp);
        StandardCircuit sc = standard_circuit(o, adult());
        Simulation sim(adult(), o, sc.graph);
        SettingsPatch dose;
        dose.melphalan_mg = 100.0;
        sim.apply(dose);
        run_for(sim, 900);
        if (washed) {
            SettingsPatch wash;
            wash.washout_ml_min = 500.0;
            sim.apply(wash);
            run_for(sim, 900);
            wash.washout_ml_min = 0.0;
            sim.apply(wash);
        }
        CircuitGraph off = sc.graph;
        std::erase_if(off.connections, [](const Connection& c) { return c.from.part == "patient" || c.to.part == "patient"; });
        Simulation after(adult(), o, off);
        after.carry_state_from(sim);
        SettingsPatch loose;
        loose.tourniquet = Tourniquet::loose;
        after.apply(loose);
        run_for(after, 300);
        return *after.snapshot().systemic_melphalan_mg_l;
    };
    const double unwashed = systemic_after_decannulation(false);
    const double washed = systemic_after_decannulation(true);
    EXPECT_GT(unwashed, 0.3);
    EXPECT_LT(washed, 0.1 * unwashed);
}

}  // namespace
}  // namespace perfuse::phys
