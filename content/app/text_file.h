#pragma once
// The app's text files (assets/ui, assets/assembly/panel_en.json): one JSON object of user-facing
// words. Shared checks, so every such file fails with the same one-line message.
#include <filesystem>
#include <string>

#include <nlohmann/json.hpp>

namespace perfuse {

// The file's top-level object; throws std::runtime_error with the read error, or "FILE: not valid JSON".
nlohmann::json read_text_file(const std::filesystem::path& file);
// OBJECT[KEY] as non-empty text; else throws "FILE: 'NAME' must be a non-empty string", NAME being
// how the field is named in the message (KEY when empty).
std::string required_text(const nlohmann::json& object, const std::string& key, const std::filesystem::path& file,
                          const std::string& name = {});

// PATTERN with its placeholder KEY (e.g. "{done}") replaced by VALUE; a pattern without it is kept as it is
// (a translation may leave a number out).
std::string fill_placeholder(std::string pattern, const std::string& key, const std::string& value);

}  // namespace perfuse
