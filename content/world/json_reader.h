#pragma once
// Reads fields from a JSON object while remembering where it is, so every complaint names the file and
// the exact field ("items[3].position_m"). Internal to the world loader.
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <nlohmann/json.hpp>

#include "world_error.h"

namespace perfuse::world {

class JsonReader {
public:
    JsonReader(const nlohmann::json& value, std::string file, std::string path = "");

    [[noreturn]] void fail(const std::string& what) const;
    [[noreturn]] void fail_field(const std::string& key, const std::string& what) const;

    bool has(const std::string& key) const;
    JsonReader at(const std::string& key) const;       // required member
    std::vector<JsonReader> array(const std::string& key, bool required = true) const;

    std::string string(const std::string& key) const;  // required, non-empty
    std::string string_or(const std::string& key, const std::string& fallback) const;
    std::vector<std::string> strings(const std::string& key) const;  // required, non-empty list of non-empty text
    float number(const std::string& key) const;
    float number_or(const std::string& key, float fallback) const;
    bool boolean_or(const std::string& key, bool fallback) const;
    glm::vec3 vec3(const std::string& key) const;
    glm::vec3 vec3_or(const std::string& key, const glm::vec3& fallback) const;

    const nlohmann::json& value() const { return value_; }
    const std::string& file() const { return file_; }
    std::string field(const std::string& key) const { return path_.empty() ? key : path_ + "." + key; }

private:
    const nlohmann::json& value_;
    std::string file_;
    std::string path_;
};

// Parses a JSON file; a missing file or a syntax error becomes a WorldError naming the file.
nlohmann::json read_json_file(const std::string& path, const std::string& display_name);

}  // namespace perfuse::world
