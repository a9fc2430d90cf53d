#pragma once
// Small helpers for the save files of this module (settings, progress): read one optional field
// with its type checked, so a wrong value names the field instead of throwing a library message.
#include <stdexcept>
#include <string>

#include <nlohmann/json.hpp>

namespace perfuse::modes {

// A save file we cannot use; what() is one line naming the field.
class SaveError : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// Parses TEXT; a syntax error becomes a SaveError ("not valid JSON (line L, column C)").
nlohmann::json parse_save_json(const std::string& text);

// Reads KEY of OBJ into OUT when present; a value of the wrong type throws SaveError naming KEY.
void read_field(const nlohmann::json& obj, const std::string& key, bool& out);
void read_field(const nlohmann::json& obj, const std::string& key, float& out);
void read_field(const nlohmann::json& obj, const std::string& key, int& out);
void read_field(const nlohmann::json& obj, const std::string& key, std::string& out);

// The file's "version": required, a whole number from 1 to SUPPORTED (a newer one is an error).
int read_version(const nlohmann::json& doc, int supported);

}  // namespace perfuse::modes
