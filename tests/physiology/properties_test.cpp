// Properties over every circuit: conservation, bounds under nonsense, determinism, step independence.
#include <gtest/gtest.h>

#include <cstdint>
#include <limits>

#include "test_helpers.h"

namespace perfuse::phys {
namespace {

using testing::adult;
using testing::run_for;

const CircuitType kAll[] = {CircuitType::none, CircuitType::cpb, CircuitType::va_ecmo, CircuitType::vv_ecmo,
                            CircuitType::ilp};

// Tiny deterministic generator (the same numbers on every platform).
struct Lcg {
    uint64_t s;
    double next() {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return static_cast<double>(s >> 11) / 9007199254740992.0;
    }
    double pick(std::initializer_list<double> v) { return *(v.begin() + static_cast<size_t>(next() * v.size()) % v.size()); }
};

SettingsPatch nonsense(Lcg& r) {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    auto wild = [&](double lo, double hi) { return r.next() < 0.15 ? r.pick({-1e9, -1.0, 0.0, 1e9, inf, -inf, nan}) : lo + (hi - lo) * r.next(); };
    SettingsPatch p;
    if (r.next() < 0.5) p.pump_flow_l_min = wild(0, 8);
    if (r.next() < 0.5) p.pump_rpm = wild(0, 5000);
    if (r.next() < 0.4) p.sweep_l_min = wild(0, 10);
    if (r.next() < 0.4) p.fio2 = wild(0, 1);
    if (r.next() < 0.3) p.heater_c = wild(2, 42);
    if (r.next() < 0.2) p.arterial_clamp = r.next() < 0.5;
    if (r.next() < 0.2) p.venous_clamp = r.next() < 0.5;
    if (r.next() < 0.2) p.venous_occlusion = wild(0, 1);
    if (r.next() < 0.1) p.venous_occlusion_auto = true;
    if (r.next() < 0.2) p.tourniquet = r.next() < 0.5 ? Tourniquet::tight : Tourniquet::loose;
    if (r.next() < 0.2) p.vent_fio2 = wild(0.21, 1);
    if (r.next() < 0.2) p.ventilated = r.next() < 0.5;
    if (r.next() < 0.15) p.cardioplegia_ml_min = wild(0, 500);
    if (r.next() < 0.15) p.haemofilter_ml_min = wild(0, 100);
    if (r.next() < 0.15) p.hand_crank_rpm = wild(0, 100);
    if (r.next() < 0.2) p.bubble_detector = r.next() < 0.5;
    if (r.next() < 0.2) p.level_detector = r.next() < 0.5;
    if (r.next() < 0.2) p.heart = r.next() < 0.3 ? HeartState::arrested : r.next() < 0.5 ? HeartState::failing : HeartState::normal;
    if (r.next() < 0.2) p.lungs = r.next() < 0.5 ? LungState::ards : LungState::normal;
    if (r.next() < 0.15) p.fluid_ml = wild(0, 2000);
    if (r.next() < 0.15) p.blood_ml = wild(0, 1000);
    if (r.next() < 0.15) p.bleed_ml = wild(0, 3000);
    if (r.next() < 0.1) p.melphalan_mg = wild(0, 200);
    return p;
}

const Fault kFaults[] = {Fault::oxygenator_failure, Fault::air_in_arterial_line, Fault::pump_stop,
                         Fault::power_loss, Fault::venous_kink, Fault::hypovolaemia};

class EveryCircuit : public ::testing::TestWithParam<CircuitType> {};

TEST_P(EveryCircuit, BloodVolumeChangesOnlyByExplicitEvents) {
    Simulation sim(adult(), testing::circuit(GetParam()));
    ASSERT_EQ(sim.error(), "");
    const double v0 = sim.network().total_volume_ml();
    Lcg r{42};
    for (int round = 0; round < 12; ++round) {
        sim.apply(nonsense(r));
        if (round % 2 == 1) sim.inject(kFaults[round % 6]);
        if (round % 4 == 3) sim.clear(kFaults[(round + 3) % 6]);
        run_for(sim, 30);
        const double expected = v0 + sim.external_in_ml() - sim.external_out_ml();
        ASSERT_NEAR(sim.network().total_volume_ml(), expected, 1e-7 * expected) << "round " << round;
    }
}

TEST_P(EveryCircuit, NonsenseSettingsNeverGiveNanInfOrNegativeVolumes) {
    for (uint64_t seed = 1; seed <= 4; ++seed) {
        Simulation sim(adult(), testing::circuit(GetParam()));
        Lcg r{seed * 7919};
        for (int round = 0; round < 10; ++round) {
            sim.apply(nonsense(r));
            if (r.next() < 0.3) sim.inject(kFaults[static_cast<size_t>(r.next() * 6) % 6]);
            const double dt = r.pick({0.001, 0.02, 0.5, 5.0});
            run_for(sim, 20, dt);
            ASSERT_TRUE(testing::volumes_physical(sim.network())) << "seed " << seed << " round " << round;
            ASSERT_TRUE(testing::physical(sim.snapshot())) << "seed " << seed << " round " << round;
        }
    }
}

TEST_P(EveryCircuit, RunsAreDeterministic) {
    auto run = [&] {
        Simulation sim(adult(), testing::circuit(GetParam()));
        Lcg r{99};
        for (int i = 0; i < 5; ++i) {
            sim.apply(nonsense(r));
            run_for(sim, 20);
        }
        return sim.snapshot();
    };
    const Snapshot a = run(), b = run();
    EXPECT_EQ(a.map_mmHg, b.map_mmHg);
    EXPECT_EQ(a.sao2, b.sao2);
    EXPECT_EQ(a.temp_c, b.temp_c);
    EXPECT_EQ(a.blood_volume_ml, b.blood_volume_ml);
    EXPECT_EQ(a.pump_flow_l_min, b.pump_flow_l_min);
    EXPECT_EQ(a.leak_percent, b.leak_percent);
}

TEST_P(EveryCircuit, SteadyStateBarelyDependsOnTheStep) {
    Simulation fine(adult(), testing::circuit(GetParam()));
    Simulation coarse(adult(), testing::circuit(GetParam()));
    run_for(fine, 300, 0.01);
    run_for(coarse, 300, 0.1);
    EXPECT_NEAR(fine.snapshot().map_mmHg, coarse.snapshot().map_mmHg, 0.03 * fine.snapshot().map_mmHg);
    EXPECT_NEAR(fine.snapshot().sao2, coarse.snapshot().sao2, 0.01);
}

TEST_P(EveryCircuit, HugeStepsStayPhysical) {
    Simulation sim(adult(), testing::circuit(GetParam()));
    run_for(sim, 600, 10.0);
    EXPECT_TRUE(testing::physical(sim.snapshot()));
    EXPECT_TRUE(testing::volumes_physical(sim.network()));
}

INSTANTIATE_TEST_SUITE_P(AllCircuits, EveryCircuit, ::testing::ValuesIn(kAll),
                         [](const ::testing::TestParamInfo<CircuitType>& i) { return std::string(to_string(i.param)); });

TEST(Properties, NonsensePatientThroughTheApiIsSanitised) {
    PatientSpec p;
    p.age_years = -5;
    p.weight_kg = std::numeric_limits<double>::quiet_NaN();
    p.height_cm = 1e9;
    p.hb_g_dl = -1;
    p.temperature_c = std::numeric_limits<double>::infinity();
    for (CircuitType t : kAll) {
        Simulation sim(p, testing::circuit(t));
        EXPECT_EQ(sim.error(), "") << to_string(t);
        run_for(sim, 60);
        EXPECT_TRUE(testing::physical(sim.snapshot())) << to_string(t);
    }
}

}  // namespace
}  // namespace perfuse::phys
