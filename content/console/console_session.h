#pragma once
// What the console keeps beside the simulation: timers, alarms, trends and the latest readings.
// step_console() is the one call per model step the app makes (after TimeControl says how many).
#include "alarms.h"
#include "readings.h"
#include "trends.h"

namespace perfuse {

struct ConsoleSession {
    ConsoleTimers timers;
    AlarmEngine alarms;
    Trends trends;
    Readings readings;
};

ConsoleSession make_console_session(const phys::Simulation& sim, const AlarmSet& alarms,
                                    const TrendOptions& trend_options = {});
// Steps the simulation by dt_s, then refreshes readings, alarms and trends.
void step_console(ConsoleSession& c, phys::Simulation& sim, double dt_s);
// Refreshes readings, alarms and trends without stepping (after a settings change or at the start).
void refresh_console(ConsoleSession& c, const phys::Simulation& sim);

}  // namespace perfuse
