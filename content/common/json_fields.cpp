#include "common/json_fields.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace perfuse::json_fields {

namespace {
// Text of nothing but spaces counts as missing: a card with "" or " " would show an empty panel.
bool is_blank(const std::string& s) { return s.find_first_not_of(" \t\r\n") == std::string::npos; }

// A number as a person writes it: 86400, 0.5, 1e-06.
std::string number_text(double v) {
    std::ostringstream out;
    out << v;
    return out.str();
}

// Line and column (from 1) of the byte at OFFSET (from 1, as nlohmann counts) in TEXT.
std::string line_and_column(const std::string& text, std::size_t offset) {
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i < text.size() && i + 1 < offset; ++i) {
        if (text[i] == '\n') {
            ++line;
            column = 1;
        } else {
            ++column;
        }
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column);
}
}  // namespace

std::optional<std::string> read_text_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream text;
    text << in.rdbuf();
    return text.str();
}

std::string one_line(const std::string& message) {
    constexpr std::size_t kMaxChars = 300;  // a quoted 20 kB key would bury the useful part
    std::string out;
    for (const char c : message) {
        if (out.size() >= kMaxChars) {
            out += "...";
            break;
        }
        const unsigned char u = static_cast<unsigned char>(c);
        if (c == '\n') out += "\\n";
        else if (c == '\t') out += "\\t";
        else if (u < 0x20 || u == 0x7f) {
            static const char* hex = "0123456789abcdef";
            out += "\\x";
            out += hex[u >> 4];
            out += hex[u & 15];
        } else out += c;
    }
    return out;
}

std::string member_path(const std::string& path, std::string_view key) {
    return path.empty() ? std::string(key) : path + "." + std::string(key);
}

std::string index_path(const std::string& path, std::size_t index) { return path + "[" + std::to_string(index) + "]"; }

std::string error_line(const std::string& file, const std::string& field, const std::string& what) {
    return one_line((file.empty() ? "" : file + ": ") + (field.empty() ? "" : field + ": ") + what);
}

FieldError::FieldError(const std::string& file, const std::string& field, const std::string& what)
    : std::runtime_error(error_line(file, field, what)), file_(file), field_(field), problem_(what) {}

nlohmann::json parse_json(const std::string& text, const std::string& file) {
    try {
        return nlohmann::json::parse(text);
    } catch (const nlohmann::json::parse_error& e) {
        // nlohmann's own message is long and technical and counts bytes; a line and column help a person.
        throw FieldError(file, "", "not valid JSON (" + line_and_column(text, e.byte) + ")");
    } catch (const nlohmann::json::exception&) {
        // nlohmann reports a number too large for a double (1e999) as out_of_range, with no position.
        throw FieldError(file, "", "not valid JSON (a number is out of range)");
    }
}

nlohmann::json read_json_file(const std::string& path, const std::string& file) {
    const std::optional<std::string> text = read_text_file(path);
    if (!text) throw FieldError(file, "", path == file ? "cannot be read (missing file?)" : "cannot be read from " + path);
    return parse_json(*text, file);
}

Fields::Fields(const nlohmann::json& value, std::string file, std::string path)
    : value_(value), file_(std::move(file)), path_(std::move(path)) {
    if (!value_.is_object()) fail("expected an object");
}

void Fields::fail(const std::string& what) const { throw FieldError(file_, path_, what); }

void Fields::fail_field(std::string_view key, const std::string& what) const { throw FieldError(file_, field(key), what); }

bool Fields::has(std::string_view key) const {
    const auto it = value_.find(key);
    return it != value_.end() && !it->is_null();
}

const nlohmann::json& Fields::at(std::string_view key) const {
    if (!has(key)) fail_field(key, "missing");
    return *value_.find(key);
}

Fields Fields::object(std::string_view key) const { return Fields(at(key), file_, field(key)); }

const nlohmann::json& Fields::list(std::string_view key, bool required) const {
    static const nlohmann::json kEmpty = nlohmann::json::array();
    if (!required && !has(key)) return kEmpty;
    const nlohmann::json& v = at(key);
    if (!v.is_array()) fail_field(key, "expected a list");
    return v;
}

std::vector<Fields> Fields::objects(std::string_view key, bool required) const {
    const nlohmann::json& items = list(key, required);
    std::vector<Fields> out;
    out.reserve(items.size());
    for (std::size_t i = 0; i < items.size(); ++i) out.emplace_back(items[i], file_, index_path(field(key), i));
    return out;
}

std::string Fields::text(std::string_view key, Blank blank) const {
    const nlohmann::json& v = at(key);
    if (!v.is_string()) fail_field(key, "expected text");
    std::string s = v.get<std::string>();
    if (blank == Blank::refused && is_blank(s)) fail_field(key, "is empty");
    return s;
}

std::string Fields::text_or(std::string_view key, const std::string& fallback, Blank blank) const {
    return has(key) ? text(key, blank) : fallback;
}

std::vector<std::string> Fields::texts(std::string_view key, bool required, Blank blank) const {
    const nlohmann::json& items = list(key, required);
    std::vector<std::string> out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const std::string entry = index_path(std::string(key), i);
        if (!items[i].is_string()) fail_field(entry, "expected text");
        out.push_back(items[i].get<std::string>());
        if (blank == Blank::refused && is_blank(out.back())) fail_field(entry, "is empty");
    }
    return out;
}

double Fields::number(std::string_view key) const {
    const nlohmann::json& v = at(key);
    if (!v.is_number()) fail_field(key, "expected a number");
    const double d = v.get<double>();
    if (!std::isfinite(d)) fail_field(key, "not a finite number");
    return d;
}

double Fields::number_or(std::string_view key, double fallback) const { return has(key) ? number(key) : fallback; }

double Fields::number_in(std::string_view key, double min, double max, std::string_view unit) const {
    const double d = number(key);
    if (d < min || d > max) {
        fail_field(key, "expected a number from " + number_text(min) + " to " + number_text(max) +
                            (unit.empty() ? "" : " " + std::string(unit)));
    }
    return d;
}

double Fields::number_in_or(std::string_view key, double fallback, double min, double max, std::string_view unit) const {
    return has(key) ? number_in(key, min, max, unit) : fallback;
}

long long Fields::whole_number(std::string_view key) const {
    const nlohmann::json& v = at(key);
    if (!v.is_number_integer()) fail_field(key, "expected a whole number");
    return v.get<long long>();
}

bool Fields::flag(std::string_view key) const {
    const nlohmann::json& v = at(key);
    if (!v.is_boolean()) fail_field(key, "expected true or false");
    return v.get<bool>();
}

bool Fields::flag_or(std::string_view key, bool fallback) const { return has(key) ? flag(key) : fallback; }

void Fields::only_keys(std::initializer_list<std::string_view> allowed) const {
    for (const auto& [key, _] : value_.items()) {
        bool known = false;
        for (const std::string_view a : allowed) known = known || key == a;
        if (!known) fail("unknown key \"" + key + "\"");
    }
}

}  // namespace perfuse::json_fields
