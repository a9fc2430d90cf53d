#include "app/app_ui.h"

#include <algorithm>

#include "app/app_renderer.h"
#include "app/assembly_session.h"
#include "app/procedure_panel.h"
#include "app/info_card_panel.h"
#include "app/mode_panels.h"
#include "app/sound_panel.h"
#include "ui/world_labels.h"

namespace perfuse {

namespace {
// Ray tests against the whole scene are the most expensive thing the CPU does per frame, so each
// frame re-checks only a few labels (all of them on the first frame) and keeps the rest.
constexpr std::size_t kOcclusionChecksPerFrame = 4;

bool label_occluded(const Room& room, const glm::vec3& eye_m, const glm::vec3& label_m) {
    const glm::vec3 to_label = label_m - eye_m;
    const float distance_m = glm::length(to_label);
    const PickHit hit = pick(room.scene, make_ray(eye_m, to_label), distance_m);
    return hit.hit() && hit.distance_m < distance_m - 0.3f;  // the item itself sits just below its label
}

void update_occlusion(LabelOcclusion& cache, const Room& room, const glm::vec3& eye_m) {
    const std::size_t count = room.interactables.size();
    const bool first = cache.hidden.size() != count;
    if (first) cache.hidden.assign(count, 0);
    const std::size_t checks = first ? count : std::min(count, kOcclusionChecksPerFrame);
    for (std::size_t i = 0; i < checks; ++i) {
        const std::size_t index = (cache.next + i) % count;
        cache.hidden[index] = label_occluded(room, eye_m, room.interactables[index].label_anchor_m);
    }
    if (count) cache.next = (cache.next + checks) % count;
}

std::vector<WorldLabel> visible_labels(const Room& room, const Selection& selection, const LabelOcclusion& cache) {
    std::vector<WorldLabel> labels;
    for (std::size_t i = 0; i < room.interactables.size(); ++i) {
        const Interactable& item = room.interactables[i];
        const bool emphasised = item.id == selection.hovered || item.id == selection.selected;
        if (cache.hidden[i] && !emphasised) continue;
        labels.push_back({item.label_anchor_m, item.label, emphasised});
    }
    return labels;
}
}  // namespace

void draw_app_ui(AppRenderer& r, const ViewCamera& camera, const glm::vec2& viewport_px) {
    draw_mode_ui(r);
    draw_overlay_panel(r.text, r.overlay);
    draw_sound_ui(r, camera.view);  // captions show even with the panels hidden
    if (!r.overlay.visible) return;
    draw_console_panels(r.console_panels, *r.live);
    update_occlusion(r.label_occlusion, r.room, camera.position);
    draw_world_labels(visible_labels(r.room, r.selection, r.label_occlusion), camera.projection * camera.view,
                      camera.position, viewport_px, nullptr);
    draw_assembly_labels(r.assembly, camera.projection * camera.view, camera.position, viewport_px);
    draw_procedure_panel(r);
    draw_info_card_panel(r.text, r.room, r.selection);
}

}  // namespace perfuse
