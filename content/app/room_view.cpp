#include "app/room_view.h"

namespace perfuse {

RoomView::RoomView(Device& device, RoomModel model) : model_(std::move(model)) {
    meshes_.reserve(model_.meshes.size());  // draw items point into this vector: no reallocation after
    for (const MeshData& mesh : model_.meshes) meshes_.push_back(upload_mesh(device, mesh));
    for (const RoomPart& part : model_.parts)
        draws_.push_back({.mesh = &meshes_.at(part.mesh), .model = part.transform, .material = part.material});
}

}  // namespace perfuse
