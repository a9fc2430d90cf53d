#pragma once
// Reading JSON objects field by field with a path for errors ("steps[3].done.value"). The first
// problem is kept; later reads return defaults, so a loader reads on and reports that one line.
// The checks and their wording are the shared reader's (common/json_fields.h).
#include <optional>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

namespace perfuse::procedures {

class FieldReader {
public:
    explicit FieldReader(std::string file) : file_(std::move(file)) {}

    bool failed() const { return !error_.empty(); }
    const std::string& error() const { return error_; }
    void fail(const std::string& path, const std::string& what);
    // A field is "missing" when absent or null.

    const nlohmann::json* field(const nlohmann::json& obj, const std::string& path, const char* key, bool required);
    std::string text(const nlohmann::json& obj, const std::string& path, const char* key, bool required,
                     std::string fallback = {});
    double number(const nlohmann::json& obj, const std::string& path, const char* key, bool required, double fallback,
                  double min, double max);
    bool flag(const nlohmann::json& obj, const std::string& path, const char* key, bool fallback);
    std::vector<std::string> texts(const nlohmann::json& obj, const std::string& path, const char* key);
    // The array at key (empty when absent and not required, or on error).
    const nlohmann::json& array(const nlohmann::json& obj, const std::string& path, const char* key, bool required);

private:
    // Runs READ (a shared-reader check) unless a problem was found already; a FieldError it throws
    // becomes this reader's problem and FALLBACK is returned.
    template <class Read, class Value>
    Value guarded(Read read, Value fallback);

    std::string file_;
    std::string error_;
};

// One printable line: control characters escaped (\n -> \x0a), cut to a readable length. Errors quote
// names from the file, which may hold anything.
std::string printable_line(const std::string& text);

// Parses text; on a syntax error fills `error` with "file: not valid JSON (line L, column C)".
std::optional<nlohmann::json> parse_json_text(const std::string& text, const std::string& file, std::string& error);
// Reads a whole file; error "file: cannot be read" when it cannot.
std::optional<std::string> read_text_file(const std::string& path, std::string& error);
std::string file_name_of(const std::string& path);

}  // namespace perfuse::procedures
