#pragma once
// Coarser copies of a mesh's triangles for drawing it from afar (levels of detail). Every level keeps
// the mesh's vertices and lists fewer triangles, whose surface strays at most that level's error from
// the original (meshoptimizer's simplifier; seams, hard edges and open borders stay where they are).
// A renderer picks, per draw, the coarsest level whose error would cover less than a pixel on screen.
// Why: on a CPU renderer (lavapipe) each triangle costs about as much to set up as a small patch of
// pixels costs to shade, so a room's far-off people and tubes are worth drawing with fewer
// (README "Benchmarks").
#include <array>
#include <cstddef>
#include <cstdint>
#include <vector>

#include "geometry/mesh.h"

namespace perfuse {

// How far each level's surface may stray from the mesh, in the mesh's units (metres in a scene).
// Level 0 is the mesh itself; each further level allows twice the last one's error, so seen from
// twice as far a mesh gets the next level.
inline constexpr std::array<float, 5> kDetailErrorsM = {0.0f, 0.0015f, 0.003f, 0.006f, 0.012f};
inline constexpr std::size_t kDetailLevelCount = kDetailErrorsM.size();

using DetailIndexLists = std::array<std::vector<uint32_t>, kDetailLevelCount>;

// INDICES (triangles over VERTICES) at every level: level 0 is INDICES as given. A level that would
// drop less than a tenth of the previous level's triangles repeats that level instead, so drawing it
// never costs more than the level before.
DetailIndexLists detail_levels(const std::vector<Vertex>& vertices, const std::vector<uint32_t>& indices);

// The coarsest level whose error, seen from DISTANCE_M away at PIXELS_PER_RADIAN (the view's pixels
// per radian at the centre of the screen), spans at most MAX_ERROR_PX. SCALE: how much the draw's
// transform enlarges the mesh. PIXELS_PER_RADIAN <= 0 asks for full detail (level 0).
std::size_t detail_level_for(float distance_m, float pixels_per_radian, float max_error_px, float scale = 1.0f);

}  // namespace perfuse
