#include "crisis_player.h"

#include <algorithm>

namespace perfuse {

namespace {
// Step boundaries are multiples of the fixed step; this absorbs their rounding.
constexpr double kTimeSlackS = 1e-9;

void add_shifted(std::vector<scenarios::Event>& out, const std::vector<scenarios::Event>& events, double by_s) {
    for (scenarios::Event e : events) {
        e.t_s += by_s;
        out.push_back(e);
    }
}

void sort_from(std::vector<scenarios::Event>& events, size_t first) {
    std::stable_sort(events.begin() + static_cast<std::ptrdiff_t>(first), events.end(),
                     [](const auto& a, const auto& b) { return a.t_s < b.t_s; });
}
}  // namespace

CrisisPlayer make_crisis_player(const Crisis& crisis) {
    CrisisPlayer p;
    p.crisis = crisis;
    p.events = crisis.scenario.events;
    add_shifted(p.events, crisis.inject, crisis.onset_s);
    sort_from(p.events, 0);
    return p;
}

bool crisis_fits(const Crisis& crisis, const phys::Simulation& sim) {
    return crisis.scenario.circuit.type != phys::CircuitType::none && crisis.scenario.circuit.type == sim.type();
}

CrisisPlayer make_crisis_player_on_running(const Crisis& crisis, double now_s, double lead_s) {
    CrisisPlayer p;
    p.crisis = crisis;
    p.crisis.onset_s = now_s + std::max(0.0, lead_s);
    add_shifted(p.events, crisis.inject, p.crisis.onset_s);
    sort_from(p.events, 0);
    return p;
}

void end_crisis_on_running(const CrisisPlayer& p, phys::Simulation& sim) {
    for (const scenarios::Event& e : p.crisis.inject) {
        if (e.fault && sim.fault_active(*e.fault)) sim.clear(*e.fault);
    }
}

void play_response(CrisisPlayer& p, CrisisResponse response, double now_s) {
    if (p.played) return;  // one response per crisis: the debrief compares one course of action
    p.played = response;
    const std::vector<scenarios::Event>& chosen =
        response == CrisisResponse::correct ? p.crisis.response
        : response == CrisisResponse::wrong ? p.crisis.wrong_response
                                             : std::vector<scenarios::Event>{};
    if (chosen.empty()) return;
    const double first_s = p.crisis.onset_s + chosen.front().t_s;
    const double shift_s = now_s > first_s ? now_s - first_s : 0.0;
    add_shifted(p.events, chosen, p.crisis.onset_s + shift_s);
    sort_from(p.events, p.next);
}

bool apply_due_events(CrisisPlayer& p, phys::Simulation& sim) {
    bool applied = false;
    while (p.next < p.events.size() && p.events[p.next].t_s <= sim.time_s() + kTimeSlackS) {
        const scenarios::Event& e = p.events[p.next++];
        if (e.set) sim.apply(*e.set);
        if (e.fault) sim.inject(*e.fault);
        if (e.clear) sim.clear(*e.clear);
        applied = true;
    }
    return applied;
}

bool assess_when_due(CrisisPlayer& p, const Readings& now) {
    if (p.assessed || now.t_s + kTimeSlackS < p.crisis.onset_s + p.crisis.assess_after_s) return false;
    p.assessed = true;
    p.safe = true;
    for (const SafeCriterion& c : p.crisis.safe) {
        const ReadingField* field = find_reading(c.reading);
        const std::optional<double> v = field ? value_of(now, *field) : std::nullopt;
        const bool met = criterion_met(c, v);
        p.criteria.push_back({c, v, met});
        p.safe = p.safe && met;
    }
    return true;
}

void step_with_crisis(ConsoleSession& c, phys::Simulation& sim, CrisisPlayer* player, double dt_s) {
    if (player && apply_due_events(*player, sim)) refresh_console(c, sim);
    step_console(c, sim, dt_s);
    if (player) assess_when_due(*player, c.readings);
}

Trends trends_for_crisis(const Crisis& crisis, const TrendOptions& options) {
    std::vector<std::string> trended = default_trend_readings();
    for (const std::string& r : crisis.debrief_readings) {
        if (std::find(trended.begin(), trended.end(), r) == trended.end()) trended.push_back(r);
    }
    return make_trends(trended, options, nullptr);
}

}  // namespace perfuse
