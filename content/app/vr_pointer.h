#pragma once
// What the controllers show in the world, drawn by the scene renderer like any mesh: a thin glowing
// beam from each pointing controller to what it points at, and while aiming a teleport, the arc as a
// string of beads ending in a larger one, green where the landing is valid and red where it is not.
#include "app/vr_controls.h"
#include "render/draw_list.h"
#include "render/gpu_mesh.h"

namespace perfuse {

class Device;

struct VrPointerMeshes {
    GpuMesh beam;  // unit length along -Z from the origin
    GpuMesh bead;
};

VrPointerMeshes make_pointer_meshes(Device& device);

// The pointer items for this frame, to be merged into an eye's draws with add_opaque_draws.
DrawList pointer_draws(const VrPointerMeshes& meshes, const VrControls& controls);
// Inserts opaque ITEMS before the first see-through draw (the renderer draws those last, blended).
void add_opaque_draws(DrawList& draws, const DrawList& items);

}  // namespace perfuse
