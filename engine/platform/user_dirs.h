#pragma once
// Per-user folders following the XDG base-directory convention (cache: pipeline cache;
// data: progress and settings). Created on demand.
#include <filesystem>
#include <string>

namespace perfuse {

// $XDG_CACHE_HOME/APP or ~/.cache/APP; empty path when neither can be found or created.
std::filesystem::path user_cache_dir(const std::string& app);
// $XDG_DATA_HOME/APP or ~/.local/share/APP; empty path when neither can be found or created.
std::filesystem::path user_data_dir(const std::string& app);
// $XDG_CONFIG_HOME/APP or ~/.config/APP (settings); empty path when neither can be found or created.
std::filesystem::path user_config_dir(const std::string& app);

}  // namespace perfuse
