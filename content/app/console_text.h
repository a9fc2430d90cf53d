#pragma once
// The words on the consoles, monitor, alarm banner, crisis and instructor panels, loaded from
// assets/console/console_text.json (so no user-facing words live in C++ and a translation is a file).
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace perfuse {

struct ReadingLabel {
    std::string label;
    std::string unit;
};

struct ConsoleText {
    std::map<std::string, std::string> text;        // titles, buttons, headings by key
    std::map<std::string, ReadingLabel> readings;   // by reading name
    std::map<std::string, std::string> alarms;      // by alarm id
    std::map<std::string, std::string> faults;      // by fault name
    std::map<std::string, std::string> heart_states, lung_states;
    std::vector<std::string> shortcuts;

    // Lookups fall back to the key itself, so a missing entry shows as its id, never as nothing.
    const std::string& operator[](const std::string& key) const;
    const ReadingLabel& reading(const std::string& name) const;
    const std::string& alarm(const std::string& id) const;
    const std::string& fault(const std::string& name) const;
};

struct ConsoleTextResult {
    ConsoleText text;
    std::string error;  // one line "FILE: what is wrong"; the text is then empty (keys are shown)
};

ConsoleTextResult load_console_text(const std::filesystem::path& file);
ConsoleTextResult parse_console_text(const std::string& json_text, const std::string& file_label);

}  // namespace perfuse
