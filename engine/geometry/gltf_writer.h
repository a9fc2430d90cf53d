#pragma once
// Writes a Model as binary glTF 2.0 (.glb): one buffer, metallic-roughness materials with emissive
// factors (and texture files by URI, relative to the .glb, when a material names them), node hierarchy
// with TRS. The bytes depend only on the model (no dates, no generator
// versions, keys sorted), so regenerating unchanged models gives identical files.
#include <cstdint>
#include <filesystem>
#include <vector>

#include "model.h"

namespace perfuse {

std::vector<std::uint8_t> encode_glb(const Model& model);

// Throws std::runtime_error naming the path if the file cannot be written.
void write_glb(const Model& model, const std::filesystem::path& path);

}  // namespace perfuse
