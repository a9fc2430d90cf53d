#include "modes/json_fields.h"

#include "common/json_fields.h"

namespace perfuse::modes {

namespace {
using json_fields::Fields;

// Runs READ, a shared-reader check with no file name (the caller adds the save file's path), and
// turns its complaint into this module's SaveError.
template <class Read>
void as_save_error(Read read) {
    try {
        read();
    } catch (const json_fields::FieldError& e) {
        throw SaveError(e.what());
    }
}
}  // namespace

nlohmann::json parse_save_json(const std::string& text) {
    nlohmann::json doc;
    as_save_error([&] { doc = json_fields::parse_json(text, ""); });
    if (!doc.is_object()) throw SaveError("expected a JSON object at the top");
    return doc;
}

// A member of something that is not an object counts as absent, as nlohmann's find() has it: the
// caller checks the shape of the parts it needs.
void read_field(const nlohmann::json& obj, const std::string& key, bool& out) {
    if (obj.is_object()) as_save_error([&] { out = Fields(obj, "").flag_or(key, out); });
}

void read_field(const nlohmann::json& obj, const std::string& key, float& out) {
    if (obj.is_object()) as_save_error([&] { out = float(Fields(obj, "").number_or(key, out)); });
}

void read_field(const nlohmann::json& obj, const std::string& key, int& out) {
    if (!obj.is_object()) return;
    as_save_error([&] {
        const Fields f(obj, "");
        if (!f.has(key)) return;
        const long long value = f.whole_number(key);
        if (value < -1000000000LL || value > 1000000000LL) f.fail_field(key, "number out of range");
        out = int(value);
    });
}

void read_field(const nlohmann::json& obj, const std::string& key, std::string& out) {
    if (obj.is_object()) as_save_error([&] { out = Fields(obj, "").text_or(key, out, Fields::Blank::allowed); });
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
