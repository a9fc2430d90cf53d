#pragma once
// Reads fields from a JSON object while remembering where it is, so every complaint names the file and
// the exact field ("items[3].position_m"). The world loader's face on the shared reader
// (common/json_fields.h): the same checks and wording, plus the float and vec3 fields scenes use.
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <nlohmann/json.hpp>

#include "common/json_fields.h"
#include "world_error.h"

namespace perfuse::world {

class JsonReader {
public:
    JsonReader(const nlohmann::json& value, std::string file, std::string path = "");

    [[noreturn]] void fail(const std::string& what) const { fields_.fail(what); }
    [[noreturn]] void fail_field(const std::string& key, const std::string& what) const { fields_.fail_field(key, what); }

    bool has(const std::string& key) const { return fields_.has(key); }
    JsonReader at(const std::string& key) const;       // required member
    std::vector<JsonReader> array(const std::string& key, bool required = true) const;

    std::string string(const std::string& key) const { return fields_.text(key); }  // required, non-empty
    std::string string_or(const std::string& key, const std::string& fallback) const { return fields_.text_or(key, fallback); }
    std::vector<std::string> strings(const std::string& key) const;  // required, non-empty list of non-empty text
    float number(const std::string& key) const { return static_cast<float>(fields_.number(key)); }
    float number_or(const std::string& key, float fallback) const { return has(key) ? number(key) : fallback; }
    bool boolean_or(const std::string& key, bool fallback) const { return fields_.flag_or(key, fallback); }
    glm::vec3 vec3(const std::string& key) const;
    glm::vec3 vec3_or(const std::string& key, const glm::vec3& fallback) const;

    const nlohmann::json& value() const { return fields_.value(); }
    const std::string& file() const { return fields_.file(); }
    std::string field(const std::string& key) const { return fields_.field(key); }

private:
    json_fields::Fields fields_;
};

// Parses a JSON file; a missing file or a syntax error becomes a WorldError naming the file.
inline nlohmann::json read_json_file(const std::string& path, const std::string& display_name) {
    return json_fields::read_json_file(path, display_name);
}

}  // namespace perfuse::world
