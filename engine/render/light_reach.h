#pragma once
// Which draws a spot light can reach: a draw wholly outside the cone gets nothing from it, so its
// pixels can skip that light's shading and shadow lookup with no change to the picture.
#include <array>

#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "render/lighting.h"

namespace perfuse {

// True unless the sphere at CENTER_M with RADIUS_M lies wholly outside LIGHT's outer cone (a
// conservative test: a sphere that only might be outside counts as reached).
bool spot_reaches_sphere(const SpotLight& light, const glm::vec3& center_m, float radius_m);

// True unless the box with these CORNERS (in scene/scene.h's box_corners order; any
// parallelepiped) lies wholly outside LIGHT's outer cone. Tighter than a sphere round the box: it
// looks for a plane through the lamp with the cone on one side and the box on the other (behind
// the lamp, beside the cone, or along one of the box's faces), so a floor piece just beside the
// pool of light or a ceiling panel above the lamp counts as not reached. Conservative like the
// sphere test: when no such plane is found the box counts as reached.
bool spot_reaches_box(const SpotLight& light, const std::array<glm::vec3, 8>& corners);

// The same for a mesh's local BOUNDS placed in the world by MODEL. Empty bounds count as reached.
bool spot_reaches_bounds(const SpotLight& light, const Bounds& bounds, const glm::mat4& model);

}  // namespace perfuse
