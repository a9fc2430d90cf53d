#pragma once
// Tubes swept along a path: perfusion tubing, cables, rails, handles.
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "mesh.h"

namespace perfuse {

// Catmull-Rom curve through `points` with `samples_per_span` points per span: turns a few control
// points into the smooth path of a hanging tube or cable.
std::vector<glm::vec3> smooth_curve(const std::vector<glm::vec3>& points, std::uint32_t samples_per_span = 8);

// Circular tube of radius_m along the polyline `path` (at least 2 distinct points), using
// parallel-transported frames so the tube does not twist. capped = true closes both ends.
MeshData make_tube(const std::vector<glm::vec3>& path, float radius_m, std::uint32_t segments = 12, bool capped = true);

}  // namespace perfuse
