#pragma once
// A workbench joined to a running flow model. The Simulation is rebuilt from the workbench's graph
// whenever the user changes which parts are in use or joined, and the new model goes on from the old
// one's state (Simulation::carry_state_from: blood, drugs, organs, faults, settings, the clock);
// controls, clamps and doses are passed on every step. Consequences the graph cannot
// carry itself are added here: air left in a circuit that pumps into the patient (missed priming or
// de-airing) enters the arterial line, and the bubble detector stops the pump.
#include <memory>
#include <string>

#include "simulation.h"
#include "workbench.h"

namespace perfuse::circuits {

class LiveCircuit {
public:
    explicit LiveCircuit(Workbench bench);

    Workbench& bench() { return bench_; }
    const Workbench& bench() const { return bench_; }
    // The running flow model (never null; a patient alone until parts are joined to it).
    phys::Simulation& simulation() { return *sim_; }
    const phys::Simulation& simulation() const { return *sim_; }
    // Why the last rebuild failed (the previous model keeps running), or empty.
    const std::string& error() const { return error_; }

    // Advances the flow model by dt_s in fixed steps of step_s (rebuilding it first if needed).
    void advance(double dt_s, double step_s = phys::kDefaultStepS);
    // Passes the workbench's changes to the flow model without stepping it: for a model stepped by
    // someone else (the app's LiveModel). simulation() may be a new object afterwards (rebuilt).
    void refresh() { sync(); }
    // Simulated time since the start, across rebuilds (whoever steps the model).
    double time_s() const { return sim_->time_s(); }
    phys::Snapshot snapshot() const;  // t_s is the live circuit's own clock

    // True when a return line joins the circuit to the patient (bypass or ECMO can run).
    bool returns_to_patient() const { return bench_.returns_to_patient(); }
    bool drains_patient() const { return bench_.drains_patient(); }
    // Air has gone towards the patient (set when the consequence was applied).
    bool air_reached_line() const { return air_injected_; }
    int rebuilds() const { return rebuilds_; }

private:
    void sync();
    void rebuild();
    void push_controls();

    Workbench bench_;
    std::unique_ptr<phys::Simulation> sim_;
    std::string error_;
    int pushed_levels_ = -1;
    int built_version_ = -1;
    phys::CircuitGraph built_graph_;
    int rebuilds_ = 0;
    bool air_injected_ = false;
    double step_carry_s_ = 0.0;
};

}  // namespace perfuse::circuits
