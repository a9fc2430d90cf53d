#include "app/vr_settings.h"

#include <cstdio>
#include <stdexcept>

#include "app/app_options.h"

namespace perfuse {

ComfortSettings vr_comfort(const modes::Settings& player, const AppOptions& options) {
    ComfortSettings comfort;
    comfort.play_area = options.vr_play_area == "standing" ? PlayArea::standing : PlayArea::seated;
    comfort.snap_turn = player.snap_turn;
    comfort.snap_turn_deg = player.snap_turn_deg;
    comfort.vignette = player.vr_vignette;
    comfort.reduced_motion = player.reduced_motion;
    // Asking for a snap size asks for snap turning too.
    if (options.vr_snap_turn_given) {
        comfort.snap_turn_deg = options.vr_snap_turn_deg;
        comfort.snap_turn = true;
    }
    if (!options.vr_turn.empty()) comfort.snap_turn = options.vr_turn == "snap";
    if (!options.vr_vignette.empty()) comfort.vignette = options.vr_vignette == "on";
    if (const std::string problem = comfort_problem(comfort); !problem.empty())
        throw std::runtime_error("VR comfort settings: " + problem);
    return comfort;
}

bool vr_menu_on_wrist(const modes::Settings& player, const AppOptions& options) {
    return options.vr_menu.empty() ? player.vr_menu_on_wrist : options.vr_menu == "wrist";
}

std::unique_ptr<VrSettings> load_vr_settings(const AppOptions& options, const std::filesystem::path& settings_file) {
    auto s = std::make_unique<VrSettings>();
    s->file = settings_file;
    if (!s->file.empty()) {
        modes::SettingsLoad loaded = modes::load_settings(s->file);
        s->player = loaded.settings;
        if (!loaded.warning.empty()) std::fprintf(stderr, "perfuse: %s\n", loaded.warning.c_str());
    }
    s->comfort = vr_comfort(s->player, options);
    s->menu_on_wrist = vr_menu_on_wrist(s->player, options);
    VrSettings* saved = s.get();
    s->save_on_fatal = std::make_unique<ScopedFatalHook>([saved] {
        return saved->file.empty() ? std::string() : modes::save_settings(saved->file, saved->player);
    });
    return s;
}

}  // namespace perfuse
