// Cause rules (see causes.h).
#include "causes.h"

#include <functional>
#include <map>

#include <nlohmann/json.hpp>

#include "common/json_fields.h"

namespace perfuse {

namespace {

using json_fields::Fields;
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
    // A rule about the cause (not a field's type): the message names the entry itself.
    auto invalid = [&](const std::string& what) { throw json_fields::FieldError(file_label, "", what); };
    try {
        const json root = json_fields::parse_json(json_text, file_label);
        CauseRules rules;
        const std::vector<Fields> causes = Fields(root, file_label).objects("causes");
        for (const Fields& j : causes) {
            const std::string& w = j.path();
            j.only_keys({"reading", "fault", "detector", "setting", "text"});
            CauseRule r;
            r.reading = j.text("reading", Fields::Blank::allowed);
            r.text = j.text("text", Fields::Blank::allowed);
            if (find_reading(r.reading) == nullptr) invalid(w + ".reading \"" + r.reading + "\" is not a console reading");
            int kinds = 0;
            for (const char* k : {"fault", "detector", "setting"}) {
                if (!j.has(k)) continue;
                ++kinds;
                r.kind = k;
                r.name = j.text(k, Fields::Blank::allowed);
            }
            if (kinds != 1) invalid(w + " needs exactly one of \"fault\", \"detector\" or \"setting\"");
            if (r.kind == "fault" && !phys::fault_from_string(r.name)) invalid(w + ".fault \"" + r.name + "\" is not a known fault");
            if (r.kind == "detector" && find_reading(r.name) == nullptr) {
                invalid(w + ".detector \"" + r.name + "\" is not a console reading");
            }
            if (r.kind == "setting" && setting_conditions().count(r.name) == 0) {
                invalid(w + ".setting \"" + r.name + "\" is not a setting condition");
            }
            rules.rules.push_back(std::move(r));
        }
        out.rules = std::move(rules);
    } catch (const json_fields::FieldError& e) {
        out.error = e.what();
    }
    return out;
}

CauseRulesResult load_cause_rules(const std::string& path) {
    const auto text = json_fields::read_text_file(path);
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
