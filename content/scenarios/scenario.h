#pragma once
// A scenario: who the patient is, which circuit, the starting settings and timed events. Parsed from
// JSON (schema: assets/scenarios/README.md). Errors are one line: "FILE: what is wrong".
#include <optional>
#include <string>
#include <vector>

#include "settings.h"
#include "standard_circuits.h"

namespace perfuse::scenarios {

struct Event {
    double t_s = 0.0;
    std::optional<phys::SettingsPatch> set;
    std::optional<phys::Fault> fault;
    std::optional<phys::Fault> clear;
};

struct Scenario {
    std::string description;
    phys::PatientSpec patient;
    phys::CircuitOptions circuit;
    phys::SettingsPatch settings;
    std::vector<Event> events;  // sorted by time (stable)
    std::optional<double> duration_s;
};

struct ParseResult {
    std::optional<Scenario> scenario;
    std::string error;  // "FILE: what is wrong" when scenario is empty
};

ParseResult parse_scenario(const std::string& json_text, const std::string& file_label);
ParseResult load_scenario(const std::string& path);

}  // namespace perfuse::scenarios
