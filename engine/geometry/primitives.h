#pragma once
// Closed primitive meshes centred on the origin (round shapes stand on the Y axis), with outward
// normals, counter-clockwise front faces and UVs in [0,1]. Sizes are in metres.
#include <cstdint>

#include <glm/glm.hpp>

#include "mesh.h"

namespace perfuse {

// Axis-aligned box; each face has its own 4 vertices so edges stay sharp.
MeshData make_box(const glm::vec3& size_m);

// Box with edges and corners rounded by radius_m (clamped to half the smallest side), `segments` steps
// per 45 degrees of rounding.
MeshData make_rounded_box(const glm::vec3& size_m, float radius_m, std::uint32_t segments = 2);

// Cylinder along Y from -height/2 to +height/2. Uncapped cylinders are open tubes (sleeves, rims).
MeshData make_cylinder(float radius_m, float height_m, std::uint32_t segments = 24, bool capped = true);

// Frustum along Y: bottom radius at -height/2, top radius at +height/2; a zero radius gives a cone.
MeshData make_frustum(float bottom_radius_m, float top_radius_m, float height_m, std::uint32_t segments = 24,
                      bool capped = true);

// UV sphere: `segments` around Y, `rings` from pole to pole.
MeshData make_sphere(float radius_m, std::uint32_t segments = 24, std::uint32_t rings = 12);

// Capsule along Y: a cylinder of cylinder_height_m with hemispherical ends (total height + 2 radius).
MeshData make_capsule(float radius_m, float cylinder_height_m, std::uint32_t segments = 20, std::uint32_t rings = 8);

// Torus lying in the XZ plane around the Y axis.
MeshData make_torus(float major_radius_m, float minor_radius_m, std::uint32_t major_segments = 32,
                    std::uint32_t minor_segments = 12);

}  // namespace perfuse
