#pragma once
// The player's settings in VR: the same saved settings file the desktop's Settings panel writes
// (modes::Settings) gives the comfort choices (snap or smooth turning, degrees per snap, vignette,
// reduced motion), where the menu goes (wrist or floating) and the sound volumes; the command line's
// VR flags win for this run only.
#include <filesystem>
#include <memory>
#include <string>

#include "modes/settings.h"
#include "platform/fatal_hooks.h"
#include "xr/comfort.h"

namespace perfuse {

struct AppOptions;

struct VrSettings {
    modes::Settings player;
    std::filesystem::path file;  // where they were read from; empty when there is no config folder
    ComfortSettings comfort;
    bool menu_on_wrist = true;  // the menu on the left wrist while that controller is tracked
    std::unique_ptr<ScopedFatalHook> save_on_fatal;  // saves them if the app must close (a lost session)
};

// The comfort settings for this run: PLAYER's, then OPTIONS' VR flags over them (--vr-play-area,
// --vr-snap-turn, --vr-turn, --vr-vignette). Throws one line naming a bad value.
ComfortSettings vr_comfort(const modes::Settings& player, const AppOptions& options);

// Whether the menu goes on the wrist: PLAYER's choice, or --vr-menu's for this run.
bool vr_menu_on_wrist(const modes::Settings& player, const AppOptions& options);

// Reads SETTINGS_FILE (empty: defaults) and registers the save-on-fatal hook. A broken file is set
// aside with one line on stderr naming it, and the defaults are used.
std::unique_ptr<VrSettings> load_vr_settings(const AppOptions& options, const std::filesystem::path& settings_file);

}  // namespace perfuse
