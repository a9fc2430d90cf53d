// Faults: each does what it would do in theatre, and the model stays physical.
#include <gtest/gtest.h>

#include "cannula.h"
#include "oxygenator.h"
#include "roller_pump.h"
#include "test_helpers.h"

namespace perfuse::phys {
namespace {

using testing::adult;
using testing::run_for;

std::unique_ptr<Simulation> make(CircuitType t, PatientSpec p = adult()) {
    auto sim = std::make_unique<Simulation>(p, testing::circuit(t));
    EXPECT_EQ(sim->error(), "");
    return sim;
}

TEST(Faults, OxygenatorFailureMatchesPublishedSigns) {
    // Sources 2.5: on FiO2 1.0 healthy post-membrane PO2 > 400 mmHg, failing < 200; dP rises 30-50 %.
    PatientSpec p = adult();
    p.lungs = LungState::ards;
    auto sim = make(CircuitType::vv_ecmo, p);
    SettingsPatch s;
    s.fio2 = 1.0;
    s.pump_rpm = 3000;
    sim->apply(s);
    run_for(*sim, 120);
    const Snapshot healthy = sim->snapshot();
    sim->inject(Fault::oxygenator_failure);
    run_for(*sim, 120);
    const Snapshot failed = sim->snapshot();
    EXPECT_GT(*healthy.post_oxygenator_po2_mmHg, 400.0);
    EXPECT_LT(*failed.post_oxygenator_po2_mmHg, 200.0);
    const double dp_rise = *failed.oxygenator_dp_mmHg / *healthy.oxygenator_dp_mmHg - 1.0;
    EXPECT_GE(dp_rise, 0.3);
    EXPECT_LE(dp_rise, 0.5);
    EXPECT_LT(failed.sao2, healthy.sao2 - 0.03);
    sim->clear(Fault::oxygenator_failure);  // oxygenator changed
    run_for(*sim, 120);
    EXPECT_GT(*sim->snapshot().post_oxygenator_po2_mmHg, 400.0);
}

TEST(Faults, AirWithBubbleDetectorStopsThePumpAndSparesThePatient) {
    auto sim = make(CircuitType::cpb);
    run_for(*sim, 60);
    sim->inject(Fault::air_in_arterial_line);
    run_for(*sim, 10);
    Snapshot s = sim->snapshot();
    EXPECT_NEAR(*s.pump_flow_l_min, 0.0, 1e-9);
    EXPECT_EQ(s.air_to_patient_ml, 0.0);
    EXPECT_NE(s.alarms.find("air_detected"), std::string::npos);
    sim->clear(Fault::air_in_arterial_line);
    run_for(*sim, 10);
    EXPECT_GT(*sim->snapshot().pump_flow_l_min, 3.0);
}

TEST(Faults, AirWithoutDetectorReachesThePatientThroughTheFilter) {
    auto sim = make(CircuitType::cpb);
    SettingsPatch off;
    off.bubble_detector = false;
    sim->apply(off);
    sim->inject(Fault::air_in_arterial_line);
    EXPECT_NEAR(sim->snapshot().air_to_patient_ml, kAirBolusMl * 0.1, 1e-9);  // the filter holds 90 %
}

TEST(Faults, EmptyReservoirTripsTheLevelDetector) {
    auto sim = make(CircuitType::cpb);
    SettingsPatch s;
    s.venous_clamp = true;  // no drainage: the roller pump empties the reservoir
    sim->apply(s);
    run_for(*sim, 30);
    const Snapshot snap = sim->snapshot();
    EXPECT_NEAR(*snap.pump_flow_l_min, 0.0, 1e-9);
    EXPECT_NE(snap.alarms.find("low_level"), std::string::npos);
    EXPECT_GT(*snap.reservoir_ml, 0.0);
    EXPECT_EQ(snap.air_to_patient_ml, 0.0);
}

TEST(Faults, EmptyReservoirWithoutDetectorsPumpsAir) {
    auto sim = make(CircuitType::cpb);
    SettingsPatch s;
    s.venous_clamp = true;
    s.level_detector = false;
    s.bubble_detector = false;
    sim->apply(s);
    run_for(*sim, 60);
    EXPECT_GT(sim->snapshot().air_to_patient_ml, 1.0);
    EXPECT_TRUE(testing::volumes_physical(sim->network()));
}

// A clamp left on with the roller pump running: the console's pressure servo stops the pump at the limit
// (pressure_servo.h), the alarm sounds and no blood reaches the patient.
TEST(Faults, ClampedArterialLineAgainstARollerPumpIsStoppedByThePressureServo) {
    auto sim = make(CircuitType::cpb);
    run_for(*sim, 30);
    const double map_before = sim->snapshot().map_mmHg;
    SettingsPatch clamp;
    clamp.arterial_clamp = true;
    sim->apply(clamp);
    run_for(*sim, 10);
    const Snapshot s = sim->snapshot();
    EXPECT_GT(*s.arterial_line_mmHg, kDefaultLinePressureLimitMmHg);
    EXPECT_LT(*s.arterial_line_mmHg, kDefaultLinePressureLimitMmHg + kServoBandMmHg + 30.0);  // held, not climbing
    EXPECT_LT(*s.pump_rpm, 1.0);
    EXPECT_LT(*s.pump_flow_l_min, 0.05);
    EXPECT_LT(s.map_mmHg, map_before - 20.0);  // nothing reaches the patient
    EXPECT_NE(s.alarms.find("high_line_pressure"), std::string::npos) << s.alarms;
    EXPECT_NE(s.alarms.find("pressure_servo"), std::string::npos) << s.alarms;
    // Released, the pressure falls, the servo lets go and the pump comes back up to its set flow.
    clamp.arterial_clamp = false;
    sim->apply(clamp);
    run_for(*sim, 60);
    const Snapshot after = sim->snapshot();
    EXPECT_LT(*after.arterial_line_mmHg, kDefaultLinePressureLimitMmHg);
    EXPECT_NEAR(*after.pump_flow_l_min, full_flow_l_min(adult()), 0.1);
    EXPECT_EQ(after.alarms.find("pressure_servo"), std::string::npos) << after.alarms;
}

// Switched off (an instructor's fault, or a console without one), nothing stops a roller pump.
TEST(Faults, WithoutTheServoAClampedRollerPumpRaisesThePressureWithoutLimit) {
    auto sim = make(CircuitType::cpb);
    run_for(*sim, 30);
    SettingsPatch clamp;
    clamp.arterial_clamp = true;
    clamp.line_pressure_servo = false;
    sim->apply(clamp);
    run_for(*sim, 2);
    const double p2 = *sim->snapshot().arterial_line_mmHg;
    run_for(*sim, 2);
    const double p4 = *sim->snapshot().arterial_line_mmHg;
    EXPECT_GT(p2, 400.0);
    EXPECT_GT(p4, p2 + 200.0);  // still climbing
    EXPECT_NE(sim->snapshot().alarms.find("high_line_pressure"), std::string::npos);
    EXPECT_EQ(sim->snapshot().alarms.find("pressure_servo"), std::string::npos);
}

// A limit set below the running line pressure (a partial restriction): the servo slows the pump, it does
// not stop it, and holds the pressure inside its band.
TEST(Faults, ThePressureServoSlowsThePumpWhenTheLineRunsJustAboveTheLimit) {
    auto sim = make(CircuitType::cpb);
    run_for(*sim, 60);
    const Snapshot free_running = sim->snapshot();
    SettingsPatch limit;
    limit.line_pressure_limit_mmHg = *free_running.arterial_line_mmHg - 0.5 * kServoBandMmHg;
    ASSERT_GE(*limit.line_pressure_limit_mmHg, kMinLinePressureLimitMmHg) << "running line pressure " << *free_running.arterial_line_mmHg;
    sim->apply(limit);
    run_for(*sim, 30);
    const Snapshot held = sim->snapshot();
    EXPECT_LT(*held.pump_flow_l_min, *free_running.pump_flow_l_min - 0.2);
    EXPECT_GT(*held.pump_flow_l_min, 0.5);
    EXPECT_GT(*held.arterial_line_mmHg, *limit.line_pressure_limit_mmHg);
    EXPECT_LT(*held.arterial_line_mmHg, *limit.line_pressure_limit_mmHg + kServoBandMmHg);
    EXPECT_NE(held.alarms.find("pressure_servo"), std::string::npos) << held.alarms;
}

// The servo is electronic: on the hand crank after a power cut nothing slows the pump.
TEST(Faults, TheServoDoesNotActOnTheHandCrank) {
    auto sim = make(CircuitType::cpb);
    run_for(*sim, 30);
    sim->inject(Fault::power_loss);
    SettingsPatch s;
    s.arterial_clamp = true;
    s.hand_crank_rpm = 40;
    sim->apply(s);
    run_for(*sim, 10);
    EXPECT_GT(*sim->snapshot().arterial_line_mmHg, kDefaultLinePressureLimitMmHg + 2.0 * kServoBandMmHg);
    EXPECT_DOUBLE_EQ(sim->servo_speed_fraction(), 1.0);
}

TEST(Faults, PumpStopOnVaEcmoLetsBloodFlowBackwards) {
    auto sim = make(CircuitType::va_ecmo);
    run_for(*sim, 60);
    sim->inject(Fault::pump_stop);
    run_for(*sim, 5);
    EXPECT_LT(*sim->snapshot().pump_flow_l_min, -0.2);
    EXPECT_EQ(*sim->snapshot().pump_rpm, 0.0);
}

TEST(Faults, PowerLossStopsThePumpUntilHandCranked) {
    PatientSpec p = adult();
    p.heart = HeartState::arrested;
    auto sim = make(CircuitType::cpb, p);
    run_for(*sim, 60);
    sim->inject(Fault::power_loss);
    run_for(*sim, 10);
    EXPECT_NEAR(*sim->snapshot().pump_flow_l_min, 0.0, 1e-9);
    EXPECT_LT(sim->snapshot().map_mmHg, 30.0);
    SettingsPatch crank;
    crank.hand_crank_rpm = 60.0;
    sim->apply(crank);
    run_for(*sim, 30);
    EXPECT_NEAR(*sim->snapshot().pump_flow_l_min, roller_stroke_ml_per_rev(TubingSize::half_inch) * 60.0 / 1000.0, 1e-6);
    EXPECT_GT(sim->snapshot().map_mmHg, 40.0);
    sim->clear(Fault::power_loss);
    run_for(*sim, 30);
    EXPECT_NEAR(*sim->snapshot().pump_flow_l_min, full_flow_l_min(p), 0.05);
}

TEST(Faults, VenousKinkCutsDrainage) {
    PatientSpec p = adult();
    p.heart = HeartState::arrested;
    auto sim = make(CircuitType::cpb, p);
    run_for(*sim, 60);
    const double before = *sim->snapshot().reservoir_ml;
    sim->inject(Fault::venous_kink);
    run_for(*sim, 20);
    EXPECT_LT(*sim->snapshot().reservoir_ml, before - 200.0);
    sim->clear(Fault::venous_kink);
    run_for(*sim, 120);
    EXPECT_GT(*sim->snapshot().pump_flow_l_min, 3.0);
}

TEST(Faults, HypovolaemiaOnEcmoCollapsesTheDrainageSite) {
    auto sim = make(CircuitType::va_ecmo);
    SettingsPatch fast;
    fast.pump_rpm = 3800;
    sim->apply(fast);
    run_for(*sim, 60);
    const Snapshot before = sim->snapshot();
    const double volume = sim->network().total_volume_ml();
    sim->inject(Fault::hypovolaemia);
    run_for(*sim, 180);
    const Snapshot after = sim->snapshot();
    EXPECT_NEAR(sim->network().total_volume_ml(), volume - kHypovolaemiaFraction * sim->patient().blood_volume_ml(), 1e-6);
    EXPECT_LT(*after.pump_flow_l_min, 0.7 * *before.pump_flow_l_min);
    EXPECT_LT(*after.venous_line_mmHg, *before.venous_line_mmHg - 50.0);
    EXPECT_NE(after.alarms.find("chatter"), std::string::npos);
    SettingsPatch fix;  // turn down and fill up (sources 2.5)
    fix.pump_rpm = 3000;
    fix.fluid_ml = 1000;
    sim->apply(fix);
    run_for(*sim, 120);
    EXPECT_EQ(sim->snapshot().alarms.find("chatter"), std::string::npos);
    EXPECT_GT(*sim->snapshot().pump_flow_l_min, *after.pump_flow_l_min);
}

TEST(Faults, ChatterMakesEcmoFlowSwingAsTheDrainageSiteCollapsesAndReopens) {
    auto sim = make(CircuitType::va_ecmo);
    SettingsPatch fast;
    fast.pump_rpm = 3800;
    sim->apply(fast);
    run_for(*sim, 60);
    sim->inject(Fault::hypovolaemia);
    run_for(*sim, 80);  // 2/3 of the bleed: the right atrium starts to collapse round the tip
    const auto* cannula = dynamic_cast<const Cannula*>(sim->circuit().find("drainage_cannula"));
    ASSERT_NE(cannula, nullptr);
    const int before = cannula->collapse_count();
    double lo = 1e9, hi = -1e9;
    for (int i = 0; i < 200; ++i) {
        run_for(*sim, 0.1);
        lo = std::min(lo, *sim->snapshot().pump_flow_l_min);
        hi = std::max(hi, *sim->snapshot().pump_flow_l_min);
    }
    EXPECT_GE(cannula->collapse_count() - before, 3);  // repeated collapse, not one event
    EXPECT_GT(hi - lo, 1.0);                           // flow swings by litres per minute
}

}  // namespace
}  // namespace perfuse::phys
