#include "app/selection.h"

namespace perfuse {

std::string pick_interactable(const Room& room, const Ray& ray) {
    const PickHit hit = pick(room.scene, ray);
    return hit.hit() && room.find_interactable(hit.tag) ? hit.tag : std::string();
}

void select_next(Selection& selection, const Room& room) {
    if (room.interactables.empty()) return;
    std::size_t next = 0;
    for (std::size_t i = 0; i < room.interactables.size(); ++i)
        if (room.interactables[i].id == selection.selected) next = (i + 1) % room.interactables.size();
    selection.selected = room.interactables[next].id;
}

std::vector<NodeId> highlighted_nodes(const Room& room, const Selection& selection) {
    std::vector<NodeId> nodes;
    for (const std::string* id : {&selection.hovered, &selection.selected}) {
        if (id->empty()) continue;
        const std::vector<NodeId> tagged = find_nodes_by_tag(room.scene, *id);
        nodes.insert(nodes.end(), tagged.begin(), tagged.end());
    }
    return nodes;
}

}  // namespace perfuse
