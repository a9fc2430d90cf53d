#include "condition_parser.h"

#include <algorithm>

#include "workbench.h"

namespace perfuse::procedures {

using nlohmann::json;

std::string at(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

Condition ConditionParser::parse(const json& j, const std::string& path) {
    Condition c;
    c.id = next_id++;
    if (depth >= kMaxConditionDepth) {
        r.fail(path, "tests are nested more than " + std::to_string(kMaxConditionDepth) + " deep");
        return c;
    }
    ++depth;
    parse_into(c, j, path);
    --depth;
    return c;
}

void ConditionParser::parse_into(Condition& c, const json& j, const std::string& path) {
    if (!j.is_object()) {
        r.fail(path, "expected an object such as {\"mounted\": \"reservoir\"}");
        return;
    }
    static const std::vector<std::pair<const char*, ConditionKind>> kinds{
        {"mounted", ConditionKind::mounted},     {"in_use", ConditionKind::in_use},
        {"joined", ConditionKind::joined},       {"linked", ConditionKind::linked},
        {"clamped", ConditionKind::clamped},     {"unclamped", ConditionKind::unclamped},
        {"primed", ConditionKind::primed},       {"air_free", ConditionKind::air_free},
        {"de_aired", ConditionKind::de_aired},   {"setting", ConditionKind::setting},
        {"value", ConditionKind::value},         {"returns_to_patient", ConditionKind::returns_to_patient},
        {"drains_patient", ConditionKind::drains_patient}, {"step_done", ConditionKind::step_done},
        {"all", ConditionKind::all},             {"any", ConditionKind::any},
        {"not", ConditionKind::negate}};
    const char* found = nullptr;
    for (const auto& [key, kind] : kinds) {
        if (!j.contains(key)) continue;
        if (found != nullptr) {
            r.fail(path, std::string("has both \"") + found + "\" and \"" + key + "\"; use \"all\" to combine");
            return;
        }
        found = key;
        c.kind = kind;
    }
    if (found == nullptr) {
      r.fail(path, "names no test (mounted, joined, linked, clamped, unclamped, primed, air_free, de_aired, setting, "
               "value, returns_to_patient, drains_patient, step_done, all, any, not)");
        return;
    }
    const std::string sub = path + "." + found;
    const json& v = j.at(found);
    switch (c.kind) {
        case ConditionKind::joined:
        case ConditionKind::linked:
            if (!v.is_array() || v.size() != 2 || !v[0].is_string() || !v[1].is_string()) {
                r.fail(sub, "expected two ports, [\"item.port\", \"item.port\"]");
                return;
            }
            c.a = v[0].get<std::string>();
            c.b = v[1].get<std::string>();
            break;
        case ConditionKind::primed:
        case ConditionKind::air_free:
        case ConditionKind::returns_to_patient:
        case ConditionKind::drains_patient:
          if (!v.is_boolean()) { r.fail(sub, "expected true or false"); return; }
            c.flag = v.get<bool>();
            break;
        case ConditionKind::all:
        case ConditionKind::any:
          if (!v.is_array() || v.empty()) { r.fail(sub, "expected a non-empty list of tests"); return; }
            for (size_t i = 0; i < v.size(); ++i) c.children.push_back(parse(v[i], at(sub, i)));
            break;
        case ConditionKind::negate:
            c.children.push_back(parse(v, sub));
            break;
        default:
          if (!v.is_string() || v.get<std::string>().empty()) { r.fail(sub, "expected a name"); return; }
            c.a = v.get<std::string>();
            break;
    }
    if (c.kind == ConditionKind::value &&
        std::find(value_names().begin(), value_names().end(), c.a) == value_names().end()) {
        r.fail(sub, "unknown value name \"" + c.a + "\"");
    }
    if (c.kind == ConditionKind::setting && circuits::find_control(c.a) == nullptr) {
        r.fail(sub, "unknown control \"" + c.a + "\"");
    }
    if (j.contains("min")) c.min = r.number(j, path, "min", false, 0.0, -1e9, 1e9);
    if (j.contains("max")) c.max = r.number(j, path, "max", false, 0.0, -1e9, 1e9);
    if (c.kind == ConditionKind::mounted) c.b = r.text(j, path, "at", false);
    c.for_s = r.number(j, path, "for_s", false, 0.0, 0.0, 86400.0);
}

}  // namespace perfuse::procedures
