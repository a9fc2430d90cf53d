// The live circuit runs what was built: a correct CPB circuit supports the patient, and each wrong
// assembly shows its consequence in the flow model.
#include <gtest/gtest.h>

#include "cpb_bench.h"

namespace perfuse::circuits {
namespace {

using testing::build_cpb_loop;
using testing::cannulate_cpb;
using testing::cpb_bench;

// The loop built, primed (and de-aired unless told not to), heparinised and recirculated.
LiveCircuit primed_loop(bool de_air = true) {
    Workbench b = cpb_bench();
    build_cpb_loop(b);
    b.set("bubble_detector", 1);
    b.set("level_detector", 1);
    b.prime(1500.0);
    if (de_air) {
        b.de_air("oxygenator");
        b.de_air("arterial_filter");
    }
    b.set("sweep_l_min", 3.5);
    b.set("fio2", 0.6);
    b.set("heparin_u_per_kg", 400.0);
    LiveCircuit live(std::move(b));
    live.bench().set("pump_flow_l_min", 1.5);
    live.bench().set("pump_on", 1);
    live.advance(240.0);
    live.bench().set("pump_on", 0);
    return live;
}

void go_on_bypass(LiveCircuit& live, bool open_arterial = true) {
    live.bench().clamp("venous_line");
    live.bench().clamp("arterial_line");
    cannulate_cpb(live.bench());
    live.advance(2.0);
    if (open_arterial) live.bench().unclamp("arterial_line");
    live.bench().unclamp("venous_line");
    live.bench().set("pump_flow_l_min", 4.4);
    live.bench().set("pump_on", 1);
}

TEST(LiveCircuit, RecirculatingThePrimeMovesItForwardsThroughTheOxygenator) {
    LiveCircuit live = primed_loop();
    live.bench().set("pump_on", 1);
    live.advance(20.0);
    const phys::Snapshot s = live.snapshot();
    ASSERT_TRUE(s.pump_flow_l_min && s.oxygenator_dp_mmHg);
    EXPECT_NEAR(*s.pump_flow_l_min, 1.5, 0.1);
    EXPECT_GT(*s.oxygenator_dp_mmHg, 0.0);
    EXPECT_FALSE(live.returns_to_patient());
    EXPECT_GT(s.act_s, 480.0);
}

TEST(LiveCircuit, ACorrectCircuitSupportsThePatientAtFullFlow) {
    LiveCircuit live = primed_loop();
    go_on_bypass(live);
    live.advance(120.0);
    const phys::Snapshot s = live.snapshot();
    ASSERT_TRUE(s.pump_flow_l_min && s.reservoir_ml);
    EXPECT_NEAR(*s.pump_flow_l_min, 4.4, 0.2);
    EXPECT_GT(s.map_mmHg, 50.0);
    EXPECT_LT(s.map_mmHg, 120.0);
    EXPECT_GT(s.sao2, 0.9);
    EXPECT_GT(*s.reservoir_ml, 200.0);
    EXPECT_LT(s.hb_g_dl, 12.0);  // diluted by the crystalloid prime
    EXPECT_TRUE(s.alarms.empty()) << s.alarms;
    EXPECT_TRUE(live.returns_to_patient());
    EXPECT_TRUE(live.drains_patient());
    EXPECT_NEAR(s.t_s, 240.0 + 2.0 + 120.0, 0.05);  // one clock across the rebuilds
    EXPECT_GE(live.rebuilds(), 2);
    EXPECT_GT(s.act_s, 480.0);  // heparin carried over
}

double patient_volume_ml(const phys::Simulation& sim) {
    double sum = 0.0;
    for (int i = 0; i < sim.network().compartment_count(); ++i) {
        if (sim.patient().is_patient_compartment(i)) sum += sim.network().compartment(i).volume_ml;
    }
    return sum;
}

// Coming off: the lines are taken off the cannulae mid-run. The model is rebuilt without the circuit, and
// the patient goes on where they were: cooled, haemodiluted, heparinised, with their own blood volume.
TEST(LiveCircuit, TakingTheLinesOffMidRunKeepsThePatientWhereTheyWere) {
    LiveCircuit live = primed_loop();
    go_on_bypass(live);
    live.bench().set("heater_c", 30.0);
    live.advance(600.0);
    const phys::Snapshot before = live.snapshot();
    ASSERT_LT(before.temp_c, 35.0);
    const int rebuilds = live.rebuilds();
    live.bench().set("pump_on", 0);
    live.bench().clamp("venous_line");
    live.bench().clamp("arterial_line");
    live.advance(1.0);
    const double patient_ml = patient_volume_ml(live.simulation());
    const double t_before = live.time_s();
    live.bench().disconnect("arterial_line.out", "arterial_cannula.in");
    live.bench().disconnect("venous_cannula.out", "venous_line.in");
    live.advance(0.02);
    ASSERT_GT(live.rebuilds(), rebuilds);
    EXPECT_FALSE(live.returns_to_patient());
    const phys::Snapshot after = live.snapshot();
    EXPECT_NEAR(patient_volume_ml(live.simulation()), patient_ml, 1.0);  // only what the cannulae's own tips held left with them
    EXPECT_NEAR(after.temp_c, before.temp_c, 0.3);  // a fresh model would be back at 37
    EXPECT_NEAR(after.hb_g_dl, before.hb_g_dl, 0.2);
    EXPECT_NEAR(after.act_s, before.act_s, 5.0);
    EXPECT_NEAR(after.t_s, t_before + 0.02, 1e-6);
}

TEST(LiveCircuit, AReversedPumpBootPushesThePrimeBackwards) {
    Workbench b = cpb_bench();
    b.mount("reservoir", "reservoir_holder");
    b.mount("oxygenator", "oxygenator_holder");
    b.mount("pump_boot", "arterial_pump");
    b.mount("arterial_filter", "filter_holder");
    b.take("venous_line");
    b.take("arterial_line");
    b.connect("venous_line.out", "reservoir.in");
    b.connect("reservoir.out", "pump_boot.out");
    b.connect("pump_boot.in", "oxygenator.in");
    b.connect("oxygenator.out", "arterial_filter.in");
    b.connect("arterial_filter.out", "arterial_line.in");
    b.connect("arterial_line.out", "venous_line.in");
    b.prime(1500.0);
    LiveCircuit live(std::move(b));
    live.bench().set("pump_flow_l_min", 1.5);
    live.bench().set("pump_on", 1);
    live.advance(20.0);
    ASSERT_TRUE(live.snapshot().oxygenator_dp_mmHg);
    EXPECT_LT(*live.snapshot().oxygenator_dp_mmHg, -1.0);  // flowing out of its inlet
}

TEST(LiveCircuit, AClampLeftOnWithTheRollerPumpRunningDrivesTheLinePressureUpUntilTheServoStopsThePump) {
    LiveCircuit live = primed_loop();
    go_on_bypass(live, false);
    live.advance(10.0);
    const phys::Snapshot s = live.snapshot();
    ASSERT_TRUE(s.arterial_line_mmHg);
    EXPECT_GT(*s.arterial_line_mmHg, phys::kDefaultLinePressureLimitMmHg);
    EXPECT_LT(*s.arterial_line_mmHg, phys::kDefaultLinePressureLimitMmHg + phys::kServoBandMmHg + 10.0);
    EXPECT_LT(s.pump_flow_l_min.value_or(1.0), 0.1);
    EXPECT_NE(s.alarms.find("high_line_pressure"), std::string::npos) << s.alarms;
    EXPECT_NE(s.alarms.find("pressure_servo"), std::string::npos) << s.alarms;
}

TEST(LiveCircuit, TheConsolesServoSwitchAndLimitReachTheFlowModel) {
    LiveCircuit live = primed_loop();
    live.bench().set("line_pressure_servo", 0);
    live.bench().set("line_pressure_limit_mmHg", 250);
    go_on_bypass(live, false);
    live.advance(5.0);
    const phys::Snapshot s = live.snapshot();
    EXPECT_FALSE(live.simulation().settings().line_pressure_servo);
    EXPECT_DOUBLE_EQ(live.simulation().settings().line_pressure_limit_mmHg, 250.0);
    EXPECT_GT(*s.arterial_line_mmHg, 600.0);  // nothing stops the pump
    EXPECT_EQ(s.alarms.find("pressure_servo"), std::string::npos) << s.alarms;
}

TEST(LiveCircuit, AirLeftInTheCircuitReachesTheLineAndTheDetectorStopsThePump) {
    LiveCircuit live = primed_loop(false);
    go_on_bypass(live);
    live.advance(10.0);
    phys::Snapshot s = live.snapshot();
    EXPECT_TRUE(live.air_reached_line());
    EXPECT_NE(s.alarms.find("air_detected"), std::string::npos) << s.alarms;
    EXPECT_LT(s.pump_flow_l_min.value_or(0.0), 0.1);
    // De-aired, the detector resets and the pump runs again.
    live.bench().de_air("oxygenator");
    live.bench().de_air("arterial_filter");
    live.advance(30.0);
    s = live.snapshot();
    EXPECT_FALSE(live.air_reached_line());
    EXPECT_GT(s.pump_flow_l_min.value_or(0.0), 4.0);
}

TEST(LiveCircuit, AnUnprimedCircuitPumpsAirNotBlood) {
    Workbench b = cpb_bench();
    build_cpb_loop(b);
    LiveCircuit live(std::move(b));
    go_on_bypass(live);
    live.advance(10.0);
    const phys::Snapshot s = live.snapshot();
    EXPECT_NE(s.alarms.find("air_detected"), std::string::npos) << s.alarms;
    EXPECT_LT(s.pump_flow_l_min.value_or(0.0), 0.1);
}

TEST(LiveCircuit, WithoutTheGasLineTheOxygenatorAddsNoOxygen) {
    LiveCircuit with_gas = primed_loop();
    go_on_bypass(with_gas);
    with_gas.bench().set("ventilated", 0);
    LiveCircuit no_gas = primed_loop();
    no_gas.bench().put_back("gas_line");
    go_on_bypass(no_gas);
    no_gas.bench().set("ventilated", 0);
    with_gas.advance(120.0);
    no_gas.advance(120.0);
    const auto a = with_gas.snapshot(), b = no_gas.snapshot();
    ASSERT_TRUE(a.post_oxygenator_po2_mmHg && b.post_oxygenator_po2_mmHg);
    EXPECT_GT(*a.post_oxygenator_po2_mmHg, 150.0);
    EXPECT_LT(*b.post_oxygenator_po2_mmHg, 60.0);
    EXPECT_LT(b.sao2, a.sao2 - 0.1);
}

TEST(LiveCircuit, SwappedLinesEmptyTheArteries) {
    LiveCircuit live = primed_loop();
    Workbench& b = live.bench();
    b.clamp("venous_line");
    b.clamp("arterial_line");
    b.take("venous_cannula");
    b.take("arterial_cannula");
    b.connect("patient.ra", "venous_cannula.in");
    b.connect("arterial_cannula.out", "patient.aorta");
    b.disconnect("arterial_line.out", "venous_line.in");
    b.connect("arterial_line.out", "venous_cannula.out");
    b.connect("venous_line.in", "arterial_cannula.in");
    live.advance(2.0);
    const double map_before = live.snapshot().map_mmHg;
    b.unclamp("venous_line");
    b.unclamp("arterial_line");
    b.set("pump_flow_l_min", 4.4);
    b.set("pump_on", 1);
    live.advance(60.0);
    EXPECT_LT(live.snapshot().map_mmHg, map_before - 30.0);
}

}  // namespace
}  // namespace perfuse::circuits
