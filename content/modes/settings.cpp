#include "modes/settings.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "modes/json_fields.h"
#include "modes/set_aside.h"
#include "platform/file_io.h"
#include "platform/user_dirs.h"

namespace perfuse::modes {

namespace {
const char* palette_name(Palette palette) {
    return palette == Palette::colour_blind_safe ? "colour_blind_safe" : "standard";
}

const char* vr_menu_name(bool on_wrist) { return on_wrist ? "wrist" : "floating"; }

bool vr_menu_on_wrist_from(const std::string& name) {
    if (name == "wrist") return true;
    if (name == "floating") return false;
    throw SaveError("vr_menu: expected \"wrist\" or \"floating\", got \"" + name.substr(0, 40) + "\"");
}

Palette palette_from(const std::string& name) {
    if (name == "standard") return Palette::standard;
    if (name == "colour_blind_safe") return Palette::colour_blind_safe;
    throw SaveError("palette: expected \"standard\" or \"colour_blind_safe\", got \"" + name.substr(0, 40) + "\"");
}

// Out-of-range numbers are pulled back into range rather than rejected: a hand edit or an older
// build should not cost the player every other setting.
void clamp_ranges(Settings& s) {
    s.text_scale = std::clamp(s.text_scale, 0.75f, 3.0f);
    s.mouse_sensitivity = std::clamp(s.mouse_sensitivity, 0.25f, 4.0f);
    s.snap_turn_deg = std::clamp(s.snap_turn_deg, 15.0f, 90.0f);
    s.master_volume = std::clamp(s.master_volume, 0.0f, 1.0f);
    s.narration_volume = std::clamp(s.narration_volume, 0.0f, 1.0f);
    s.effects_volume = std::clamp(s.effects_volume, 0.0f, 1.0f);
    s.reading_speed_wpm = std::clamp(s.reading_speed_wpm, 100, 250);
}
}  // namespace

std::string settings_to_json(const Settings& s) {
    const nlohmann::json doc = {
        {"version", kSettingsVersion},
        {"text_scale", s.text_scale},
        {"high_contrast", s.high_contrast},
        {"palette", palette_name(s.palette)},
        {"mouse_sensitivity", s.mouse_sensitivity},
        {"invert_y", s.invert_y},
        {"reduced_motion", s.reduced_motion},
        {"fullscreen", s.fullscreen},
        {"snap_turn", s.snap_turn},
        {"snap_turn_deg", s.snap_turn_deg},
        {"vr_vignette", s.vr_vignette},
        {"vr_menu", vr_menu_name(s.vr_menu_on_wrist)},
        {"narration", s.narration},
        {"master_volume", s.master_volume},
        {"narration_volume", s.narration_volume},
        {"effects_volume", s.effects_volume},
        {"reading_speed_wpm", s.reading_speed_wpm},
        {"voice", s.voice},
    };
    return doc.dump(2) + "\n";
}

Settings settings_from_json(const std::string& text) {
    const nlohmann::json doc = parse_save_json(text);
    read_version(doc, kSettingsVersion);
    Settings s;
    read_field(doc, "text_scale", s.text_scale);
    read_field(doc, "high_contrast", s.high_contrast);
    std::string palette = palette_name(s.palette);
    read_field(doc, "palette", palette);
    s.palette = palette_from(palette);
    read_field(doc, "mouse_sensitivity", s.mouse_sensitivity);
    read_field(doc, "invert_y", s.invert_y);
    read_field(doc, "reduced_motion", s.reduced_motion);
    read_field(doc, "fullscreen", s.fullscreen);
    read_field(doc, "snap_turn", s.snap_turn);
    read_field(doc, "snap_turn_deg", s.snap_turn_deg);
    read_field(doc, "vr_vignette", s.vr_vignette);
    std::string vr_menu = vr_menu_name(s.vr_menu_on_wrist);
    read_field(doc, "vr_menu", vr_menu);
    s.vr_menu_on_wrist = vr_menu_on_wrist_from(vr_menu);
    read_field(doc, "narration", s.narration);
    read_field(doc, "master_volume", s.master_volume);
    read_field(doc, "narration_volume", s.narration_volume);
    read_field(doc, "effects_volume", s.effects_volume);
    read_field(doc, "reading_speed_wpm", s.reading_speed_wpm);
    read_field(doc, "voice", s.voice);
    clamp_ranges(s);
    return s;
}

SettingsLoad load_settings(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return {};
    const FileBytes bytes = read_file(file);
    if (!bytes.ok()) return {.settings = {}, .warning = bytes.error + "; using default settings"};
    try {
        return {.settings = settings_from_json(std::string(bytes.bytes.begin(), bytes.bytes.end())), .warning = {}};
    } catch (const SaveError& e) {
        return {.settings = {},
                .warning = file.string() + ": " + e.what() + "; " + kept_aside_note(file) + ", using default settings"};
    }
}

std::string save_settings(const std::filesystem::path& file, const Settings& settings) {
    const std::string text = settings_to_json(settings);
    return write_file_atomic(file, text.data(), text.size());
}

std::filesystem::path default_settings_file() {
    const std::filesystem::path dir = user_config_dir("perfuse");
    return dir.empty() ? dir : dir / "settings.json";
}

}  // namespace perfuse::modes
