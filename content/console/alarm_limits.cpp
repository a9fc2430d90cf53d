// Parses alarm limit files. Every key is checked; an error names the file, the entry and the field.
#include "alarm_limits.h"

#include <nlohmann/json.hpp>

#include "json_read.h"
#include "readings.h"

namespace perfuse {

namespace {

using nlohmann::json;

struct Invalid {
    std::string what;
};

const json& need(const json& obj, const std::string& where, const char* key) {
    if (!obj.contains(key)) throw Invalid{where + "." + key + " is missing"};
    return obj.at(key);
}

std::string need_string(const json& obj, const std::string& where, const char* key) {
    const json& v = need(obj, where, key);
    if (!v.is_string() || v.get<std::string>().empty()) throw Invalid{where + "." + key + " must be a non-empty string"};
    return v.get<std::string>();
}

double need_number(const json& obj, const std::string& where, const char* key) {
    const json& v = need(obj, where, key);
    if (!v.is_number()) throw Invalid{where + "." + key + " must be a number"};
    return v.get<double>();
}

void only_keys(const json& obj, const std::string& where, std::initializer_list<const char*> allowed) {
    if (!obj.is_object()) throw Invalid{where + " must be an object"};
    for (const auto& [key, _] : obj.items()) {
        bool ok = false;
        for (const char* a : allowed) ok = ok || key == a;
        if (!ok) throw Invalid{where + ": unknown key \"" + key + "\""};
    }
}

AlarmLimit parse_limit(const json& j, const std::string& index_where) {
    std::string where = index_where;
    if (j.is_object() && j.contains("id") && j.at("id").is_string()) where += " (" + j.at("id").get<std::string>() + ")";
    only_keys(j, where, {"id", "reading", "above", "below", "clear_at", "delay_s", "priority", "latching", "source", "note"});
    AlarmLimit a;
    a.id = need_string(j, where, "id");
    a.reading = need_string(j, where, "reading");
    if (find_reading(a.reading) == nullptr) throw Invalid{where + ".reading \"" + a.reading + "\" is not a console reading"};
    const bool has_above = j.contains("above"), has_below = j.contains("below");
    if (has_above == has_below) throw Invalid{where + " needs exactly one of \"above\" or \"below\""};
    a.above = has_above;
    a.raise_at = need_number(j, where, a.above ? "above" : "below");
    a.clear_at = j.contains("clear_at") ? need_number(j, where, "clear_at") : a.raise_at;
    if (a.above ? a.clear_at > a.raise_at : a.clear_at < a.raise_at) {
        throw Invalid{where + ".clear_at must be on the safe side of " + std::string(a.above ? "above" : "below") +
                      " (hysteresis)"};
    }
    if (j.contains("delay_s")) {
        a.delay_s = need_number(j, where, "delay_s");
        if (a.delay_s < 0.0 || a.delay_s > 3600.0) throw Invalid{where + ".delay_s must be 0 to 3600 s"};
    }
    const std::string p = need_string(j, where, "priority");
    if (p == "high") a.priority = AlarmPriority::high;
    else if (p == "medium") a.priority = AlarmPriority::medium;
    else if (p == "low") a.priority = AlarmPriority::low;
    else throw Invalid{where + ".priority \"" + p + "\" is not one of high, medium, low"};
    if (j.contains("latching")) {
        if (!j.at("latching").is_boolean()) throw Invalid{where + ".latching must be true or false"};
        a.latching = j.at("latching").get<bool>();
    }
    a.source = need_string(j, where, "source");
    if (j.contains("note") && !j.at("note").is_string()) throw Invalid{where + ".note must be a string"};
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
        json root;
        try {
            root = json::parse(json_text);
        } catch (const json::parse_error& e) {
            throw Invalid{"not valid JSON (byte " + std::to_string(e.byte) + ")"};
        } catch (const json::exception&) {  // e.g. a number too large for a double (1e999)
            throw Invalid{"not valid JSON (a number out of range)"};
        }
        only_keys(root, "top level", {"description", "circuit", "population", "alarms"});
        AlarmSet set;
        set.circuit = need_string(root, "top level", "circuit");
        set.population = need_string(root, "top level", "population");
        const json& list = need(root, "top level", "alarms");
        if (!list.is_array()) throw Invalid{"alarms must be a list"};
        for (size_t i = 0; i < list.size(); ++i) {
            AlarmLimit a = parse_limit(list[i], "alarms[" + std::to_string(i) + "]");
            for (const AlarmLimit& b : set.limits) {
                if (b.id == a.id) throw Invalid{"alarms[" + std::to_string(i) + "] (" + a.id + ").id is used twice"};
            }
            set.limits.push_back(std::move(a));
        }
        r.set = std::move(set);
    } catch (const Invalid& e) {
        r.error = one_line(file_label + ": " + e.what);
    }
    return r;
}

AlarmSetResult load_alarm_set(const std::string& path) {
    const auto text = read_text_file(path);
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
