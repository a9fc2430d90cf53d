#pragma once
// perfuse --model FILE: any glTF 2.0 model on a turntable floor, lit, with an orbit camera framed
// around it. The tool to check an asset, and proof that the loader copes with models we did not make.
#include <filesystem>

#include "app/room.h"

namespace perfuse {

// Throws std::runtime_error with the loader's one-line error; prints one warning line per skipped part.
Room build_model_room(const std::filesystem::path& file);

}  // namespace perfuse
