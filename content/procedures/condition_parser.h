#pragma once
// Reading the tests in procedure and script files ("done", "when", "expect": {"mounted": ...},
// {"value": ..., "min": ...}, "all" / "any" / "not" ...) into Conditions, with one-line errors that name
// the field. Shared by the procedure and script readers.
#include <cstddef>
#include <string>

#include <nlohmann/json.hpp>

#include "json_fields.h"
#include "procedure.h"

namespace perfuse::procedures {

// "path[i]", the way errors name a list entry.
std::string at(const std::string& path, size_t i);

// Conditions nest ("all", "any", "not"); deeper than this is not a real test, and a hostile file must
// not exhaust the stack.
inline constexpr int kMaxConditionDepth = 16;

struct ConditionParser {
    FieldReader& r;
    int& next_id;  // every condition gets its own id (the "for_s" timers are kept by id)
    int depth = 0;

    Condition parse(const nlohmann::json& j, const std::string& path);
    void parse_into(Condition& c, const nlohmann::json& j, const std::string& path);
};

}  // namespace perfuse::procedures
