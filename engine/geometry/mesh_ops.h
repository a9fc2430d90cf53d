#pragma once
// Whole-mesh operations: moving meshes into place and joining them. The builders make unit-ish shapes
// around the origin; models are assembled by transforming and merging them.
#include <glm/glm.hpp>

#include "mesh.h"

namespace perfuse {

// Appends src to dst, re-basing src's indices.
void append(MeshData& dst, const MeshData& src);

// Returns a copy moved by `m`. Normals use the inverse transpose; a mirroring matrix flips the winding so
// front faces stay counter-clockwise.
MeshData transformed(const MeshData& mesh, const glm::mat4& m);

// Rotation (+ translation to `from`) that maps +Y to the direction from `from` to `to`: used to lay
// Y-axis shapes (cylinders, capsules) between two points.
glm::mat4 frame_between(const glm::vec3& from, const glm::vec3& to);

// How much M stretches each of its local axes (the lengths of its first three columns).
glm::vec3 axis_scales(const glm::mat4& m);
// The most M stretches any length: the largest of axis_scales(m).
float largest_axis_scale(const glm::mat4& m);

// Convenience transforms in the order scale, then rotate (about Y, degrees), then translate.
glm::mat4 place(const glm::vec3& translation_m, float rotation_y_deg = 0.0f, const glm::vec3& scale = glm::vec3(1.0f));

}  // namespace perfuse
