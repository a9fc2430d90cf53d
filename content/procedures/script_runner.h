#pragma once
// Plays a script (procedure_loader.h) against a ProcedureRun without graphics: the unit tests drive it
// directly, the app (--headless --script) calls update() once a frame. Actions run in order; "wait"
// advances simulated time, "wait_until" until a condition or step (failing at its timeout), "expect"
// checks a step, a mistake, a refused action or flow-model values, and the run stops at the first
// failure with a line naming the action and what differed.
#include <functional>
#include <string>
#include <vector>

#include "procedure_loader.h"
#include "procedure_run.h"

namespace perfuse::procedures {

class ScriptRunner {
public:
    ScriptRunner(Script script, ProcedureRun& run);

    // Advances by one frame of dt_s; waits may run simulated time faster, up to max_sim_s per call.
    void update(double dt_s, double max_sim_s = 30.0);
    // Runs to the end (tests): fixed steps of step_s.
    void run_to_end(double step_s = 0.1);

    // Set by a caller that steps the flow model itself (the app): waits advance simulated time through it,
    // and update() leaves the frame's own time to the caller.
    std::function<void(double)> advance;

    bool done() const { return done_; }
    bool failed() const { return !failure_.empty(); }
    const std::string& failure() const { return failure_; }  // "actions[12] expect step \"heparin\": not complete"
    size_t next_action() const { return next_; }

private:
    bool play(const Action& a, double& budget_s, double max_chunk_s);  // false: the action is still waiting
    bool check(const Action& a, double dt_s, std::string& why);
    void move_time(double dt_s);
    bool timed_this_frame(double budget_left, double max_sim_s, double dt_s) const;
    void fail(const Action& a, const std::string& why);

    Script script_;
    ProcedureRun& run_;
    size_t next_ = 0;
    double waited_s_ = 0.0;
    bool last_refused_ = false;
    std::string last_reason_;
    bool done_ = false;
    std::string failure_;
    std::vector<double> held_s_;
};

}  // namespace perfuse::procedures
