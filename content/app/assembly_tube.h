#pragma once
// How a drawn line looks: the path a tube takes between two ports (out of each port along its
// direction, sagging a little between them, as real tubing hangs) and the colour of what it carries.
#include <vector>

#include <glm/glm.hpp>

#include "app/assembly_state.h"
#include "geometry/mesh.h"

namespace perfuse {

inline constexpr float kTubeRadiusM = 0.008f;  // 1/2-inch tubing, outer radius (about 16 mm across)

// Smooth path from A (leaving along DIR_A) to B (arriving against DIR_B); first point A, last point B.
std::vector<glm::vec3> tube_path(const glm::vec3& a_m, const glm::vec3& dir_a, const glm::vec3& b_m,
                                 const glm::vec3& dir_b);

// Dark red for venous blood, bright red for arterial, nearly clear for crystalloid prime, clear and
// empty-looking for an unprimed line; air makes blood look frothy (paler, see-through).
Material line_material(const LineFluid& fluid);

// The clamp's jaws: a small box across the tube, its long side along X.
MeshData clamp_mesh();

}  // namespace perfuse
