#include "app/console_text.h"

#include <nlohmann/json.hpp>

#include "platform/file_io.h"

namespace perfuse {

namespace {
const std::string& lookup(const std::map<std::string, std::string>& m, const std::string& key) {
    const auto it = m.find(key);
    return it == m.end() ? key : it->second;
}

using Json = nlohmann::json;

// Reads an object of strings; throws a message naming the key on a wrong type.
std::map<std::string, std::string> strings_of(const Json& root, const char* key) {
    std::map<std::string, std::string> out;
    if (!root.contains(key)) throw std::runtime_error(std::string(key) + ": missing");
    const Json& obj = root.at(key);
    if (!obj.is_object()) throw std::runtime_error(std::string(key) + ": must be an object of texts");
    for (const auto& [k, v] : obj.items()) {
        if (!v.is_string()) throw std::runtime_error(std::string(key) + "." + k + ": must be text");
        out[k] = v.get<std::string>();
    }
    return out;
}

std::map<std::string, ReadingLabel> readings_of(const Json& root) {
    std::map<std::string, ReadingLabel> out;
    if (!root.contains("readings") || !root.at("readings").is_object())
        throw std::runtime_error("readings: missing or not an object");
    for (const auto& [k, v] : root.at("readings").items()) {
        if (!v.is_object() || !v.contains("label") || !v.at("label").is_string() || !v.contains("unit") ||
            !v.at("unit").is_string())
            throw std::runtime_error("readings." + k + ": needs \"label\" and \"unit\" texts");
        out[k] = {v.at("label").get<std::string>(), v.at("unit").get<std::string>()};
    }
    return out;
}
}  // namespace

const std::string& ConsoleText::operator[](const std::string& key) const { return lookup(text, key); }
const std::string& ConsoleText::alarm(const std::string& id) const { return lookup(alarms, id); }
const std::string& ConsoleText::fault(const std::string& name) const { return lookup(faults, name); }

const ReadingLabel& ConsoleText::reading(const std::string& name) const {
    static thread_local ReadingLabel missing;
    const auto it = readings.find(name);
    if (it != readings.end()) return it->second;
    missing = {name, ""};
    return missing;
}

ConsoleTextResult parse_console_text(const std::string& json_text, const std::string& file_label) {
    ConsoleTextResult result;
    try {
        const Json root = Json::parse(json_text);
        if (!root.is_object()) throw std::runtime_error("must be a JSON object");
        ConsoleText& t = result.text;
        t.text = strings_of(root, "text");
        t.alarms = strings_of(root, "alarms");
        t.faults = strings_of(root, "faults");
        t.heart_states = strings_of(root, "heart_states");
        t.lung_states = strings_of(root, "lung_states");
        t.readings = readings_of(root);
        if (!root.contains("shortcuts") || !root.at("shortcuts").is_array())
            throw std::runtime_error("shortcuts: missing or not a list");
        for (const Json& line : root.at("shortcuts")) {
            if (!line.is_string()) throw std::runtime_error("shortcuts: every entry must be text");
            t.shortcuts.push_back(line.get<std::string>());
        }
    } catch (const std::exception& e) {
        result.text = {};
        result.error = file_label + ": " + e.what();
    }
    return result;
}

ConsoleTextResult load_console_text(const std::filesystem::path& file) {
    const FileBytes bytes = read_file(file);
    if (!bytes.error.empty()) return {{}, bytes.error};
    return parse_console_text(std::string(bytes.bytes.begin(), bytes.bytes.end()), file.string());
}

}  // namespace perfuse
