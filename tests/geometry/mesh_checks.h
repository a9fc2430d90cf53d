#pragma once
// Shared measurements for the builder tests: watertightness, signed volume, normal agreement.
#include <cstddef>

#include "geometry/mesh.h"

namespace perfuse::test {

// Number of edges (after welding equal positions) not shared by exactly two triangles; 0 = closed.
std::size_t open_edge_count(const MeshData& mesh);

// Signed volume by the divergence theorem; positive when faces wind counter-clockwise seen from outside.
double signed_volume_m3(const MeshData& mesh);

// Fraction of triangles whose winding normal points the same way as their vertex normals.
double normal_agreement(const MeshData& mesh);

}  // namespace perfuse::test
