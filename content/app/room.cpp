#include "app/room.h"

namespace perfuse {

CameraPose start_pose(const Room& room) {
    return room.view_style == ViewStyle::orbit ? orbit_pose(room.orbit) : room.start_view;
}

const Interactable* Room::find_interactable(const std::string& id) const {
    for (const Interactable& item : interactables)
        if (item.id == id) return &item;
    return nullptr;
}

}  // namespace perfuse
