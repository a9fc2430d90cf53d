#pragma once
// Revolves a profile around the Y axis: knobs, bottles, reservoirs, lamp heads.
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "mesh.h"

namespace perfuse {

// profile: (radius_m, y_m) points from bottom to top, radius >= 0. A profile that starts and ends on the
// axis (radius 0) gives a closed solid. smooth = true shares normals between neighbouring profile
// segments (round shapes); false keeps every profile corner sharp (machined parts).
MeshData make_lathe(const std::vector<glm::vec2>& profile, std::uint32_t segments = 24, bool smooth = false);

}  // namespace perfuse
