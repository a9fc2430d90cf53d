#pragma once
// One error type for everything the world loader rejects: the shared data-file error
// (common/json_fields.h). The message is one line: "<file>: <field path>: <what is wrong>",
// e.g. "theatre.json: items[3].model: unknown model 'foo'".
#include "common/json_fields.h"

namespace perfuse::world {

using WorldError = json_fields::FieldError;

}  // namespace perfuse::world
