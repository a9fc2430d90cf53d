#pragma once
// The alarm engine: one state per limit, updated with each set of readings at its simulated time.
//   quiet -> (condition held for delay_s) -> sounding -> acknowledge -> silenced (still shown)
//   condition gone (past clear_at): silenced -> quiet; sounding -> quiet, or latched if the limit
//   latches (shown until acknowledged). Every change goes to the event log with its simulated time.
#include <optional>
#include <string>
#include <vector>

#include "alarm_limits.h"
#include "readings.h"

namespace perfuse {

enum class AlarmState { quiet, pending, sounding, silenced, latched };
const char* to_string(AlarmState s);

enum class AlarmEventKind { raised, acknowledged, cleared };
const char* to_string(AlarmEventKind k);

struct AlarmEvent {
    double t_s = 0.0;
    std::string id;
    AlarmEventKind kind = AlarmEventKind::raised;
    AlarmPriority priority = AlarmPriority::medium;
    std::optional<double> value;  // the reading at that moment
};

struct AlarmStatus {
    AlarmLimit limit;
    AlarmState state = AlarmState::quiet;
    double condition_since_s = 0.0;  // when the condition began (pending and later)
    double raised_at_s = 0.0;
    std::optional<double> value;     // last reading
};

struct AlarmEngine {
    std::vector<AlarmStatus> alarms;
    std::vector<AlarmEvent> log;
};

AlarmEngine make_alarm_engine(const AlarmSet& set);
void update_alarms(AlarmEngine& e, const Readings& r);
// Acknowledges one alarm (by id) or every alarm shown; returns how many were acknowledged.
int acknowledge(AlarmEngine& e, const std::string& id, double t_s);
int acknowledge_all(AlarmEngine& e, double t_s);

bool is_shown(AlarmState s);    // sounding, silenced or latched
bool is_audible(AlarmState s);  // sounding or latched (not yet acknowledged)
// The alarms to show, most urgent first: priority, then unacknowledged, then the oldest.
std::vector<const AlarmStatus*> shown_alarms(const AlarmEngine& e);
const AlarmStatus* find_alarm(const AlarmEngine& e, const std::string& id);

}  // namespace perfuse
