#include "modes/json_fields.h"

#include <cmath>

namespace perfuse::modes {

nlohmann::json parse_save_json(const std::string& text) {
    try {
        nlohmann::json doc = nlohmann::json::parse(text);
        if (!doc.is_object()) throw SaveError("expected a JSON object at the top");
        return doc;
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann's message is long and technical; the byte offset is what helps a person.
        throw SaveError("not valid JSON (at byte " + std::to_string(e.byte) + ")");
    }
}

void read_field(const nlohmann::json& obj, const std::string& key, bool& out) {
    const auto it = obj.find(key);
    if (it == obj.end()) return;
    if (!it->is_boolean()) throw SaveError(key + ": expected true or false");
    out = it->get<bool>();
}

void read_field(const nlohmann::json& obj, const std::string& key, float& out) {
    const auto it = obj.find(key);
    if (it == obj.end()) return;
    if (!it->is_number() || !std::isfinite(it->get<double>())) throw SaveError(key + ": expected a number");
    out = float(it->get<double>());
}

void read_field(const nlohmann::json& obj, const std::string& key, int& out) {
    const auto it = obj.find(key);
    if (it == obj.end()) return;
    if (!it->is_number_integer()) throw SaveError(key + ": expected a whole number");
    const auto value = it->get<long long>();
    if (value < -1000000000LL || value > 1000000000LL) throw SaveError(key + ": number out of range");
    out = int(value);
}

void read_field(const nlohmann::json& obj, const std::string& key, std::string& out) {
    const auto it = obj.find(key);
    if (it == obj.end()) return;
    if (!it->is_string()) throw SaveError(key + ": expected text");
    out = it->get<std::string>();
}

int read_version(const nlohmann::json& doc, int supported) {
    const auto it = doc.find("version");
    if (it == doc.end()) throw SaveError("version: missing");
    if (!it->is_number_integer() || it->get<long long>() < 1) throw SaveError("version: expected a whole number from 1");
    const long long version = it->get<long long>();
    if (version > supported)
        throw SaveError("version " + std::to_string(version) + " is newer than this Perfuse understands (" +
                        std::to_string(supported) + ")");
    return int(version);
}

}  // namespace perfuse::modes
