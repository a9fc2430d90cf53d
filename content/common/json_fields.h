#pragma once
// Reading the JSON data files under assets/ and the save files: one place that says what is wrong with
// a file in one line, "<file>: <field path>: <what is wrong>", e.g.
// "theatre.json: items[3].position_m: expected [x, y, z]". The world, modes, procedures and console
// loaders all read through it, so a content author sees the same wording whichever file is broken.
#include <cstddef>
#include <initializer_list>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include <nlohmann/json.hpp>

namespace perfuse::json_fields {

// The whole text of a file, or nothing when it cannot be read.
std::optional<std::string> read_text_file(const std::string& path);

// MESSAGE made safe to print as one line: control characters (a newline inside a JSON key, say) become
// \n, \t or \xNN escapes, and a very long message is cut with "...".
std::string one_line(const std::string& message);

// "a.b" (or "b" at the top), "a[3]".
std::string member_path(const std::string& path, std::string_view key);
std::string index_path(const std::string& path, std::size_t index);

// "<file>: <field>: <what>" as one line; an empty file or field is left out with its colon.
std::string error_line(const std::string& file, const std::string& field, const std::string& what);

// One thing wrong with a data file; what() is error_line(file, field, what).
class FieldError : public std::runtime_error {
public:
    FieldError(const std::string& file, const std::string& field, const std::string& what);
    const std::string& file() const { return file_; }
    const std::string& field() const { return field_; }
    const std::string& problem() const { return problem_; }  // the <what> part alone

private:
    std::string file_;
    std::string field_;
    std::string problem_;
};

// Parses TEXT; a syntax error throws FieldError(FILE, "", "not valid JSON (line L, column C)").
nlohmann::json parse_json(const std::string& text, const std::string& file);
// Reads and parses the file at PATH, named FILE in errors (often the name alone); "cannot be read" when
// it cannot, with the whole PATH when FILE is shorter.
nlohmann::json read_json_file(const std::string& path, const std::string& file);

// The members of one JSON object, read with their types checked. Every problem throws FieldError
// naming the file and the member's full path. Absent and null members count as missing.
class Fields {
public:
    // Throws "expected an object" when VALUE is not one.
    Fields(const nlohmann::json& value, std::string file, std::string path = "");

    [[noreturn]] void fail(const std::string& what) const;  // about the object itself
    [[noreturn]] void fail_field(std::string_view key, const std::string& what) const;

    bool has(std::string_view key) const;
    const nlohmann::json& at(std::string_view key) const;  // required, any type
    Fields object(std::string_view key) const;              // required object
    // The elements of a list (empty when absent and not REQUIRED).
    const nlohmann::json& list(std::string_view key, bool required = true) const;
    std::vector<Fields> objects(std::string_view key, bool required = true) const;  // a list of objects

    // Text of only spaces is refused where it would show an empty panel; a few optional fields allow it.
    enum class Blank { refused, allowed };
    std::string text(std::string_view key, Blank blank = Blank::refused) const;  // required
    std::string text_or(std::string_view key, const std::string& fallback, Blank blank = Blank::refused) const;
    // A list of text (empty when absent and not REQUIRED); an entry is refused when it is not text, or
    // blank when BLANK says so.
    std::vector<std::string> texts(std::string_view key, bool required = true, Blank blank = Blank::allowed) const;
    double number(std::string_view key) const;  // required, finite
    double number_or(std::string_view key, double fallback) const;
    // Required, from MIN to MAX (UNIT, if any, follows the range in the message).
    double number_in(std::string_view key, double min, double max, std::string_view unit = "") const;
    double number_in_or(std::string_view key, double fallback, double min, double max, std::string_view unit = "") const;
    long long whole_number(std::string_view key) const;  // required
    bool flag(std::string_view key) const;               // required true or false
    bool flag_or(std::string_view key, bool fallback) const;
    // Throws "unknown key" for a member not in ALLOWED (a misspelt optional key would be ignored).
    void only_keys(std::initializer_list<std::string_view> allowed) const;

    const nlohmann::json& value() const { return value_; }
    const std::string& file() const { return file_; }
    const std::string& path() const { return path_; }
    std::string field(std::string_view key) const { return member_path(path_, key); }

private:
    const nlohmann::json& value_;
    std::string file_;
    std::string path_;
};

}  // namespace perfuse::json_fields
