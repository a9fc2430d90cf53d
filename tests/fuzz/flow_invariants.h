#pragma once
// The flow model's promises (content/physiology/README.md, network.h, simulation.h), checked on a live
// simulation: each check returns an empty string when the promise holds, else the first thing that
// broke it, with names and numbers, so a failing random run says what differed.
#include <string>

#include "simulation.h"

namespace perfuse::fuzz {

// Every compartment: volume finite and >= 0, species amounts finite and >= 0, pressure finite and
// within its documented range (no lower than external - empty_suction, the collapse law at zero
// volume; no higher than external + all the blood in the network squeezed into it); every path flow
// finite, and one-way paths (valves, ventricles, occlusive pumps) never negative.
std::string network_violation(const phys::Network& net);

// Every reported number finite; saturations, haematocrit and recirculation within 0-1; volumes,
// flows through the heart, Hb, gases, DO2/VO2 and oxygen debt not negative; leak 0-100 %.
std::string snapshot_violation(const phys::Snapshot& s);

// Blood volume = initial + external_in - external_out: volume enters or leaves only by explicit
// events, and the model's own accounting must match the network to rounding.
std::string volume_violation(const phys::Simulation& sim);

// All three.
std::string simulation_violation(const phys::Simulation& sim);

}  // namespace perfuse::fuzz
