#pragma once
// "Why did this change?": a one-line cause per reading where the model can say. The rules and their
// text are data (assets/alarms/causes.json): each names a reading and a condition the model reports
// (an active fault, one of its safety detectors, or a setting); the first rule that holds wins.
#include <optional>
#include <string>
#include <vector>

#include "readings.h"

namespace perfuse {

struct CauseRule {
    std::string reading;
    std::string kind;   // "fault", "detector" or "setting"
    std::string name;   // fault name, detector reading (air_detected, ...), or setting condition
    std::string text;   // one line for the trainee
};

struct CauseRules {
    std::vector<CauseRule> rules;
};

struct CauseRulesResult {
    std::optional<CauseRules> rules;
    std::string error;  // one line: "FILE: causes[3].name ..."
};

CauseRulesResult parse_cause_rules(const std::string& json_text, const std::string& file_label);
CauseRulesResult load_cause_rules(const std::string& path);

// The setting conditions a rule may name.
std::vector<std::string> setting_condition_names();

// The cause of a reading's current value, or empty when no rule holds.
std::optional<std::string> cause_of(const CauseRules& rules, const std::string& reading, const phys::Simulation& sim,
                                    const Readings& now);

}  // namespace perfuse
