// Readings equal the flow model's outputs exactly (no rounding or rescaling of their own), readings
// that do not apply are empty, and the console's timers count what they say.
#include <gtest/gtest.h>

#include <memory>
#include <set>

#include "heat_exchanger.h"
#include "readings.h"

namespace perfuse {
namespace {

using namespace phys;

std::unique_ptr<Simulation> make(CircuitType type, double run_s) {
    PatientSpec p;
    CircuitOptions c;
    c.type = type;
    auto sim = std::make_unique<Simulation>(p, c);
    EXPECT_EQ(sim->error(), "");
    for (int i = 0; i < static_cast<int>(run_s / kDefaultStepS); ++i) sim->step(kDefaultStepS);
    return sim;
}

TEST(Readings, EqualTheSnapshotExactlyOnCpb) {
    auto sim = make(CircuitType::cpb, 30.0);
    const Snapshot s = sim->snapshot();
    const Readings r = read_console(*sim, s, ConsoleTimers{});
    EXPECT_EQ(r.t_s, s.t_s);
    EXPECT_EQ(r.pump_flow_l_min, s.pump_flow_l_min);
    EXPECT_EQ(r.pump_rpm, s.pump_rpm);
    EXPECT_EQ(r.arterial_line_mmHg, s.arterial_line_mmHg);
    EXPECT_EQ(r.venous_line_mmHg, s.venous_line_mmHg);
    EXPECT_EQ(r.reservoir_ml, s.reservoir_ml);
    EXPECT_EQ(r.oxygenator_dp_mmHg, s.oxygenator_dp_mmHg);
    EXPECT_EQ(r.post_oxygenator_po2_mmHg, s.post_oxygenator_po2_mmHg);
    EXPECT_EQ(*r.map_mmHg, s.map_mmHg);
    EXPECT_EQ(*r.cvp_mmHg, s.cvp_mmHg);
    EXPECT_EQ(*r.spo2, s.sao2);
    EXPECT_EQ(*r.svo2, s.svo2);
    EXPECT_EQ(*r.patient_temp_c, s.temp_c);
    EXPECT_EQ(*r.hb_g_dl, s.hb_g_dl);
    EXPECT_EQ(*r.sweep_l_min, *sim->settings().sweep_l_min);
    EXPECT_EQ(*r.fio2, *sim->settings().fio2);
    EXPECT_EQ(*r.oxygenator_dp_per_flow_mmHg_min_l, *s.oxygenator_dp_mmHg / *s.pump_flow_l_min);
    // Post-oxygenator pressure is the pre-membrane pressure less the membrane's drop.
    EXPECT_NEAR(*r.post_oxygenator_mmHg, *s.arterial_line_mmHg - *s.oxygenator_dp_mmHg, 1e-9);
    const auto* hx = dynamic_cast<const HeatExchanger*>(sim->circuit().find("heat_exchanger"));
    ASSERT_NE(hx, nullptr);
    EXPECT_EQ(*r.water_temp_c, hx->water_c());
    EXPECT_EQ(*r.water_venous_gradient_c, *r.water_temp_c - *r.venous_temp_c);
    EXPECT_GT(*r.arterial_temp_c, 30.0);
    EXPECT_EQ(*r.hr_bpm, sim->patient().left().hr_bpm());
    EXPECT_EQ(*r.air_detected, 0.0);
    // Not an ILP or ECMO circuit: those readings are empty.
    EXPECT_FALSE(r.leak_percent);
    EXPECT_FALSE(r.limb_flow_ml_min);
    EXPECT_FALSE(r.recirculation);
}

TEST(Readings, IlpReadingsAreTheModelsOwn) {
    auto sim = make(CircuitType::ilp, 20.0);
    SettingsPatch dose;
    dose.melphalan_mg = 100;
    sim->apply(dose);
    for (int i = 0; i < 500; ++i) sim->step(kDefaultStepS);
    const Snapshot s = sim->snapshot();
    const Readings r = read_console(*sim, s, ConsoleTimers{});
    EXPECT_EQ(r.limb_flow_ml_min, s.limb_flow_ml_min);
    EXPECT_EQ(r.limb_temp_c, s.limb_temp_c);
    EXPECT_EQ(r.leak_percent, s.leak_percent);
    EXPECT_EQ(r.limb_melphalan_mg_l, s.limb_melphalan_mg_l);
    EXPECT_EQ(r.systemic_melphalan_mg_l, s.systemic_melphalan_mg_l);
    EXPECT_GT(*r.limb_melphalan_mg_l, 1.0);
}

TEST(Readings, EcmoRecirculationAndChatterFlag) {
    auto sim = make(CircuitType::vv_ecmo, 30.0);
    const Snapshot s = sim->snapshot();
    const Readings r = read_console(*sim, s, ConsoleTimers{});
    EXPECT_EQ(r.recirculation, s.recirculation);
    EXPECT_FALSE(r.reservoir_ml);  // no reservoir on ECMO
    EXPECT_EQ(*r.chatter, s.alarms.find("chatter") != std::string::npos ? 1.0 : 0.0);
}

TEST(Readings, NoCircuitMeansNoConsoleReadings) {
    auto sim = make(CircuitType::none, 1.0);
    const Readings r = read_console(*sim, ConsoleTimers{});
    EXPECT_FALSE(r.pump_flow_l_min);
    EXPECT_FALSE(r.sweep_l_min);
    EXPECT_FALSE(r.bypass_s);
    EXPECT_FALSE(r.air_detected);
    EXPECT_TRUE(r.map_mmHg);
}

TEST(Readings, ArrestedHeartShowsNoRate) {
    auto sim = make(CircuitType::cpb, 1.0);
    SettingsPatch arrest;
    arrest.heart = HeartState::arrested;
    sim->apply(arrest);
    for (int i = 0; i < static_cast<int>(120 / kDefaultStepS); ++i) sim->step(kDefaultStepS);
    EXPECT_EQ(*read_console(*sim, ConsoleTimers{}).hr_bpm, 0.0);
}

TEST(Readings, TimersCountBypassCardioplegiaAndCrossClamp) {
    auto sim = make(CircuitType::cpb, 0.0);
    ConsoleTimers t;
    for (int i = 0; i < 3000; ++i) {  // 60 s
        sim->step(kDefaultStepS);
        advance_timers(t, *sim, kDefaultStepS);
    }
    EXPECT_GT(t.bypass_s, 50.0);  // the pump ramps up in the first seconds
    EXPECT_LE(t.bypass_s, 60.0);
    EXPECT_EQ(t.cross_clamp_s, 0.0);
    SettingsPatch cp;
    cp.cardioplegia_ml_min = 300;
    sim->apply(cp);
    for (int i = 0; i < 3000; ++i) {
        sim->step(kDefaultStepS);
        advance_timers(t, *sim, kDefaultStepS);
    }
    EXPECT_NEAR(t.cardioplegia_ml, 300.0, 1e-6);
    EXPECT_NEAR(t.cross_clamp_s, 60.0, 1e-6);
    const Readings r = read_console(*sim, t);
    EXPECT_EQ(*r.cardioplegia_ml, t.cardioplegia_ml);
    EXPECT_EQ(*r.cross_clamp_s, t.cross_clamp_s);
}

TEST(Readings, EveryFieldHasAUniqueName) {
    std::set<std::string> names;
    for (const ReadingField& f : reading_fields()) EXPECT_TRUE(names.insert(f.name).second) << f.name;
    EXPECT_EQ(find_reading("pump_flow_l_min")->member, &Readings::pump_flow_l_min);
    EXPECT_EQ(find_reading("pump_speed"), nullptr);
}

}  // namespace
}  // namespace perfuse
