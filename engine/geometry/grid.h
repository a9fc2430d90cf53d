#pragma once
// The one surface generator behind the curved builders: a (columns+1) x (rows+1) vertex grid with
// quads between neighbours. Cylinders, spheres, tori, lathes and swept tubes are all such grids.
#include <cstdint>
#include <functional>

#include "mesh.h"

namespace perfuse {

// `vertex(i, j)` gives the vertex at column i (0..columns) and row j (0..rows). Quads are wound
// (i,j) -> (i+1,j) -> (i+1,j+1) -> (i,j+1), so the front face is the side dP/di x dP/dj points to.
// Triangles with a repeated position (poles, cone tips) are dropped.
void append_grid(MeshData& mesh, std::uint32_t columns, std::uint32_t rows,
                 const std::function<Vertex(std::uint32_t, std::uint32_t)>& vertex);

// A flat disc in the XZ plane at height y_m facing +Y (up = true) or -Y, as a triangle fan.
void append_disc(MeshData& mesh, float radius_m, float y_m, std::uint32_t segments, bool up);

}  // namespace perfuse
