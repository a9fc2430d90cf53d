#pragma once
// Where the app finds its compiled shaders and its assets. The build bakes in its own folders;
// PERFUSE_SHADER_DIR / PERFUSE_ASSET_DIR override them (for an installed or moved build).
#include <filesystem>

namespace perfuse {

std::filesystem::path shader_dir();
std::filesystem::path asset_dir();
// Generated models (perfuse-assetgen output in the build tree); PERFUSE_MODEL_DIR overrides.
std::filesystem::path model_dir();

}  // namespace perfuse
