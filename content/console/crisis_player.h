#pragma once
// A crisis played live on the app's running simulation (the crisis runner plays one to the end in a
// single call; this one advances with the console, step by step). The scenario's events and the
// injection are scheduled from the start; the trainee then responds with the console's controls, or
// asks for the right response or the common mistake to be played. At onset + assess_after_s the safe
// values are checked, and the debrief shows the trends around the onset.
#include <optional>
#include <vector>

#include "console_session.h"
#include "crisis_runner.h"

namespace perfuse {

struct CrisisPlayer {
    Crisis crisis;
    std::vector<scenarios::Event> events;  // absolute simulated times, sorted
    size_t next = 0;
    std::optional<CrisisResponse> played;  // a response asked for (none: the trainee acts alone)
    bool assessed = false;
    bool safe = false;
    std::vector<CriterionResult> criteria;
};

// Schedules the crisis's scenario events and its injection at onset_s (times from the simulation's 0).
CrisisPlayer make_crisis_player(const Crisis& crisis);
// True when the crisis is written for the kind of circuit SIM runs (cpb, va_ecmo, vv_ecmo, ilp): it can
// then be played on that running circuit instead of replacing it with the crisis's own scenario.
bool crisis_fits(const Crisis& crisis, const phys::Simulation& sim);
// A crisis on a circuit already running (the room's own, with the trainee's settings and patient as they
// are): only its injection is played, at NOW_S + LEAD_S, not its scenario's set-up. The player's copy of
// the crisis has its onset moved to that time, so responses, the assessment and the debrief follow it.
CrisisPlayer make_crisis_player_on_running(const Crisis& crisis, double now_s, double lead_s);
// Ends a crisis played on a running circuit: the faults it injected are cleared (settings it changed,
// such as a clamp, stay for the trainee to put right).
void end_crisis_on_running(const CrisisPlayer& p, phys::Simulation& sim);
// Schedules the right response or the common mistake: at onset + t, or, when asked for later than the
// first of those times, shifted to start now.
void play_response(CrisisPlayer& p, CrisisResponse response, double now_s);
// Applies the events due at the simulation's time; returns true when any was applied.
bool apply_due_events(CrisisPlayer& p, phys::Simulation& sim);
// Checks the safe values once the assessment time is reached (returns true the step it happens).
bool assess_when_due(CrisisPlayer& p, const Readings& now);

// One model step with a crisis playing (or none): events due, then step_console, then the assessment.
void step_with_crisis(ConsoleSession& c, phys::Simulation& sim, CrisisPlayer* player, double dt_s);

// Trends for a crisis: the console's defaults plus the readings its debrief shows.
Trends trends_for_crisis(const Crisis& crisis, const TrendOptions& options);

}  // namespace perfuse
