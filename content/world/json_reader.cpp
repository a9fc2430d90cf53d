#include "json_reader.h"

#include <cmath>
#include <fstream>

namespace perfuse::world {
namespace {
// Text of nothing but spaces counts as missing: a card with "" or " " would show an empty panel.
bool blank(const std::string& s) { return s.find_first_not_of(" \t\n") == std::string::npos; }
}  // namespace

JsonReader::JsonReader(const nlohmann::json& value, std::string file, std::string path)
    : value_(value), file_(std::move(file)), path_(std::move(path)) {
    if (!value_.is_object()) fail("expected an object");
}

void JsonReader::fail(const std::string& what) const { throw WorldError(file_, path_, what); }
void JsonReader::fail_field(const std::string& key, const std::string& what) const { throw WorldError(file_, field(key), what); }

bool JsonReader::has(const std::string& key) const { return value_.contains(key); }

JsonReader JsonReader::at(const std::string& key) const {
    if (!has(key)) fail_field(key, "missing");
    return JsonReader(value_.at(key), file_, field(key));
}

std::vector<JsonReader> JsonReader::array(const std::string& key, bool required) const {
    std::vector<JsonReader> out;
    if (!has(key)) {
        if (required) fail_field(key, "missing");
        return out;
    }
    const nlohmann::json& a = value_.at(key);
    if (!a.is_array()) fail_field(key, "expected an array");
    for (std::size_t i = 0; i < a.size(); ++i) out.emplace_back(a[i], file_, field(key) + "[" + std::to_string(i) + "]");
    return out;
}

std::string JsonReader::string(const std::string& key) const {
    if (!has(key)) fail_field(key, "missing");
    const nlohmann::json& v = value_.at(key);
    if (!v.is_string()) fail_field(key, "expected text");
    std::string s = v.get<std::string>();
    if (blank(s)) fail_field(key, "is empty");
    return s;
}

std::string JsonReader::string_or(const std::string& key, const std::string& fallback) const {
    return has(key) ? string(key) : fallback;
}

std::vector<std::string> JsonReader::strings(const std::string& key) const {
    if (!has(key)) fail_field(key, "missing");
    const nlohmann::json& a = value_.at(key);
    if (!a.is_array() || a.empty()) fail_field(key, "expected a non-empty list of text");
    std::vector<std::string> out;
    for (std::size_t i = 0; i < a.size(); ++i) {
        const std::string field_i = key + "[" + std::to_string(i) + "]";
        if (!a[i].is_string() || blank(a[i].get<std::string>()))
            fail_field(field_i, "expected non-empty text");
        out.push_back(a[i].get<std::string>());
    }
    return out;
}

float JsonReader::number(const std::string& key) const {
    if (!has(key)) fail_field(key, "missing");
    const nlohmann::json& v = value_.at(key);
    if (!v.is_number()) fail_field(key, "expected a number");
    const double d = v.get<double>();
    if (!std::isfinite(d)) fail_field(key, "not a finite number");
    return static_cast<float>(d);
}

float JsonReader::number_or(const std::string& key, float fallback) const { return has(key) ? number(key) : fallback; }

bool JsonReader::boolean_or(const std::string& key, bool fallback) const {
    if (!has(key)) return fallback;
    const nlohmann::json& v = value_.at(key);
    if (!v.is_boolean()) fail_field(key, "expected true or false");
    return v.get<bool>();
}

glm::vec3 JsonReader::vec3(const std::string& key) const {
    if (!has(key)) fail_field(key, "missing");
    const nlohmann::json& v = value_.at(key);
    if (!v.is_array() || v.size() != 3) fail_field(key, "expected [x, y, z]");
    glm::vec3 out;
    for (int k = 0; k < 3; ++k) {
        if (!v[k].is_number() || !std::isfinite(v[k].get<double>())) fail_field(key, "expected [x, y, z] numbers");
        out[k] = v[k].get<float>();
    }
    return out;
}

glm::vec3 JsonReader::vec3_or(const std::string& key, const glm::vec3& fallback) const { return has(key) ? vec3(key) : fallback; }

nlohmann::json read_json_file(const std::string& path, const std::string& display_name) {
    std::ifstream in(path);
    if (!in) throw WorldError(display_name, "", "cannot open " + path);
    try {
        return nlohmann::json::parse(in);
    } catch (const nlohmann::json::exception& e) {
        // Not only parse_error: a number too big for a double (1e999) is an out_of_range, which escaped
        // as a bare nlohmann exception without the file name (found by tests/fuzz). nlohmann's message
        // names the byte position.
        throw WorldError(display_name, "", std::string("invalid JSON: ") + e.what());
    }
}

}  // namespace perfuse::world
