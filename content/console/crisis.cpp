// Parses crisis files. The scenario and the event lists go through the scenario parser, so they
// accept exactly the keys and ranges perfuse-sim does.
#include "crisis.h"

#include <cstdio>

#include <nlohmann/json.hpp>

#include "json_read.h"
#include "readings.h"

namespace perfuse {

namespace {

using nlohmann::json;

struct Invalid {
    std::string what;
};

std::string fmt(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%g", v);
    return buf;
}

void only_keys(const json& obj, const std::string& where, std::initializer_list<const char*> allowed) {
    if (!obj.is_object()) throw Invalid{where + " must be an object"};
    for (const auto& [key, _] : obj.items()) {
        bool ok = false;
        for (const char* a : allowed) ok = ok || key == a;
        if (!ok) throw Invalid{(where.empty() ? "" : where + ": ") + "unknown key \"" + key + "\""};
    }
}

std::string string_at(const json& obj, const char* key, bool required) {
    if (!obj.contains(key)) {
        if (required) throw Invalid{std::string(key) + " is missing"};
        return "";
    }
    if (!obj.at(key).is_string()) throw Invalid{std::string(key) + " must be a string"};
    return obj.at(key).get<std::string>();
}

std::vector<std::string> strings_at(const json& obj, const char* key, bool required) {
    std::vector<std::string> out;
    if (!obj.contains(key)) {
        if (required) throw Invalid{std::string(key) + " is missing"};
        return out;
    }
    const json& v = obj.at(key);
    if (!v.is_array()) throw Invalid{std::string(key) + " must be a list of strings"};
    for (size_t i = 0; i < v.size(); ++i) {
        if (!v[i].is_string()) throw Invalid{std::string(key) + "[" + std::to_string(i) + "] must be a string"};
        out.push_back(v[i].get<std::string>());
    }
    return out;
}

double number_at(const json& obj, const char* key, double fallback, double lo, double hi) {
    if (!obj.contains(key)) return fallback;
    const json& v = obj.at(key);
    if (!v.is_number()) throw Invalid{std::string(key) + " must be a number (s)"};
    const double x = v.get<double>();
    if (x < lo || x > hi) throw Invalid{std::string(key) + " must be " + fmt(lo) + " to " + fmt(hi) + " (s)"};
    return x;
}

// An event list in the scenario schema, checked against the crisis's circuit by the scenario parser.
std::vector<scenarios::Event> events_at(const json& root, const char* key, bool required) {
    if (!root.contains(key)) {
        if (required) throw Invalid{std::string(key) + " is missing"};
        return {};
    }
    json wrapper = {{"patient", root.at("scenario").value("patient", json::object())},
                    {"circuit", root.at("scenario").at("circuit")},
                    {"events", root.at(key)}};
    scenarios::ParseResult p = scenarios::parse_scenario(wrapper.dump(), key);
    if (!p.scenario) {
        // The scenario parser says "KEY: ... events[0]...": make that "... KEY[0]...".
        std::string e = p.error.substr(std::string(key).size() + 2);
        if (const size_t at = e.find("events["); at != std::string::npos) e.replace(at, 6, key);
        throw Invalid{e};
    }
    return p.scenario->events;
}

std::vector<SafeCriterion> safe_at(const json& root) {
    if (!root.contains("safe")) throw Invalid{"safe is missing"};
    const json& list = root.at("safe");
    if (!list.is_array() || list.empty()) throw Invalid{"safe must be a non-empty list"};
    std::vector<SafeCriterion> out;
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string w = "safe[" + std::to_string(i) + "]";
        only_keys(list[i], w, {"reading", "min", "max"});
        SafeCriterion c;
        if (!list[i].contains("reading") || !list[i].at("reading").is_string()) throw Invalid{w + ".reading must be a string"};
        c.reading = list[i].at("reading").get<std::string>();
        if (find_reading(c.reading) == nullptr) throw Invalid{w + ".reading \"" + c.reading + "\" is not a console reading"};
        for (const char* k : {"min", "max"}) {
            if (!list[i].contains(k)) continue;
            if (!list[i].at(k).is_number()) throw Invalid{w + "." + k + " must be a number"};
            (std::string(k) == "min" ? c.min : c.max) = list[i].at(k).get<double>();
        }
        if (!c.min && !c.max) throw Invalid{w + " needs \"min\", \"max\" or both"};
        out.push_back(c);
    }
    return out;
}

}  // namespace

CrisisResult parse_crisis(const std::string& json_text, const std::string& file_label, const std::string& id) {
    CrisisResult r;
    try {
        json root;
        try {
            root = json::parse(json_text);
        } catch (const json::parse_error& e) {
            throw Invalid{"not valid JSON (byte " + std::to_string(e.byte) + ")"};
        } catch (const json::exception&) {  // e.g. a number too large for a double (1e999)
            throw Invalid{"not valid JSON (a number out of range)"};
        }
        only_keys(root, "", {"title", "scenario", "onset_s", "inject", "expected_alarms", "look_for", "response", "response_steps",
                             "wrong_response", "wrong_response_text", "assess_after_s", "safe", "debrief",
                             "debrief_readings", "debrief_before_s", "debrief_after_s"});
        Crisis c;
        c.id = id;
        c.title = string_at(root, "title", true);
        if (!root.contains("scenario")) throw Invalid{"scenario is missing"};
        scenarios::ParseResult sp = scenarios::parse_scenario(root.at("scenario").dump(), "scenario");
        if (!sp.scenario) throw Invalid{sp.error};
        c.scenario = *sp.scenario;
        c.onset_s = number_at(root, "onset_s", c.onset_s, 0.0, 86400.0);
        c.inject = events_at(root, "inject", true);
        c.expected_alarms = strings_at(root, "expected_alarms", false);
        c.look_for = strings_at(root, "look_for", true);
        c.response = events_at(root, "response", true);
        c.response_steps = strings_at(root, "response_steps", true);
        c.wrong_response = events_at(root, "wrong_response", false);
        c.wrong_response_text = string_at(root, "wrong_response_text", false);
        c.assess_after_s = number_at(root, "assess_after_s", c.assess_after_s, 1.0, 86400.0);
        c.safe = safe_at(root);
        c.debrief = string_at(root, "debrief", true);
        c.debrief_readings = strings_at(root, "debrief_readings", true);
        for (size_t i = 0; i < c.debrief_readings.size(); ++i) {
            if (find_reading(c.debrief_readings[i]) == nullptr) {
                throw Invalid{"debrief_readings[" + std::to_string(i) + "] \"" + c.debrief_readings[i] +
                              "\" is not a console reading"};
            }
        }
        c.debrief_before_s = number_at(root, "debrief_before_s", c.debrief_before_s, 0.0, 86400.0);
        c.debrief_after_s = number_at(root, "debrief_after_s", c.debrief_after_s, 0.0, 86400.0);
        r.crisis = std::move(c);
    } catch (const Invalid& e) {
        r.error = one_line(file_label + ": " + e.what);
    }
    return r;
}

CrisisResult load_crisis(const std::string& path) {
    const auto text = read_text_file(path);
    if (!text) return {std::nullopt, path + ": cannot be read"};
    std::string id = path.substr(path.find_last_of('/') + 1);
    if (const size_t dot = id.rfind('.'); dot != std::string::npos) id.erase(dot);
    return parse_crisis(*text, path, id);
}

}  // namespace perfuse
