#pragma once
// A room on the GPU: its meshes uploaded once, and a draw list rebuilt from its parts.
#include <vector>

#include "app/placeholder_room.h"
#include "render/draw_list.h"
#include "render/gpu_mesh.h"

namespace perfuse {

class Device;

class RoomView {
public:
    RoomView(Device& device, RoomModel model);
    const RoomModel& model() const { return model_; }
    const DrawList& draws() const { return draws_; }

private:
    RoomModel model_;
    std::vector<GpuMesh> meshes_;
    DrawList draws_;
};

}  // namespace perfuse
