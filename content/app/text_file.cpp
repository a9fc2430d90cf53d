#include "app/text_file.h"

#include <stdexcept>

#include "platform/file_io.h"

namespace perfuse {

nlohmann::json read_text_file(const std::filesystem::path& file) {
    const FileBytes bytes = read_file(file);
    if (!bytes.ok()) throw std::runtime_error(bytes.error);
    nlohmann::json json = nlohmann::json::parse(bytes.bytes.begin(), bytes.bytes.end(), nullptr, false);
    if (json.is_discarded() || !json.is_object()) throw std::runtime_error(file.string() + ": not valid JSON");
    return json;
}

std::string required_text(const nlohmann::json& object, const std::string& key, const std::filesystem::path& file,
                          const std::string& name) {
    const auto it = object.find(key);
    if (it == object.end() || !it->is_string() || it->get<std::string>().empty())
        throw std::runtime_error(file.string() + ": '" + (name.empty() ? key : name) + "' must be a non-empty string");
    return it->get<std::string>();
}

std::string fill_placeholder(std::string pattern, const std::string& key, const std::string& value) {
    if (const auto at = pattern.find(key); at != std::string::npos) pattern.replace(at, key.size(), value);
    return pattern;
}

}  // namespace perfuse
