// The flow-model bugs the random-action tests found, each pinned by the smallest case that showed it.
#include <gtest/gtest.h>

#include <cmath>
#include <limits>

#include "flow_invariants.h"

namespace perfuse::fuzz {
namespace {

// Transport through compartments emptied in one long step (a roller pump draining the reservoir into
// a limb at 60 s steps) created red cells, tracer and heat from nothing when negative amounts were
// clamped to zero, until they reached Inf. Species must now be conserved to rounding.
TEST(FlowRegressions, LongStepsThroughADrainedCircuitConserveRedCellsAndTracer) {
    phys::CircuitOptions options;
    options.type = phys::CircuitType::ilp;
    phys::Simulation sim(phys::PatientSpec{}, options);
    ASSERT_EQ(sim.error(), "");
    phys::SettingsPatch patch;
    patch.pump_rpm = 300.0;  // the roller's top speed: far more than the limb returns
    patch.level_detector = false;
    patch.bubble_detector = false;
    patch.venous_occlusion = 0.99;
    sim.apply(patch);
    const double rbc0 = sim.network().total_amount(phys::kRbc);
    const double tracer0 = sim.network().total_amount(phys::kTracer);
    for (int i = 0; i < 30; ++i) {
        sim.step(60.0);
        ASSERT_EQ(simulation_violation(sim), "") << "step " << i;
        ASSERT_NEAR(sim.network().total_amount(phys::kRbc), rbc0, 1e-9 * rbc0) << "step " << i;
        ASSERT_NEAR(sim.network().total_amount(phys::kTracer), tracer0, 1e-9 * tracer0) << "step " << i;
    }
}

// Ultrafiltration took up to half the arterial compartment's volume a step whatever was left, so long
// steps concentrated it without bound (haematocrit far above 1, then Inf). It now stops at
// kMaxUltrafiltrationHct.
TEST(FlowRegressions, HaemofiltrationCannotConcentrateBeyondItsLimit) {
    phys::CircuitOptions options;
    options.type = phys::CircuitType::cpb;
    phys::Simulation sim(phys::PatientSpec{}, options);
    phys::SettingsPatch patch;
    patch.haemofilter_ml_min = 200.0;
    patch.arterial_clamp = true;  // nothing flows on: the filter works on the same blood step after step
    sim.apply(patch);
    for (int i = 0; i < 120; ++i) sim.step(60.0);
    ASSERT_EQ(simulation_violation(sim), "");
    for (int i = 0; i < sim.network().compartment_count(); ++i) {
        const auto& c = sim.network().compartment(i);
        if (c.volume_ml > 1e-3) {
            EXPECT_LE(c.amount[phys::kRbc] / c.volume_ml, phys::kMaxUltrafiltrationHct + 1e-9) << c.name;
        }
    }
}

// A user-built part with an infinite fill or NaN sizes put Inf ml (and NaN resistances) into the
// network; sizes are now brought into range by the assembler.
TEST(FlowRegressions, NonFinitePartSizesAreSanitised) {
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double inf = std::numeric_limits<double>::infinity();
    phys::CircuitGraph g;
    phys::PartSpec reservoir{.id = "reservoir", .type = phys::PartType::reservoir, .height_cm = nan, .fill_ml = inf};
    phys::PartSpec pump{.id = "pump", .type = phys::PartType::roller_pump};
    phys::PartSpec cannula{.id = "cannula", .type = phys::PartType::cannula, .length_cm = inf, .french = nan,
                           .role = phys::CannulaRole::return_flow, .tip_cm = -inf};
    g.parts = {reservoir, pump, cannula};
    g.connections = {{{"reservoir", "out"}, {"pump", "in"}}, {{"pump", "out"}, {"cannula", "in"}},
                     {{"cannula", "out"}, {"patient", "aorta"}}, {{"patient", "ra"}, {"reservoir", "in"}}};
    phys::Simulation sim(phys::PatientSpec{}, phys::CircuitOptions{}, g);
    ASSERT_EQ(sim.error(), "");
    ASSERT_EQ(simulation_violation(sim), "");
    for (int i = 0; i < 500; ++i) sim.step(0.02);
    EXPECT_EQ(simulation_violation(sim), "");
}

}  // namespace
}  // namespace perfuse::fuzz
