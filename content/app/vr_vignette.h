#pragma once
// Draws the comfort vignette (xr/vignette.h keeps its strength) into each eye: a few see-through
// black rings just in front of the eye, centred on its view direction. The ring's hole shrinks and
// darkens as the strength rises; soft edges come from bands that get darker outwards. No extra
// pass or shader: they are blended draws of the same renderer, drawn after the room.
#include <array>

#include "render/draw_list.h"
#include "render/gpu_mesh.h"

namespace perfuse {

class Device;

struct VrVignetteMeshes {
    std::array<GpuMesh, 6> bands;  // inner edge to outer, in units of the hole's radius
};

VrVignetteMeshes make_vignette_meshes(Device& device);

// The draws for one eye at STRENGTH (0..1; nothing at 0) for a camera with VIEW and PROJECTION, to
// be appended after that eye's room draws (see-through draws go last, nearest last).
DrawList vignette_draws(const VrVignetteMeshes& meshes, float strength, const glm::mat4& view,
                        const glm::mat4& projection);

// The view's half-width as a tangent, taken at the edge furthest from the centre of PROJECTION (an
// eye's field of view is lopsided): at strength 0 the hole reaches that far.
float widest_edge_tangent(const glm::mat4& projection);
// The hole's radius (as a tangent of the angle from the view direction) at STRENGTH.
float vignette_hole_tangent(float strength, float edge_tangent);

}  // namespace perfuse
