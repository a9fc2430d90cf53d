// Random circuit graphs built by the assembly API (graph.h): anything joined to anything, pumps turned
// round, capped inlets, junctions of inlets, unknown parts, ports and sites, then random actions on
// each. A graph either assembles or gives a one-line reason; what assembles keeps every flow-model
// invariant (flow_invariants.h) after every action.
#include <gtest/gtest.h>

#include <iostream>

#include "error_checks.h"
#include "flow_invariants.h"
#include "random_actions.h"

namespace perfuse::fuzz {
namespace {

TEST(RandomGraphs, AssembleOrRefuseAndKeepInvariantsUnderRandomActions) {
    Rng rng(0x67a9);
    int graphs = 0, refused = 0, actions = 0;
    for (int i = 0; i < 600; ++i) {
        const phys::PatientSpec patient = random_patient(rng);
        const phys::CircuitOptions options = random_options(rng);
        const phys::CircuitGraph graph = random_graph(rng);
        phys::Simulation sim(patient, options, graph);
        ++graphs;
        if (!sim.error().empty()) {
            ++refused;
            ASSERT_EQ(sim.error().find('\n'), std::string::npos) << "graph " << i << ": " << sim.error();
            // A refused circuit must still be safe to poke at (nothing advances; nothing breaks).
            for (int k = 0; k < 10; ++k, ++actions) {
                sim.apply(random_patch(rng));
                sim.inject(phys::Fault::air_in_arterial_line);
                sim.step(random_step_s(rng));
            }
            ASSERT_EQ(network_violation(sim.network()), "") << "refused graph " << i;
            continue;
        }
        ASSERT_EQ(simulation_violation(sim), "") << "graph " << i << " as built";
        const ActionRun run = run_random_actions(sim, rng, 50);
        actions += run.actions;
        ASSERT_EQ(run.violation, "") << "graph " << i << ", action " << run.actions << " (" << run.last_action << ")";
    }
    std::cout << "random graphs: " << graphs << " built (" << refused << " refused), " << actions << " actions\n";
    // Both outcomes must be reached, or the generator is not exercising the assembler.
    EXPECT_GT(refused, 10);
    EXPECT_GT(graphs - refused, 250);
}

}  // namespace
}  // namespace perfuse::fuzz
