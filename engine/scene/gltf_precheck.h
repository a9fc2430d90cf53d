#pragma once
// Checks a glTF file before Assimp parses it, for two reasons: Assimp reports broken JSON and glTF 1.0
// alike as "no suitable reader", and Assimp 5.2 crashes on a few invalid-but-parseable inputs found by
// fuzzing (an image mimeType without '/', sparse accessors missing parts). Internal to the loader.
#include <filesystem>
#include <string>

namespace perfuse {

// Empty when the file may go to Assimp; otherwise the problem, one line, without the file name.
std::string gltf_precheck(const std::filesystem::path& path);

}  // namespace perfuse
