#pragma once
// Plays a scenario: builds the simulation, applies the starting settings, then steps with a fixed dt,
// applying each event at the first step boundary at or after its time, and samples every `every_s`.
#include <functional>
#include <memory>

#include "scenario.h"
#include "simulation.h"

namespace perfuse::scenarios {

struct RunOptions {
    double duration_s = 600.0;
    double dt_s = phys::kDefaultStepS;
    double every_s = 1.0;
};

// Builds the simulation with the scenario's starting settings applied (nullptr + error if it cannot).
std::unique_ptr<phys::Simulation> start(const Scenario& s, std::string* error);

// Runs to the end, calling `sample` at t = 0 and every `every_s` (rounded to whole steps).
// Returns false (with *error) if the simulation could not be built.
bool run(const Scenario& s, const RunOptions& o, const std::function<void(const phys::Snapshot&)>& sample,
         std::string* error);

}  // namespace perfuse::scenarios
