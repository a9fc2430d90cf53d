#include "runner.h"

#include <algorithm>
#include <cmath>

namespace perfuse::scenarios {

std::unique_ptr<phys::Simulation> start(const Scenario& s, std::string* error) {
    auto sim = std::make_unique<phys::Simulation>(s.patient, s.circuit);
    if (!sim->error().empty()) {
        if (error) *error = sim->error();
        return nullptr;
    }
    sim->apply(s.settings);
    sim->evaluate();
    return sim;
}

bool run(const Scenario& s, const RunOptions& o, const std::function<void(const phys::Snapshot&)>& sample,
         std::string* error) {
    auto sim = start(s, error);
    if (!sim) return false;
    const double dt = o.dt_s;
    const auto steps = static_cast<long long>(std::llround(o.duration_s / dt));
    const long long every = std::max(1LL, static_cast<long long>(std::llround(o.every_s / dt)));
    size_t next_event = 0;
    for (long long i = 0;; ++i) {
        const double t = static_cast<double>(i) * dt;  // exact step times, no drift
        while (next_event < s.events.size() && s.events[next_event].t_s <= t + 1e-9) {
            const Event& e = s.events[next_event++];
            if (e.set) sim->apply(*e.set);
            if (e.fault) sim->inject(*e.fault);
            if (e.clear) sim->clear(*e.clear);
        }
        if (i % every == 0) {
            phys::Snapshot snap = sim->snapshot();
            snap.t_s = t;
            sample(snap);
        }
        if (i >= steps) break;
        sim->step(dt);
    }
    return true;
}

}  // namespace perfuse::scenarios
