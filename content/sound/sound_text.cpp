#include "sound/sound_text.h"

#include <fstream>
#include <sstream>
#include <stdexcept>

#include <nlohmann/json.hpp>

namespace perfuse {

namespace {
using nlohmann::json;

std::string text_of(const json& j, const char* key, const std::string& where) {
    const auto it = j.find(key);
    if (it == j.end() || !it->is_string() || it->get<std::string>().empty())
        throw std::runtime_error(where + ": \"" + key + "\": expected some text");
    return it->get<std::string>();
}
}  // namespace

SoundText load_sound_text(const std::filesystem::path& file) {
    const std::string name = file.string();
    std::ifstream in(file, std::ios::binary);
    if (!in) throw std::runtime_error(name + ": file not found");
    std::stringstream content;
    content << in.rdbuf();
    const json j = json::parse(content.str(), nullptr, false);
    if (j.is_discarded() || !j.is_object()) throw std::runtime_error(name + ": not a JSON object");
    SoundText t;
    std::string* fields[] = {&t.caption_skip, &t.caption_replay, &t.keys_hint, &t.settings_title,
                             &t.muted,        &t.reading_speed,  &t.voice,     &t.no_sound};
    const char* keys[] = {"caption_skip", "caption_replay", "keys_hint", "settings_title",
                          "muted",        "reading_speed",  "voice",     "no_sound"};
    for (std::size_t i = 0; i < std::size(keys); ++i) *fields[i] = text_of(j, keys[i], name);
    const auto voices = j.find("voices");
    if (voices == j.end() || !voices->is_array() || voices->empty())
        throw std::runtime_error(name + ": \"voices\": expected a list of {\"id\", \"name\"}");
    for (std::size_t i = 0; i < voices->size(); ++i) {
        const std::string where = name + ": voices[" + std::to_string(i) + "]";
        if (!(*voices)[i].is_object()) throw std::runtime_error(where + ": expected {\"id\", \"name\"}");
        t.voices.push_back({text_of((*voices)[i], "id", where), text_of((*voices)[i], "name", where)});
    }
    return t;
}

}  // namespace perfuse
