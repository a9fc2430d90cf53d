// Parses alarm limit files. Every key is checked; an error names the file, the entry and the field.
#include "alarm_limits.h"

#include <nlohmann/json.hpp>

#include "common/json_fields.h"
#include "readings.h"

namespace perfuse {

namespace {

using json_fields::FieldError;
using json_fields::Fields;

// A rule about the alarm (not a field's type): the message names the entry itself.
[[noreturn]] void invalid(const std::string& file, const std::string& what) { throw FieldError(file, "", what); }

AlarmLimit parse_limit(const nlohmann::json& value, const std::string& file, const std::string& index_where) {
    std::string where = index_where;
    if (value.is_object() && value.contains("id") && value.at("id").is_string()) {
        where += " (" + value.at("id").get<std::string>() + ")";
    }
    const Fields j(value, file, where);
    j.only_keys({"id", "reading", "above", "below", "clear_at", "delay_s", "priority", "latching", "source", "note"});
    AlarmLimit a;
    a.id = j.text("id");
    a.reading = j.text("reading");
    if (find_reading(a.reading) == nullptr) invalid(file, where + ".reading \"" + a.reading + "\" is not a console reading");
    const bool has_above = j.has("above"), has_below = j.has("below");
    if (has_above == has_below) invalid(file, where + " needs exactly one of \"above\" or \"below\"");
    a.above = has_above;
    a.raise_at = j.number(a.above ? "above" : "below");
    a.clear_at = j.number_or("clear_at", a.raise_at);
    if (a.above ? a.clear_at > a.raise_at : a.clear_at < a.raise_at) {
        invalid(file, where + ".clear_at must be on the safe side of " + std::string(a.above ? "above" : "below") +
                          " (hysteresis)");
    }
    a.delay_s = j.number_in_or("delay_s", a.delay_s, 0.0, 3600.0, "s");
    const std::string p = j.text("priority");
    if (p == "high") a.priority = AlarmPriority::high;
    else if (p == "medium") a.priority = AlarmPriority::medium;
    else if (p == "low") a.priority = AlarmPriority::low;
    else invalid(file, where + ".priority \"" + p + "\" is not one of high, medium, low");
    a.latching = j.flag_or("latching", a.latching);
    a.source = j.text("source");
    j.text_or("note", "", Fields::Blank::allowed);  // for authors only, but it must be text
    return a;
}

}  // namespace

const char* to_string(AlarmPriority p) {
    switch (p) {
        case AlarmPriority::high: return "high";
        case AlarmPriority::medium: return "medium";
        case AlarmPriority::low: return "low";
    }
    return "?";
}

AlarmSetResult parse_alarm_set(const std::string& json_text, const std::string& file_label) {
    AlarmSetResult r;
    try {
        const nlohmann::json root = json_fields::parse_json(json_text, file_label);
        const Fields top(root, file_label);
        top.only_keys({"description", "circuit", "population", "alarms"});
        AlarmSet set;
        set.circuit = top.text("circuit");
        set.population = top.text("population");
        const nlohmann::json& list = top.list("alarms");
        for (size_t i = 0; i < list.size(); ++i) {
            AlarmLimit a = parse_limit(list[i], file_label, json_fields::index_path("alarms", i));
            for (const AlarmLimit& b : set.limits) {
                if (b.id == a.id) invalid(file_label, "alarms[" + std::to_string(i) + "] (" + a.id + ").id is used twice");
            }
            set.limits.push_back(std::move(a));
        }
        r.set = std::move(set);
    } catch (const FieldError& e) {
        r.error = e.what();
    }
    return r;
}

AlarmSetResult load_alarm_set(const std::string& path) {
    const auto text = json_fields::read_text_file(path);
    if (!text) return {std::nullopt, path + ": cannot be read"};
    return parse_alarm_set(*text, path);
}

std::string alarm_file_stem(phys::CircuitType type, const phys::PatientSpec& patient) {
    const bool child = patient.age_years < 16.0;  // the model's child/adult boundary (patient_size)
    switch (type) {
        case phys::CircuitType::cpb: return child ? "cpb_paediatric" : "cpb_adult";
        case phys::CircuitType::va_ecmo: return child ? "va_ecmo_paediatric" : "va_ecmo_adult";
        case phys::CircuitType::vv_ecmo: return child ? "vv_ecmo_paediatric" : "vv_ecmo_adult";
        case phys::CircuitType::ilp: return "ilp";
        case phys::CircuitType::none: break;
    }
    return "";
}

}  // namespace perfuse
