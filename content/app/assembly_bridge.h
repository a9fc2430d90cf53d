#pragma once
// Between the procedure's workbench (content/circuits) and the 3D assembly view: reads where every
// item is, what is joined and clamped and what each line carries from the flow model; turns what the
// trainee points at into workbench actions. Nothing here decides whether an action is right: the
// workbench refuses only the impossible and the steps complete from the resulting state.
#include <string>

#include "app/assembly_layout.h"
#include "app/assembly_state.h"
#include "app/assembly_world.h"

namespace perfuse::procedures {
class ProcedureRun;
}
namespace perfuse::circuits {
class Workbench;
}
namespace perfuse::phys {
class Simulation;
}

namespace perfuse {

// The view of RUN's workbench for a room laid out by LAYOUT; CHOSEN is the first port of a joint
// the trainee is making.
AssemblyState read_assembly_state(const procedures::ProcedureRun& run, const AssemblyLayout& layout, const PortKey& chosen);

// What ITEM holds, from its prime and air state and, once the flow model has blood in it, from the
// blood's oxygen saturation there.
LineFluid item_fluid(const circuits::Workbench& bench, const phys::Simulation& sim, const std::string& item);

// What the trainee's click on TARGET did, in words for the panel.
struct AssemblyOutcome {
    bool acted = false;    // an action reached the workbench (or a port was chosen)
    bool refused = false;  // the workbench said no
    std::string message;   // its reason, or what happened
};

// Takes a part, mounts the held part, joins ports (the held tubing's free end, else two ports clicked
// in turn: CHOSEN keeps the first), or clamps / unclamps a line.
AssemblyOutcome act_on(procedures::ProcedureRun& run, const AssemblyLayout& layout, const AssemblyTarget& target,
                       PortKey& chosen);

}  // namespace perfuse
