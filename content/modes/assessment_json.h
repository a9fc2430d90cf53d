#pragma once
// An Assessment as JSON and back (embedded in the HTML report so it can be read back exactly).
#include <nlohmann/json.hpp>

#include "modes/assessment.h"

namespace perfuse::modes {

nlohmann::json assessment_to_json(const Assessment& assessment);
// Throws SaveError (json_fields.h) naming the field that is missing or of the wrong type.
Assessment assessment_from_json(const nlohmann::json& doc);

}  // namespace perfuse::modes
