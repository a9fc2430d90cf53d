#include "platform/user_dirs.h"

#include <cstdlib>

namespace perfuse {

namespace {
std::filesystem::path xdg_dir(const char* variable, const char* home_fallback, const std::string& app) {
    std::filesystem::path base;
    if (const char* value = std::getenv(variable); value && *value) {
        base = value;
    } else if (const char* home = std::getenv("HOME"); home && *home) {
        base = std::filesystem::path(home) / home_fallback;
    } else {
        return {};
    }
    std::error_code ec;
    std::filesystem::create_directories(base / app, ec);
    return ec ? std::filesystem::path() : base / app;
}
}  // namespace

std::filesystem::path user_cache_dir(const std::string& app) { return xdg_dir("XDG_CACHE_HOME", ".cache", app); }
std::filesystem::path user_data_dir(const std::string& app) { return xdg_dir("XDG_DATA_HOME", ".local/share", app); }
std::filesystem::path user_config_dir(const std::string& app) { return xdg_dir("XDG_CONFIG_HOME", ".config", app); }

}  // namespace perfuse
