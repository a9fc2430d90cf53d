// The crisis runner: the scenario runner's event rule (applied at the first step at or after its time)
// with the crisis's injections and response merged in.
#include "crisis_runner.h"

#include <algorithm>
#include <cmath>

#include "runner.h"

namespace perfuse {

namespace {

void shift_into(std::vector<scenarios::Event>& out, const std::vector<scenarios::Event>& events, double by_s) {
    for (scenarios::Event e : events) {
        e.t_s += by_s;
        out.push_back(e);
    }
}

void apply(phys::Simulation& sim, const scenarios::Event& e) {
    if (e.set) sim.apply(*e.set);
    if (e.fault) sim.inject(*e.fault);
    if (e.clear) sim.clear(*e.clear);
}

}  // namespace

bool criterion_met(const SafeCriterion& c, std::optional<double> value) {
    if (!value) return false;
    if (c.min && *value < *c.min) return false;
    if (c.max && *value > *c.max) return false;
    return true;
}

CrisisRun run_crisis(const Crisis& crisis, CrisisResponse response, const AlarmSet& alarms) {
    CrisisRun run;
    auto sim = scenarios::start(crisis.scenario, &run.error);
    if (!sim) return run;
    std::vector<scenarios::Event> events = crisis.scenario.events;
    shift_into(events, crisis.inject, crisis.onset_s);
    if (response == CrisisResponse::correct) shift_into(events, crisis.response, crisis.onset_s);
    if (response == CrisisResponse::wrong) shift_into(events, crisis.wrong_response, crisis.onset_s);
    std::stable_sort(events.begin(), events.end(), [](const auto& a, const auto& b) { return a.t_s < b.t_s; });

    run.onset_s = crisis.onset_s;
    run.assessed_at_s = crisis.onset_s + crisis.assess_after_s;
    run.console = make_console_session(*sim, alarms);
    const double dt = phys::kDefaultStepS;
    const auto steps = static_cast<long long>(std::llround(run.assessed_at_s / dt));
    // The debrief's trends are recorded whether or not the panels plot them by default.
    std::vector<std::string> trended = default_trend_readings();
    for (const std::string& r : crisis.debrief_readings) {
        if (std::find(trended.begin(), trended.end(), r) == trended.end()) trended.push_back(r);
    }
    run.console.trends = make_trends(trended, run.console.trends.options, nullptr);
    refresh_console(run.console, *sim);
    size_t next = 0;
    bool captured = false;
    for (long long i = 0; i < steps; ++i) {
        const double t = static_cast<double>(i) * dt;
        if (!captured && t >= crisis.onset_s - 1e-9) {
            run.before_onset = run.console.readings;
            captured = true;
        }
        bool applied = false;
        while (next < events.size() && events[next].t_s <= t + 1e-9) {
            apply(*sim, events[next++]);
            applied = true;
        }
        if (applied) refresh_console(run.console, *sim);
        step_console(run.console, *sim, dt);
    }
    run.at_assessment = run.console.readings;
    run.safe = true;
    for (const SafeCriterion& c : crisis.safe) {
        const std::optional<double> v = value_of(run.at_assessment, *find_reading(c.reading));
        const bool met = criterion_met(c, v);
        run.criteria.push_back({c, v, met});
        run.safe = run.safe && met;
    }
    return run;
}

std::vector<DebriefWindow> debrief_windows(const Crisis& crisis, const Trends& trends, double onset_s) {
    std::vector<DebriefWindow> out;
    // The model has no time before 0 (a crisis started soon after the room's model did).
    const double t0 = std::max(0.0, onset_s - crisis.debrief_before_s), t1 = onset_s + crisis.debrief_after_s;
    for (const std::string& name : crisis.debrief_readings) {
        DebriefWindow w{name, t0, t1, {}};
        if (const TrendSeries* s = find_series(trends, name)) w.points = points_between(*s, t0, t1);
        out.push_back(std::move(w));
    }
    return out;
}

std::vector<AlarmEvent> debrief_alarm_events(const Crisis& crisis, const AlarmEngine& alarms, double onset_s) {
    std::vector<AlarmEvent> out;
    for (const AlarmEvent& e : alarms.log) {
        if (e.t_s >= onset_s - crisis.debrief_before_s && e.t_s <= onset_s + crisis.debrief_after_s) out.push_back(e);
    }
    return out;
}

}  // namespace perfuse
