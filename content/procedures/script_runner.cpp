#include "script_runner.h"

#include <algorithm>
#include <sstream>

namespace perfuse::procedures {

ScriptRunner::ScriptRunner(Script script, ProcedureRun& run) : script_(std::move(script)), run_(run) {
    held_s_.assign(static_cast<size_t>(std::max(script_.condition_count, 0)), 0.0);
}

void ScriptRunner::fail(const Action& a, const std::string& why) {
    if (!failure_.empty()) return;
    const int cur = run_.steps().current_step();
    failure_ = a.line + " " + to_string(a.kind) + ": " + why + " (current step: " +
               (cur >= 0 ? run_.procedure().steps[static_cast<size_t>(cur)].id : std::string("none, all done")) + ")";
    done_ = true;
}

namespace {
std::string value_now(const phys::Snapshot& snap, const Condition& c) {
    std::ostringstream o;
    if (c.kind == ConditionKind::value) {
        auto v = read_value(snap, c.a);
        o << "; now " << c.a << " = ";
        if (v) o << *v; else o << "not applicable";
    }
    for (const auto& child : c.children) o << value_now(snap, child);
    return o.str();
}
}  // namespace

void ScriptRunner::move_time(double dt_s) {
    if (advance) {
        advance(dt_s);
    } else {
        run_.update(dt_s);
    }
}

bool ScriptRunner::check(const Action& a, double dt_s, std::string& why) {
    const phys::Snapshot snap = run_.live().snapshot();
    if (!a.step.empty()) {
      if (run_.procedure().step_index(a.step) < 0) { why = "the procedure has no step \"" + a.step + "\""; return false; }
      if (!run_.steps().step_done(a.step)) { why = "step \"" + a.step + "\" is not complete"; return false; }
        }
        if (!a.mistake.empty() && !run_.steps().made(a.mistake)) { why = "mistake \"" + a.mistake + "\" was not detected"; return false; }
        if (a.expect_refused && !last_refused_) { why = "the previous action was accepted, not refused"; return false; }
    if (a.condition) {
        const auto& steps = run_.procedure().steps;
        std::vector<bool> done;
        std::vector<std::string> ids;
        for (const auto& s : steps) { ids.push_back(s.id); done.push_back(run_.steps().step_done(s.id)); }
        ConditionContext ctx{run_.live(), snap, &done, &ids, &held_s_, dt_s};
        if (!evaluate(*a.condition, ctx)) { why = "expected " + describe(*a.condition) + value_now(snap, *a.condition); return false; }
    }
    return true;
}

bool ScriptRunner::play(const Action& a, double& budget_s, double max_chunk_s) {
    switch (a.kind) {
        case ActionKind::wait: {
            const double step = std::min({a.seconds - waited_s_, budget_s, max_chunk_s});
            if (step > 0.0) { move_time(step); waited_s_ += step; budget_s -= step; }
            return waited_s_ >= a.seconds - 1e-9;
        }
        case ActionKind::wait_until: {
            std::string why;
            if (check(a, 0.0, why)) return true;
            if (waited_s_ >= a.seconds) { fail(a, "not reached after " + std::to_string(static_cast<int>(a.seconds)) + " s: " + why); return true; }
            const double step = std::min({a.seconds - waited_s_ + 1e-6, budget_s, max_chunk_s});
            if (step > 0.0) { move_time(step); waited_s_ += step; budget_s -= step; }
            return false;
        }
        case ActionKind::expect: {
            std::string why;
            if (!check(a, 0.0, why)) fail(a, why);
            return true;
        }
        default: {
            const auto r = run_.perform(a);
            last_refused_ = !r.ok;
            last_reason_ = r.reason;
            return true;
        }
    }
}

void ScriptRunner::update(double dt_s, double max_sim_s) {
    if (done_) return;
    double budget = std::max(max_sim_s, dt_s);
    bool acted = false;
    while (next_ < script_.actions.size() && !done_ && budget > 1e-9) {
        const Action& a = script_.actions[next_];
        const bool timed = a.kind == ActionKind::wait || a.kind == ActionKind::wait_until;
        if (!timed && acted) break;  // one circuit action per frame, so each can be seen
        if (!play(a, budget, 0.1)) continue;
        ++next_;
        waited_s_ = 0.0;
        acted = acted || !timed;
    }
    if (next_ >= script_.actions.size()) done_ = true;
    if (!advance && !timed_this_frame(budget, max_sim_s, dt_s)) run_.update(dt_s);
}

bool ScriptRunner::timed_this_frame(double budget_left, double max_sim_s, double dt_s) const {
    return max_sim_s - budget_left >= dt_s - 1e-9;  // waits already moved time on at least a frame
}

void ScriptRunner::run_to_end(double step_s) {
    for (long guard = 0; !done_ && guard < 10'000'000; ++guard) update(step_s, 600.0);
    if (!done_) failure_ = "script did not finish";
}

}  // namespace perfuse::procedures
