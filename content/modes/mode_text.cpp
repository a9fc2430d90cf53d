#include "modes/mode_text.h"

#include "world/json_reader.h"

namespace perfuse::modes {

namespace {
void flatten(const world::JsonReader& r, const std::string& prefix, ModeText& text) {
    for (const auto& [key, value] : r.value().items()) {
        if (!key.empty() && key[0] == '_') continue;  // "_about" and other notes for authors
        const std::string name = prefix.empty() ? key : prefix + "." + key;
        if (value.is_string()) {
            text.entries[name] = value.get<std::string>();
        } else if (value.is_object()) {
            flatten(r.at(key), name, text);
        } else if (value.is_array()) {
            text.lists[name] = r.strings(key);
        } else {
            r.fail_field(key, "expected text, a list of text or a group");
        }
    }
}
}  // namespace

const std::string& ModeText::operator()(const std::string& key) const {
    const auto it = entries.find(key);
    return it == entries.end() ? key : it->second;
}

const std::vector<std::string>& ModeText::list(const std::string& key) const {
    static const std::vector<std::string> none;
    const auto it = lists.find(key);
    return it == lists.end() ? none : it->second;
}

std::string ModeText::format(const std::string& key, const std::vector<std::string>& args) const {
    std::string out = (*this)(key);
    std::size_t from = 0;
    for (const std::string& arg : args) {
        const std::size_t at = out.find("{}", from);
        if (at == std::string::npos) break;
        out.replace(at, 2, arg);
        from = at + arg.size();
    }
    return out;
}

ModeText load_mode_text(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const nlohmann::json doc = world::read_json_file(file.string(), name);
    const world::JsonReader r(doc, name);
    if (!doc.is_object()) r.fail("expected a JSON object at the top");
    ModeText text;
    flatten(r, "", text);
    return text;
}

}  // namespace perfuse::modes
