#pragma once
// What the viewer points at (hovered) and has chosen (selected), as interactable ids.
#include <string>
#include <vector>

#include "app/room.h"
#include "scene/picking.h"

namespace perfuse {

struct Selection {
    std::string hovered;
    std::string selected;
};

// The interactable hit first along RAY, or "" (walls and floors are not pickable, but they still hide
// what is behind them because picking stops at the nearest hit of anything pickable).
std::string pick_interactable(const Room& room, const Ray& ray);

// Selects the interactable after the current one in the room's order (Tab), wrapping around.
void select_next(Selection& selection, const Room& room);

// Nodes to draw highlighted: every node of the hovered and the selected interactable.
std::vector<NodeId> highlighted_nodes(const Room& room, const Selection& selection);

}  // namespace perfuse
