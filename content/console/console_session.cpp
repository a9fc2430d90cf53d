#include "console_session.h"

namespace perfuse {

ConsoleSession make_console_session(const phys::Simulation& sim, const AlarmSet& alarms,
                                    const TrendOptions& trend_options) {
    ConsoleSession c;
    c.alarms = make_alarm_engine(alarms);
    c.trends = make_trends(default_trend_readings(), trend_options, nullptr);
    refresh_console(c, sim);
    return c;
}

void step_console(ConsoleSession& c, phys::Simulation& sim, double dt_s) {
    sim.step(dt_s);
    advance_timers(c.timers, sim, dt_s);
    refresh_console(c, sim);
}

void refresh_console(ConsoleSession& c, const phys::Simulation& sim) {
    c.readings = read_console(sim, c.timers);
    update_alarms(c.alarms, c.readings);
    record(c.trends, c.readings);
}

}  // namespace perfuse
