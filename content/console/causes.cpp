// Cause rules (see causes.h).
#include "causes.h"

#include <functional>
#include <map>

#include <nlohmann/json.hpp>

#include "json_read.h"

namespace perfuse {

namespace {

using nlohmann::json;
using SettingTest = std::function<bool(const phys::Settings&)>;

const std::map<std::string, SettingTest>& setting_conditions() {
    static const std::map<std::string, SettingTest> kConditions = {
        {"arterial_clamp", [](const phys::Settings& s) { return s.arterial_clamp; }},
        {"venous_clamp", [](const phys::Settings& s) { return s.venous_clamp; }},
        {"tourniquet_loose", [](const phys::Settings& s) { return s.tourniquet == phys::Tourniquet::loose; }},
        {"bubble_detector_off", [](const phys::Settings& s) { return !s.bubble_detector; }},
        {"level_detector_off", [](const phys::Settings& s) { return !s.level_detector; }},
        {"cardioplegia_running", [](const phys::Settings& s) { return s.cardioplegia_ml_min > 0.0; }},
        {"hand_cranking", [](const phys::Settings& s) { return s.hand_crank_rpm > 0.0; }},
        {"haemofilter_running", [](const phys::Settings& s) { return s.haemofilter_ml_min > 0.0; }},
        {"ventilator_off", [](const phys::Settings& s) { return !s.ventilated; }},
    };
    return kConditions;
}

bool holds(const CauseRule& r, const phys::Simulation& sim, const Readings& now) {
    if (r.kind == "fault") {
        const auto f = phys::fault_from_string(r.name);
        return f && sim.fault_active(*f);
    }
    if (r.kind == "detector") {
        const ReadingField* f = find_reading(r.name);
        const auto v = f != nullptr ? value_of(now, *f) : std::nullopt;
        return v && *v > 0.5;
    }
    const auto& c = setting_conditions();
    const auto it = c.find(r.name);
    return it != c.end() && it->second(sim.settings());
}

}  // namespace

std::vector<std::string> setting_condition_names() {
    std::vector<std::string> out;
    for (const auto& [name, _] : setting_conditions()) out.push_back(name);
    return out;
}

CauseRulesResult parse_cause_rules(const std::string& json_text, const std::string& file_label) {
    CauseRulesResult out;
    auto fail = [&](const std::string& what) {
        out.error = one_line(file_label + ": " + what);
        return out;
    };
    json root;
    try {
        root = json::parse(json_text);
    } catch (const json::parse_error& e) {
        return fail("not valid JSON (byte " + std::to_string(e.byte) + ")");
    } catch (const json::exception&) {  // e.g. a number too large for a double (1e999)
        return fail("not valid JSON (a number out of range)");
    }
    if (!root.is_object() || !root.contains("causes") || !root.at("causes").is_array()) {
        return fail("causes must be a list");
    }
    CauseRules rules;
    const json& list = root.at("causes");
    for (size_t i = 0; i < list.size(); ++i) {
        const std::string w = "causes[" + std::to_string(i) + "]";
        const json& j = list[i];
        if (!j.is_object()) return fail(w + " must be an object");
        for (const auto& [key, _] : j.items()) {
            if (key != "reading" && key != "fault" && key != "detector" && key != "setting" && key != "text") {
                return fail(w + ": unknown key \"" + key + "\"");
            }
        }
        CauseRule r;
        for (const char* k : {"reading", "text"}) {
            if (!j.contains(k) || !j.at(k).is_string()) return fail(w + "." + k + " must be a string");
        }
        r.reading = j.at("reading").get<std::string>();
        r.text = j.at("text").get<std::string>();
        if (find_reading(r.reading) == nullptr) return fail(w + ".reading \"" + r.reading + "\" is not a console reading");
        int kinds = 0;
        for (const char* k : {"fault", "detector", "setting"}) {
            if (!j.contains(k)) continue;
            ++kinds;
            if (!j.at(k).is_string()) return fail(w + "." + k + " must be a string");
            r.kind = k;
            r.name = j.at(k).get<std::string>();
        }
        if (kinds != 1) return fail(w + " needs exactly one of \"fault\", \"detector\" or \"setting\"");
        if (r.kind == "fault" && !phys::fault_from_string(r.name)) return fail(w + ".fault \"" + r.name + "\" is not a known fault");
        if (r.kind == "detector" && find_reading(r.name) == nullptr) {
            return fail(w + ".detector \"" + r.name + "\" is not a console reading");
        }
        if (r.kind == "setting" && setting_conditions().count(r.name) == 0) {
            return fail(w + ".setting \"" + r.name + "\" is not a setting condition");
        }
        rules.rules.push_back(std::move(r));
    }
    out.rules = std::move(rules);
    return out;
}

CauseRulesResult load_cause_rules(const std::string& path) {
    const auto text = read_text_file(path);
    if (!text) return {std::nullopt, path + ": cannot be read"};
    return parse_cause_rules(*text, path);
}

std::optional<std::string> cause_of(const CauseRules& rules, const std::string& reading, const phys::Simulation& sim,
                                    const Readings& now) {
    for (const CauseRule& r : rules.rules) {
        if (r.reading == reading && holds(r, sim, now)) return r.text;
    }
    return std::nullopt;
}

}  // namespace perfuse
