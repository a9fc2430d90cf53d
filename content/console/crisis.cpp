// Parses crisis files. The scenario and the event lists go through the scenario parser, so they
// accept exactly the keys and ranges perfuse-sim does.
#include "crisis.h"

#include <nlohmann/json.hpp>

#include "common/json_fields.h"
#include "readings.h"

namespace perfuse {

namespace {

using nlohmann::json;

using json_fields::FieldError;
using json_fields::Fields;

// A rule about the crisis (not a field's type), or a message from the scenario parser.
[[noreturn]] void invalid(const std::string& file, const std::string& what) { throw FieldError(file, "", what); }

// An event list in the scenario schema, checked against the crisis's circuit by the scenario parser.
std::vector<scenarios::Event> events_at(const Fields& root, const char* key, bool required) {
    if (!root.has(key)) {
        if (required) root.fail_field(key, "missing");
        return {};
    }
    const json& scenario = root.value().at("scenario");
    json wrapper = {{"patient", scenario.value("patient", json::object())},
                    {"circuit", scenario.at("circuit")},
                    {"events", root.at(key)}};
    scenarios::ParseResult p = scenarios::parse_scenario(wrapper.dump(), key);
    if (!p.scenario) {
        // The scenario parser says "KEY: ... events[0]...": make that "... KEY[0]...".
        std::string e = p.error.substr(std::string(key).size() + 2);
        if (const size_t at = e.find("events["); at != std::string::npos) e.replace(at, 6, key);
        invalid(root.file(), e);
    }
    return p.scenario->events;
}

std::vector<SafeCriterion> safe_at(const Fields& root) {
    const std::vector<Fields> list = root.objects("safe");
    if (list.empty()) root.fail_field("safe", "expected a list of at least one criterion");
    std::vector<SafeCriterion> out;
    for (const Fields& entry : list) {
        entry.only_keys({"reading", "min", "max"});
        SafeCriterion c;
        c.reading = entry.text("reading", Fields::Blank::allowed);
        if (find_reading(c.reading) == nullptr) {
            invalid(root.file(), entry.path() + ".reading \"" + c.reading + "\" is not a console reading");
        }
        if (entry.has("min")) c.min = entry.number("min");
        if (entry.has("max")) c.max = entry.number("max");
        if (!c.min && !c.max) invalid(root.file(), entry.path() + " needs \"min\", \"max\" or both");
        out.push_back(c);
    }
    return out;
}

}  // namespace

CrisisResult parse_crisis(const std::string& json_text, const std::string& file_label, const std::string& id) {
    CrisisResult r;
    try {
        const json doc = json_fields::parse_json(json_text, file_label);
        const Fields root(doc, file_label);
        root.only_keys({"title", "scenario", "onset_s", "inject", "expected_alarms", "look_for", "response", "response_steps",
                        "wrong_response", "wrong_response_text", "assess_after_s", "safe", "debrief",
                        "debrief_readings", "debrief_before_s", "debrief_after_s"});
        Crisis c;
        c.id = id;
        c.title = root.text("title", Fields::Blank::allowed);
        scenarios::ParseResult sp = scenarios::parse_scenario(root.at("scenario").dump(), "scenario");
        if (!sp.scenario) invalid(file_label, sp.error);
        c.scenario = *sp.scenario;
        c.onset_s = root.number_in_or("onset_s", c.onset_s, 0.0, 86400.0, "s");
        c.inject = events_at(root, "inject", true);
        c.expected_alarms = root.texts("expected_alarms", false);
        c.look_for = root.texts("look_for");
        c.response = events_at(root, "response", true);
        c.response_steps = root.texts("response_steps");
        c.wrong_response = events_at(root, "wrong_response", false);
        c.wrong_response_text = root.text_or("wrong_response_text", "", Fields::Blank::allowed);
        c.assess_after_s = root.number_in_or("assess_after_s", c.assess_after_s, 1.0, 86400.0, "s");
        c.safe = safe_at(root);
        c.debrief = root.text("debrief", Fields::Blank::allowed);
        c.debrief_readings = root.texts("debrief_readings");
        for (size_t i = 0; i < c.debrief_readings.size(); ++i) {
            if (find_reading(c.debrief_readings[i]) == nullptr) {
                invalid(file_label, "debrief_readings[" + std::to_string(i) + "] \"" + c.debrief_readings[i] +
                                        "\" is not a console reading");
            }
        }
        c.debrief_before_s = root.number_in_or("debrief_before_s", c.debrief_before_s, 0.0, 86400.0, "s");
        c.debrief_after_s = root.number_in_or("debrief_after_s", c.debrief_after_s, 0.0, 86400.0, "s");
        r.crisis = std::move(c);
    } catch (const FieldError& e) {
        r.error = e.what();
    }
    return r;
}

CrisisResult load_crisis(const std::string& path) {
    const auto text = json_fields::read_text_file(path);
    if (!text) return {std::nullopt, path + ": cannot be read"};
    std::string id = path.substr(path.find_last_of('/') + 1);
    if (const size_t dot = id.rfind('.'); dot != std::string::npos) id.erase(dot);
    return parse_crisis(*text, path, id);
}

}  // namespace perfuse
