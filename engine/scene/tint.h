#pragma once
// Recolouring parts of a scene at run time (tubing that turns from dark venous to bright arterial
// red as oxygenated blood reaches it, a monitor's alarm colour). A node gets a material of its own
// the first time it is tinted, so other nodes that shared its material keep their colour.
#include <glm/glm.hpp>

#include "scene/scene.h"

namespace perfuse {

// Sets NODE's base colour (linear RGBA). Returns false for a node without a mesh.
bool set_node_color(Scene& scene, NodeId node, const glm::vec4& base_color);

// Linear blend between two colours by T in [0, 1] (clamped), e.g. venous -> arterial by saturation.
glm::vec4 blend_color(const glm::vec4& from, const glm::vec4& to, float t);

}  // namespace perfuse
