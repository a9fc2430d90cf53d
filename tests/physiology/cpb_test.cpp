// Cardiopulmonary bypass against published values and expected responses.
#include <gtest/gtest.h>

#include "heat_exchanger.h"
#include "roller_pump.h"
#include "test_helpers.h"
#include "tubing.h"

namespace perfuse::phys {
namespace {

using testing::adult;
using testing::run_for;

std::unique_ptr<Simulation> cpb(PatientSpec p = adult(), std::optional<double> prime_ml = 1500.0) {
    CircuitOptions o = testing::circuit(CircuitType::cpb);
    o.prime_ml = prime_ml;
    auto sim = std::make_unique<Simulation>(p, o);
    EXPECT_EQ(sim->error(), "");
    return sim;
}

TEST(Cpb, PrimeHaemodilutesToTheMixingFormula) {
    // Hct on bypass = Hct x EBV / (EBV + prime) with a clear prime (perfusion texts).
    auto sim = cpb();
    run_for(*sim, 300);
    const double ebv = estimated_blood_volume_ml(adult());
    EXPECT_NEAR(sim->snapshot().hb_g_dl, 13.5 * ebv / (ebv + 1500.0), 0.05);
}

TEST(Cpb, DefaultFlowIsFullFlowByBodySurfaceArea) {
    auto sim = cpb();
    run_for(*sim, 60);
    EXPECT_NEAR(*sim->snapshot().pump_flow_l_min, 2.4 * bsa_m2(adult()), 0.05);
}

TEST(Cpb, RollerFlowIsStrokeVolumeTimesRpm) {
    auto sim = cpb();
    SettingsPatch s;
    s.pump_rpm = 50.0;
    sim->apply(s);
    run_for(*sim, 30);
    const double stroke_ml = roller_stroke_ml_per_rev(TubingSize::half_inch);
    EXPECT_NEAR(stroke_ml, 3.14159265 * 15.0 * tubing_ml_per_cm(TubingSize::half_inch), 1e-6);
    EXPECT_NEAR(*sim->snapshot().pump_flow_l_min, stroke_ml * 50.0 / 1000.0, 1e-6);
}

TEST(Cpb, TubingHoldsItsBoreVolumePerCentimetre) {
    // 1/4", 3/8", 1/2" bores: 0.32, 0.71, 1.27 ml/cm.
    EXPECT_NEAR(tubing_ml_per_cm(TubingSize::quarter_inch), 0.317, 0.002);
    EXPECT_NEAR(tubing_ml_per_cm(TubingSize::three_eighths_inch), 0.713, 0.002);
    EXPECT_NEAR(tubing_ml_per_cm(TubingSize::half_inch), 1.267, 0.002);
}

TEST(Cpb, MorePumpFlowGivesHigherMapAndSvo2AndLessHeartOutput) {
    double last_map = -1, last_svo2 = -1, last_heart = 1e9;
    for (double flow : {1.0, 2.5, 4.0, 5.0}) {
        auto sim = cpb();
        SettingsPatch s;
        s.pump_flow_l_min = flow;
        sim->apply(s);
        run_for(*sim, 300);
        const Snapshot snap = sim->snapshot();
        EXPECT_GT(snap.map_mmHg, last_map) << "flow " << flow;
        EXPECT_GT(snap.svo2, last_svo2) << "flow " << flow;
        EXPECT_LT(snap.heart_output_l_min, last_heart) << "flow " << flow;  // the heart ejects less
        last_map = snap.map_mmHg;
        last_svo2 = snap.svo2;
        last_heart = snap.heart_output_l_min;
    }
}

TEST(Cpb, ArrestedHeartOnFullFlowHoldsATheatreMap) {
    PatientSpec p = adult();
    p.heart = HeartState::arrested;
    auto sim = cpb(p);
    run_for(*sim, 300);
    const Snapshot s = sim->snapshot();
    EXPECT_EQ(s.heart_output_l_min, 0.0);
    EXPECT_GT(s.map_mmHg, 50.0);  // MAP 60-90 typical on full flow (sources 1.6)
    EXPECT_LT(s.map_mmHg, 95.0);
    EXPECT_GT(s.sao2, 0.97);
    EXPECT_GT(s.svo2, 0.65);
}

TEST(Cpb, ClearPrimeLowersResistanceAndMapComparedWithABloodPrime) {
    PatientSpec p = adult();
    p.heart = HeartState::arrested;
    CircuitOptions clear = testing::circuit(CircuitType::cpb);
    CircuitOptions blood = clear;
    blood.prime_hb_g_dl = p.hb_g_dl;
    Simulation a(p, clear), b(p, blood);
    run_for(a, 300);
    run_for(b, 300);
    EXPECT_EQ(*a.snapshot().pump_flow_l_min, *b.snapshot().pump_flow_l_min);
    EXPECT_LT(a.snapshot().map_mmHg, b.snapshot().map_mmHg - 5.0);  // dilution lowers viscosity
}

TEST(Cpb, ViscosityRisesWithHaematocritAndCooling) {
    EXPECT_DOUBLE_EQ(viscosity_factor(0.4, 0.4, 37.0), 1.0);
    EXPECT_LT(viscosity_factor(0.3, 0.4, 37.0), 1.0);
    EXPECT_NEAR(viscosity_factor(0.4, 0.4, 27.0), std::exp(0.2), 1e-12);  // ~2 % per degC
}

TEST(Cpb, CoolingLowersTemperatureAndOxygenConsumption) {
    auto sim = cpb();
    run_for(*sim, 120);
    const double vo2_warm = sim->snapshot().vo2_ml_min;
    SettingsPatch cool;
    cool.heater_c = 25.0;
    sim->apply(cool);
    run_for(*sim, 1200);
    const Snapshot s = sim->snapshot();
    EXPECT_LT(s.temp_c, 34.0);
    EXPECT_LT(s.vo2_ml_min, vo2_warm * std::pow(kVo2Q10, (s.temp_c - 37.0) / 10.0) * 1.05);
    EXPECT_GT(s.svo2, 0.75);
}

TEST(Cpb, HeaterKeepsTheGradientWithinTenDegrees) {
    // STS/SCA/AmSECT 2015: arterial outlet to venous inflow gradient <= 10 degC.
    auto sim = cpb();
    SettingsPatch cold;
    cold.heater_c = 2.0;
    sim->apply(cold);
    for (int i = 0; i < 600; ++i) {
        sim->step(0.5);
        const auto& net = sim->network();
        const auto* hx = sim->circuit().find("heat_exchanger");
        const auto* ven = sim->circuit().find("oxygenator");  // blood entering the exchanger
        const double t_out = net.compartment(hx->node()).amount[kHeat] / net.compartment(hx->node()).volume_ml;
        const double t_in = net.compartment(ven->node()).amount[kHeat] / net.compartment(ven->node()).volume_ml;
        ASSERT_LT(t_in - t_out, kMaxGradientC + 0.5) << "at " << sim->time_s() << " s";
    }
}

TEST(Cpb, RewarmingRaisesTemperature) {
    PatientSpec p = adult();
    p.temperature_c = 32.0;
    auto sim = cpb(p);
    SettingsPatch warm;
    warm.heater_c = 38.0;
    sim->apply(warm);
    run_for(*sim, 1200);
    EXPECT_GT(sim->snapshot().temp_c, 33.5);
}

TEST(Cpb, CardioplegiaAddsCrystalloidAndArrestsTheHeart) {
    auto sim = cpb();
    SettingsPatch cp;
    cp.cardioplegia_ml_min = 300.0;
    cp.cardioplegia_ratio = 4.0;
    sim->apply(cp);
    run_for(*sim, 120);
    EXPECT_NEAR(sim->external_in_ml(), 300.0 / 5.0 * 2.0, 0.5);  // 1 part crystalloid in 5, for 2 min
    EXPECT_LT(sim->snapshot().heart_output_l_min, 0.1);
}

TEST(Cpb, HaemofiltrationRaisesHb) {
    auto sim = cpb();
    run_for(*sim, 120);
    const double hb = sim->snapshot().hb_g_dl;
    SettingsPatch uf;
    uf.haemofilter_ml_min = 100.0;
    sim->apply(uf);
    run_for(*sim, 300);
    EXPECT_GT(sim->snapshot().hb_g_dl, hb + 0.3);
    EXPECT_NEAR(sim->external_out_ml(), 500.0, 1.0);
}

TEST(Cpb, PackedCellsRaiseHbAndCrystalloidLowersIt) {
    auto cells = cpb();
    auto water = cpb();
    run_for(*cells, 120);
    run_for(*water, 120);
    const double hb = cells->snapshot().hb_g_dl;
    SettingsPatch give_cells;
    give_cells.blood_ml = 500.0;
    cells->apply(give_cells);
    SettingsPatch give_water;
    give_water.fluid_ml = 500.0;
    water->apply(give_water);
    run_for(*cells, 300);
    run_for(*water, 300);
    // Mixing: Hb' = (Hb V + 0.6 x 33.3 x 500) / (V + 500), V = patient + circuit volume.
    const double v = estimated_blood_volume_ml(adult()) + 1500.0;
    EXPECT_NEAR(cells->snapshot().hb_g_dl, (hb * v + 0.6 * 33.3 * 500.0) / (v + 500.0), 0.1);
    EXPECT_NEAR(water->snapshot().hb_g_dl, hb * v / (v + 500.0), 0.1);
    EXPECT_NEAR(cells->external_in_ml(), 500.0, 1e-9);
}

TEST(Cpb, PaediatricCircuitUsesSmallerPartsAndABloodPrime) {
    PatientSpec child = adult();
    child.age_years = 6;
    child.weight_kg = 20;
    child.height_cm = 115;
    child.hb_g_dl = 12;
    auto sim = cpb(child, std::nullopt);
    run_for(*sim, 300);
    const Snapshot s = sim->snapshot();
    EXPECT_GT(s.hb_g_dl, 10.0);  // blood prime: little dilution
    EXPECT_NEAR(*s.pump_flow_l_min, full_flow_l_min(child), 0.05);
    EXPECT_TRUE(testing::physical(s));
}

}  // namespace
}  // namespace perfuse::phys
