#pragma once
// Random user actions against the flow model's public API (physiology/simulation.h, graph.h): random
// patients, random circuit graphs (anything connected to anything, pumps turned round, unknown parts,
// ports and sites), random settings with extreme, negative, infinite and NaN values, faults injected
// and cleared at random times, and steps of random (also zero, negative, NaN and huge) length.
#include <string>

#include "rng.h"
#include "simulation.h"

namespace perfuse::fuzz {

// A value in [lo, hi] most of the time; otherwise one of the values a careless caller might pass.
double wild(Rng& rng, double lo, double hi);

phys::PatientSpec random_patient(Rng& rng);
phys::CircuitOptions random_options(Rng& rng);
phys::SettingsPatch random_patch(Rng& rng);
phys::CircuitGraph random_graph(Rng& rng);
double random_step_s(Rng& rng);

struct ActionRun {
    int actions = 0;        // actions taken (settings, faults, steps, evaluations, snapshots)
    std::string violation;  // empty when every invariant held after every action
    std::string last_action;
};

// Takes up to `count` random actions, checking flow_invariants after each; stops at the first violation.
ActionRun run_random_actions(phys::Simulation& sim, Rng& rng, int count);

}  // namespace perfuse::fuzz
