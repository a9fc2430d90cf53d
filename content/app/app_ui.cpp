#include "app/app_ui.h"

#include "app/app_renderer.h"
#include "app/info_card_panel.h"
#include "ui/world_labels.h"

namespace perfuse {

namespace {
std::vector<WorldLabel> interactable_labels(const Room& room, const Selection& selection) {
    std::vector<WorldLabel> labels;
    for (const Interactable& item : room.interactables) {
        const bool emphasised = item.id == selection.hovered || item.id == selection.selected;
        labels.push_back({item.label_anchor_m, item.label, emphasised});
    }
    return labels;
}
}  // namespace

void draw_app_ui(AppRenderer& r, const ViewCamera& camera, const glm::vec2& viewport_px) {
    draw_overlay_panel(r.text, r.overlay);
    if (!r.overlay.visible) return;
    const Room& room = r.room;
    // A label is hidden when a ray towards it meets anything pickable clearly before it.
    const auto occluded = [&](const WorldLabel& label) {
        const glm::vec3 to_label = label.position_m - camera.position;
        const float distance_m = glm::length(to_label);
        const PickHit hit = pick(room.scene, makeRay(camera.position, to_label), distance_m);
        return hit.hit() && hit.distance_m < distance_m - 0.3f;
    };
    draw_world_labels(interactable_labels(room, r.selection), camera.projection * camera.view, camera.position,
                      viewport_px, occluded);
    draw_info_card_panel(r.text, room, r.selection);
}

}  // namespace perfuse
