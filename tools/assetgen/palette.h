#pragma once
// The shared material palette: one named look per real-world surface, so every model's steel, screens
// and tubing match. Colours are linear RGB.
#include <string_view>

#include "geometry/mesh.h"

namespace perfuse::assetgen {

// Throws std::out_of_range naming the material when it is not in the palette.
Material palette(std::string_view name);

}  // namespace perfuse::assetgen
