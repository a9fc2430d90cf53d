#include "app/app_paths.h"

#include <cstdlib>

namespace perfuse {

namespace {
std::filesystem::path from_env_or(const char* variable, const char* built_in) {
    const char* value = std::getenv(variable);
    return value && *value ? std::filesystem::path(value) : std::filesystem::path(built_in);
}
}  // namespace

std::filesystem::path shader_dir() { return from_env_or("PERFUSE_SHADER_DIR", PERFUSE_BUILT_SHADER_DIR); }
std::filesystem::path asset_dir() { return from_env_or("PERFUSE_ASSET_DIR", PERFUSE_SOURCE_ASSET_DIR); }
std::filesystem::path model_dir() { return from_env_or("PERFUSE_MODEL_DIR", PERFUSE_BUILT_MODEL_DIR); }

}  // namespace perfuse
