#pragma once
// On-screen text of the app shell, loaded from assets/ui/<language>.json so that no user-facing
// words live in C++ and a translation is a new file.
#include <filesystem>
#include <map>
#include <string>
#include <vector>

namespace perfuse {

struct UiText {
    std::string panel_title;
    std::string tagline;
    std::string room_label;
    std::map<std::string, std::string> room_names;
    std::map<std::string, std::string> room_short_names;  // on the "go to" buttons
    std::vector<std::string> walkable_rooms;              // the rooms offered, in order
    std::string go_to_label;
    std::string device_label;
    std::string frame_time_label;
    std::string gpu_time_label;
    std::string text_size_label;
    std::string controls_title;
    std::vector<std::string> controls;
    std::map<std::string, std::string> card_headings;  // what_it_is, what_it_does, ... source
    std::string card_close;
    std::string pick_hint;

    // A card heading by key; the key itself when the file lacks it (never empty on screen).
    const std::string& heading(const std::string& key) const;
};

// Throws std::runtime_error("FILE: what is wrong") for a missing file, bad JSON or missing keys.
UiText load_ui_text(const std::filesystem::path& file);

}  // namespace perfuse
