#pragma once
// Which draws a spot light can reach: a draw wholly outside the cone gets nothing from it, so its
// pixels can skip that light's shading and shadow lookup with no change to the picture.
#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "render/lighting.h"

namespace perfuse {

// True unless the sphere at CENTER_M with RADIUS_M lies wholly outside LIGHT's outer cone (a
// conservative test: a sphere that only might be outside counts as reached).
bool spot_reaches_sphere(const SpotLight& light, const glm::vec3& center_m, float radius_m);

// The same for a mesh's local BOUNDS placed in the world by MODEL. Empty bounds count as reached.
bool spot_reaches_bounds(const SpotLight& light, const Bounds& bounds, const glm::mat4& model);

}  // namespace perfuse
