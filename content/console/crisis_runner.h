#pragma once
// Plays a crisis on the flow model: the scenario, the injection at the onset, then the chosen
// response; reports whether every safe value holds when assessed, with the alarm log and trends
// kept for the debrief.
#include <string>
#include <vector>

#include "console_session.h"
#include "crisis.h"

namespace perfuse {

enum class CrisisResponse { correct, wrong, none };

struct CriterionResult {
    SafeCriterion criterion;
    std::optional<double> value;
    bool met = false;
};

struct CrisisRun {
    std::string error;  // the simulation could not be built
    double onset_s = 0.0, assessed_at_s = 0.0;
    Readings before_onset, at_assessment;
    std::vector<CriterionResult> criteria;
    bool safe = false;  // every criterion met at the assessment
    ConsoleSession console;
};

// Runs with a fixed step (the model's default); `alarms` may be empty (no limits).
CrisisRun run_crisis(const Crisis& crisis, CrisisResponse response, const AlarmSet& alarms);

bool criterion_met(const SafeCriterion& c, std::optional<double> value);

struct DebriefWindow {
    std::string reading;
    double t0_s = 0.0, t1_s = 0.0;
    std::vector<TrendPoint> points;
};
// The trend windows around the onset (debrief_before_s before to debrief_after_s after) for each
// debrief reading, plus the alarm events in that span.
std::vector<DebriefWindow> debrief_windows(const Crisis& crisis, const Trends& trends, double onset_s);
std::vector<AlarmEvent> debrief_alarm_events(const Crisis& crisis, const AlarmEngine& alarms, double onset_s);

}  // namespace perfuse
