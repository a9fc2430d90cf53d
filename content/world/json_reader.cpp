#include "json_reader.h"

#include <cmath>

namespace perfuse::world {

JsonReader::JsonReader(const nlohmann::json& value, std::string file, std::string path)
    : fields_(value, std::move(file), std::move(path)) {}

JsonReader JsonReader::at(const std::string& key) const { return JsonReader(fields_.at(key), file(), field(key)); }

std::vector<JsonReader> JsonReader::array(const std::string& key, bool required) const {
    const nlohmann::json& items = fields_.list(key, required);
    std::vector<JsonReader> out;
    for (std::size_t i = 0; i < items.size(); ++i) out.emplace_back(items[i], file(), json_fields::index_path(field(key), i));
    return out;
}

std::vector<std::string> JsonReader::strings(const std::string& key) const {
    std::vector<std::string> out = fields_.texts(key, true, json_fields::Fields::Blank::refused);
    if (out.empty()) fail_field(key, "expected a non-empty list of text");
    return out;
}

glm::vec3 JsonReader::vec3(const std::string& key) const {
    const nlohmann::json& v = fields_.at(key);
    if (!v.is_array() || v.size() != 3) fail_field(key, "expected [x, y, z]");
    glm::vec3 out;
    for (int k = 0; k < 3; ++k) {
        if (!v[k].is_number() || !std::isfinite(v[k].get<double>())) fail_field(key, "expected [x, y, z] numbers");
        out[k] = v[k].get<float>();
    }
    return out;
}

glm::vec3 JsonReader::vec3_or(const std::string& key, const glm::vec3& fallback) const { return has(key) ? vec3(key) : fallback; }

}  // namespace perfuse::world
