#pragma once
// The words of the modes' screens (start screen, settings, tour, career, quiz, Learn/Assess,
// Present, the report), from assets/modes/<language>.json so a translation is a new file. Nested
// objects are flattened to dotted keys: {"start": {"title": ...}} is "start.title".
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace perfuse::modes {

struct ModeText {
    std::map<std::string, std::string> entries;
    std::map<std::string, std::vector<std::string>> lists;  // arrays of text, e.g. "present.help"

    // The text for KEY; the key itself when missing, so nothing shows up blank.
    const std::string& operator()(const std::string& key) const;
    const std::vector<std::string>& list(const std::string& key) const;  // empty when missing
    // KEY's text with each "{}" replaced, in order, by the next of ARGS.
    std::string format(const std::string& key, const std::vector<std::string>& args) const;
};

// Throws world::WorldError naming the file (and the key of a value that is not text).
ModeText load_mode_text(const std::filesystem::path& file);

}  // namespace perfuse::modes
