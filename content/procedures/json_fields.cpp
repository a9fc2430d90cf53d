#include "json_fields.h"

#include <cmath>
#include <fstream>
#include <sstream>

namespace perfuse::procedures {

namespace {
const nlohmann::json& empty_array() {
  static const nlohmann::json a = nlohmann::json::array();
  return a;
}
std::string joined(const std::string& path, const char* key) { return path.empty() ? key : path + "." + key; }
}  // namespace

std::string printable_line(const std::string& text) {
  constexpr size_t kMaxChars = 400;
  std::string out;
  for (const char ch : text) {
    const auto c = static_cast<unsigned char>(ch);
    if (c < 0x20 || c == 0x7f) {
      static const char* hex = "0123456789abcdef";
      out += "\\x";
      out += hex[c >> 4];
      out += hex[c & 15];
    } else {
      out += ch;
    }
    if (out.size() >= kMaxChars) {
      out += "...";
      break;
    }
  }
  return out;
}

void FieldReader::fail(const std::string& path, const std::string& what) {
  if (error_.empty()) error_ = printable_line(file_ + ": " + (path.empty() ? "" : path + ": ") + what);
}

const nlohmann::json* FieldReader::field(const nlohmann::json& obj, const std::string& path, const char* key,
                                         bool required) {
  if (failed()) return nullptr;
  if (!obj.is_object()) {
    fail(path, "should be an object");
    return nullptr;
  }
  auto it = obj.find(key);
  if (it == obj.end() || it->is_null()) {
    if (required) fail(path, std::string("missing field \"") + key + "\"");
    return nullptr;
  }
  return &*it;
}

std::string FieldReader::text(const nlohmann::json& obj, const std::string& path, const char* key, bool required,
                              std::string fallback) {
  const nlohmann::json* v = field(obj, path, key, required);
  if (v == nullptr) return fallback;
  if (!v->is_string()) {
    fail(joined(path, key), "should be text");
    return fallback;
  }
  std::string s = v->get<std::string>();
  if (required && s.empty()) fail(joined(path, key), "is empty");
  return s;
}

double FieldReader::number(const nlohmann::json& obj, const std::string& path, const char* key, bool required,
                           double fallback, double min, double max) {
  const nlohmann::json* v = field(obj, path, key, required);
  if (v == nullptr) return fallback;
  if (!v->is_number()) {
    fail(joined(path, key), "should be a number");
    return fallback;
  }
  const double d = v->get<double>();
  if (!std::isfinite(d) || d < min || d > max) {
    std::ostringstream why;
    why << "should be between " << min << " and " << max;
    fail(joined(path, key), why.str());
    return fallback;
  }
  return d;
}

bool FieldReader::flag(const nlohmann::json& obj, const std::string& path, const char* key, bool fallback) {
  const nlohmann::json* v = field(obj, path, key, false);
  if (v == nullptr) return fallback;
  if (!v->is_boolean()) {
    fail(joined(path, key), "should be true or false");
    return fallback;
  }
  return v->get<bool>();
}

std::vector<std::string> FieldReader::texts(const nlohmann::json& obj, const std::string& path, const char* key) {
  std::vector<std::string> out;
  const nlohmann::json* v = field(obj, path, key, false);
  if (v == nullptr) return out;
  if (!v->is_array()) {
    fail(joined(path, key), "should be a list of texts");
    return out;
  }
  for (const auto& e : *v) {
    if (!e.is_string()) {
      fail(joined(path, key), "should be a list of texts");
      return {};
    }
    out.push_back(e.get<std::string>());
  }
  return out;
}

const nlohmann::json& FieldReader::array(const nlohmann::json& obj, const std::string& path, const char* key,
                                         bool required) {
  const nlohmann::json* v = field(obj, path, key, required);
  if (v == nullptr) return empty_array();
  if (!v->is_array()) {
    fail(joined(path, key), "should be a list");
    return empty_array();
  }
  return *v;
}

std::optional<nlohmann::json> parse_json_text(const std::string& text, const std::string& file, std::string& error) {
  try {
    return nlohmann::json::parse(text);
  } catch (const nlohmann::json::parse_error& e) {
    // e.what() holds the byte position; give a line and column instead.
    size_t line = 1, col = 1;
    for (size_t i = 0; i < text.size() && i + 1 < e.byte; ++i) {
      if (text[i] == '\n') { ++line; col = 1; } else { ++col; }
    }
    error = file + ": not valid JSON (line " + std::to_string(line) + ", column " + std::to_string(col) + ")";
    return std::nullopt;
  } catch (const nlohmann::json::exception&) {
    // nlohmann reports numbers too large for a double (1e999) as out_of_range, with no position.
    error = file + ": not valid JSON (a number is out of range)";
    return std::nullopt;
  }
}

std::optional<std::string> read_text_file(const std::string& path, std::string& error) {
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    error = path + ": cannot be read (missing file?)";
    return std::nullopt;
  }
  std::ostringstream s;
  s << in.rdbuf();
  return s.str();
}

std::string file_name_of(const std::string& path) {
  const auto slash = path.find_last_of('/');
  return slash == std::string::npos ? path : path.substr(slash + 1);
}

}  // namespace perfuse::procedures
