// Thousands of random actions against every standard circuit (and random patients and options):
// settings in and far out of range, NaN and infinities, clamps, pumps stopped and started, faults at
// random times, fluids and bleeding, changing step lengths. After every action the flow model's
// invariants hold (flow_invariants.h), including blood volume against the model's own accounting of
// fluids, blood, bleeding, cardioplegia and haemofiltration.
#include <gtest/gtest.h>

#include <iostream>
#include <ostream>

#include "flow_invariants.h"
#include "random_actions.h"

namespace perfuse::fuzz {
namespace {

struct Case {
    const char* name;
    phys::CircuitType type;
    phys::Cannulation cannulation;
    phys::Limb limb;
    bool neonate;
};

const Case kCases[] = {
        {"none", phys::CircuitType::none, phys::Cannulation::automatic, phys::Limb::leg, false},
        {"cpb", phys::CircuitType::cpb, phys::Cannulation::automatic, phys::Limb::leg, false},
        {"cpb_neonate", phys::CircuitType::cpb, phys::Cannulation::automatic, phys::Limb::leg, true},
        {"va_femoral", phys::CircuitType::va_ecmo, phys::Cannulation::femoral, phys::Limb::leg, false},
        {"va_central", phys::CircuitType::va_ecmo, phys::Cannulation::central, phys::Limb::leg, false},
        {"va_cervical_neonate", phys::CircuitType::va_ecmo, phys::Cannulation::cervical, phys::Limb::leg, true},
        {"vv_femoral_jugular", phys::CircuitType::vv_ecmo, phys::Cannulation::femoral_jugular, phys::Limb::leg, false},
        {"vv_dual_lumen", phys::CircuitType::vv_ecmo, phys::Cannulation::dual_lumen, phys::Limb::leg, false},
        {"ilp_leg", phys::CircuitType::ilp, phys::Cannulation::automatic, phys::Limb::leg, false},
        {"ilp_arm", phys::CircuitType::ilp, phys::Cannulation::automatic, phys::Limb::arm, false},
};

// ctest shows the parameter: the circuit name, not its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class StandardCircuit : public ::testing::TestWithParam<Case> {};

TEST_P(StandardCircuit, RandomActionsKeepInvariants) {
    const Case& c = GetParam();
    phys::PatientSpec patient;
    if (c.neonate) {
        patient.age_years = 0.02;
        patient.weight_kg = 3.5;
        patient.height_cm = 50;
        patient.hb_g_dl = 15;
    }
    phys::CircuitOptions options;
    options.type = c.type;
    options.cannulation = c.cannulation;
    options.limb = c.limb;
    int actions = 0;
    for (uint64_t seed = 1; seed <= 3; ++seed) {
        phys::Simulation sim(patient, options);
        ASSERT_EQ(sim.error(), "");
        Rng rng(seed * 7919 + static_cast<uint64_t>(c.type) * 104729 + static_cast<uint64_t>(c.cannulation));
        const ActionRun run = run_random_actions(sim, rng, 400);
        actions += run.actions;
        ASSERT_EQ(run.violation, "") << c.name << " seed " << seed << ", action " << run.actions << " (" << run.last_action << ")";
    }
    std::cout << c.name << ": " << actions << " random actions\n";
    EXPECT_EQ(actions, 1200);
}

INSTANTIATE_TEST_SUITE_P(Fuzz, StandardCircuit, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

TEST(RandomPatients, RandomOptionsBuildOrRefuseAndKeepInvariants) {
    Rng rng(0x9a7e);
    int built = 0, refused = 0, actions = 0;
    for (int i = 0; i < 60; ++i) {
        // Drawn one after the other: argument evaluation order differs between compilers.
        const phys::PatientSpec patient = random_patient(rng);
        const phys::CircuitOptions options = random_options(rng);
        phys::Simulation sim(patient, options);
        if (!sim.error().empty()) {
            ++refused;
            ASSERT_EQ(sim.error().find('\n'), std::string::npos) << sim.error();
            continue;
        }
        ++built;
        ASSERT_EQ(simulation_violation(sim), "") << "case " << i << " as built";
        const ActionRun run = run_random_actions(sim, rng, 100);
        actions += run.actions;
        ASSERT_EQ(run.violation, "") << "case " << i << ", action " << run.actions << " (" << run.last_action << ")";
    }
    std::cout << "random patients: " << built << " built, " << refused << " refused, " << actions << " actions\n";
    EXPECT_GT(built, 40);
}

}  // namespace
}  // namespace perfuse::fuzz
