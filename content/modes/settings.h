#pragma once
// The player's settings, kept between runs as JSON in the XDG config folder
// ($XDG_CONFIG_HOME/perfuse/settings.json or ~/.config/perfuse/settings.json). Plain data: the app
// applies them (text size, look, fullscreen), sound reads the narration and volume fields.
#include <filesystem>
#include <string>

namespace perfuse::modes {

enum class Palette { standard, colour_blind_safe };

struct Settings {
    // Reading
    float text_scale = 1.0f;          // 0.75 to 3, the same range as --text-scale
    bool high_contrast = false;       // dark panels, white text, strong outlines
    Palette palette = Palette::standard;
    // Looking and moving (desktop)
    float mouse_sensitivity = 1.0f;   // multiplies the camera's look speed, 0.25 to 4
    bool invert_y = false;
    bool reduced_motion = false;      // cut instead of flying the camera, no autoplayed camera moves
    bool fullscreen = false;
    // VR comfort
    bool snap_turn = true;            // false: smooth turning
    float snap_turn_deg = 30.0f;      // 15 to 90, like --vr-snap-turn
    bool vr_vignette = true;          // darken the edges of the view while moving
    bool vr_menu_on_wrist = true;     // "vr_menu": "wrist" (on the left controller, when tracked) or "floating"
    // Sound (read by content/sound)
    bool narration = true;            // read tour cards and information cards aloud
    float master_volume = 0.8f;       // 0 to 1
    float narration_volume = 1.0f;    // 0 to 1, on top of master
    float effects_volume = 0.7f;      // alarms, pumps, monitors; 0 to 1, on top of master
    int reading_speed_wpm = 160;      // 100 to 250 words a minute; slower suits younger listeners
    std::string voice = "en";         // an eSpeak NG voice (assets/sound/text.json lists the choices)

    bool operator==(const Settings&) const = default;
};

// The version this build writes; a file with a newer one is set aside, not half-read.
inline constexpr int kSettingsVersion = 1;

struct SettingsLoad {
    Settings settings;    // defaults when the file was missing or unusable
    std::string warning;  // empty, or one line: "FILE: what is wrong; kept as FILE.bad-N, using defaults"
};

// Missing file: defaults, no warning. Broken JSON, a wrong field or a newer version: the file is
// renamed aside (so nothing is lost), the warning says so, and defaults are used. Values out of
// range are clamped into range (not an error: an older build may have allowed them).
SettingsLoad load_settings(const std::filesystem::path& file);
// Writes atomically (temp file + rename). Returns "" or one line naming the file and the problem.
std::string save_settings(const std::filesystem::path& file, const Settings& settings);

// As JSON text (what save_settings writes) and back; parse throws std::runtime_error with a
// one-line reason naming the field ("text_scale: expected a number").
std::string settings_to_json(const Settings& settings);
Settings settings_from_json(const std::string& text);

// $XDG_CONFIG_HOME/perfuse/settings.json (or ~/.config/...); empty when no folder can be made.
std::filesystem::path default_settings_file();

}  // namespace perfuse::modes
