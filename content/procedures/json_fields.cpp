#include "json_fields.h"

#include "common/json_fields.h"

namespace perfuse::procedures {

namespace {
using json_fields::Fields;

const nlohmann::json& empty_array() {
    static const nlohmann::json a = nlohmann::json::array();
    return a;
}
}  // namespace

std::string printable_line(const std::string& text) { return json_fields::one_line(text); }

template <class Read, class Value>
Value FieldReader::guarded(Read read, Value fallback) {
    if (failed()) return fallback;
    try {
        return read();
    } catch (const json_fields::FieldError& e) {
        error_ = e.what();
        return fallback;
    }
}

void FieldReader::fail(const std::string& path, const std::string& what) {
    if (error_.empty()) error_ = json_fields::error_line(file_, path, what);
}

const nlohmann::json* FieldReader::field(const nlohmann::json& obj, const std::string& path, const char* key,
                                         bool required) {
    return guarded(
        [&]() -> const nlohmann::json* {
            const Fields f(obj, file_, path);
            return required || f.has(key) ? &f.at(key) : nullptr;
        },
        static_cast<const nlohmann::json*>(nullptr));
}

std::string FieldReader::text(const nlohmann::json& obj, const std::string& path, const char* key, bool required,
                              std::string fallback) {
    return guarded(
        [&] {
            const Fields f(obj, file_, path);
            return required ? f.text(key) : f.text_or(key, fallback, Fields::Blank::allowed);
        },
        fallback);
}

double FieldReader::number(const nlohmann::json& obj, const std::string& path, const char* key, bool required,
                           double fallback, double min, double max) {
    return guarded(
        [&] {
            const Fields f(obj, file_, path);
            return required ? f.number_in(key, min, max) : f.number_in_or(key, fallback, min, max);
        },
        fallback);
}

bool FieldReader::flag(const nlohmann::json& obj, const std::string& path, const char* key, bool fallback) {
    return guarded([&] { return Fields(obj, file_, path).flag_or(key, fallback); }, fallback);
}

std::vector<std::string> FieldReader::texts(const nlohmann::json& obj, const std::string& path, const char* key) {
    return guarded([&] { return Fields(obj, file_, path).texts(key, false); }, std::vector<std::string>{});
}

const nlohmann::json& FieldReader::array(const nlohmann::json& obj, const std::string& path, const char* key,
                                         bool required) {
  const nlohmann::json* list =
      guarded([&] { return &Fields(obj, file_, path).list(key, required); }, &empty_array());
    return *list;
}

std::optional<nlohmann::json> parse_json_text(const std::string& text, const std::string& file, std::string& error) {
    try {
        return json_fields::parse_json(text, file);
    } catch (const json_fields::FieldError& e) {
        error = e.what();
        return std::nullopt;
    }
}

std::optional<std::string> read_text_file(const std::string& path, std::string& error) {
    std::optional<std::string> text = json_fields::read_text_file(path);
    if (!text) error = path + ": cannot be read (missing file?)";
    return text;
}

std::string file_name_of(const std::string& path) {
    const auto slash = path.find_last_of('/');
    return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace perfuse::procedures
