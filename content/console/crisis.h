#pragma once
// Crises as data (assets/crises/*.json): a scenario to start from, what is injected at the onset
// (the flow model's own faults and settings), what the trainee should look for, the right response
// as timed settings changes, a wrong one for contrast, the safe values that show it worked, and the
// debrief. Event lists use the scenario schema (assets/scenarios/README.md), times from the onset.
#include <optional>
#include <string>
#include <vector>

#include "scenario.h"

namespace perfuse {

struct SafeCriterion {
    std::string reading;  // a name from reading_fields()
    std::optional<double> min, max;
};

struct Crisis {
    std::string id;        // the file stem, e.g. "oxygenator_failure"
    std::string title;
    scenarios::Scenario scenario;  // what runs before and around the crisis
    double onset_s = 60.0;
    std::vector<scenarios::Event> inject;          // at onset + t
    std::vector<std::string> expected_alarms;      // alarm ids the crisis raises when nothing is done
    std::vector<std::string> look_for;             // plain English, for the trainee
    std::vector<scenarios::Event> response;        // the right response, at onset + t
    std::vector<std::string> response_steps;       // the same in words
    std::vector<scenarios::Event> wrong_response;  // a plausible mistake, at onset + t
    std::string wrong_response_text;
    double assess_after_s = 300.0;                 // safe values are checked this long after the onset
    std::vector<SafeCriterion> safe;
    std::string debrief;
    std::vector<std::string> debrief_readings;     // the trends the debrief shows
    double debrief_before_s = 60.0, debrief_after_s = 240.0;
};

struct CrisisResult {
    std::optional<Crisis> crisis;
    std::string error;  // one line: "FILE: field: what is wrong"
};

CrisisResult parse_crisis(const std::string& json_text, const std::string& file_label, const std::string& id);
CrisisResult load_crisis(const std::string& path);  // id = file stem

}  // namespace perfuse
