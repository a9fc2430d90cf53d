#pragma once
// Reading one action of a procedure's autoplay or a script ({"do": "connect", "a": ..., "b": ...}).
#include <string>

#include <nlohmann/json.hpp>

#include "condition_parser.h"

namespace perfuse::procedures {

Action parse_action(FieldReader& r, ConditionParser& cp, const nlohmann::json& j, const std::string& path);

}  // namespace perfuse::procedures
