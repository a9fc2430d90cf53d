#pragma once
// One error type for everything the world loader rejects. The message is one line:
// "<file>: <field path>: <what is wrong>", e.g. "theatre.json: items[3].model: unknown model 'foo'".
#include <stdexcept>
#include <string>

namespace perfuse::world {

class WorldError : public std::runtime_error {
public:
    WorldError(const std::string& file, const std::string& field, const std::string& what)
        : std::runtime_error(file + ": " + (field.empty() ? "" : field + ": ") + what) {}
};

}  // namespace perfuse::world
