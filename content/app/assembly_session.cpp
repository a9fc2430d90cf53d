#include "app/assembly_session.h"

#include <algorithm>
#include <cstdio>

#include "app/app_paths.h"
#include "app/app_renderer.h"
#include "app/assembly_bridge.h"
#include "procedure_run.h"
#include "workbench.h"
#include "ui/world_labels.h"

namespace perfuse {

namespace {
constexpr float kPickRangeM = 20.0f;
// A held part's mount outline glows through what covers its place (a roller pump's clear lid), so it
// can be pointed at up to this far behind the room surface the pointer meets first.
constexpr float kMountSeeThroughM = 0.15f;

// The room's own copies of the parts (the finished circuit the room is modelled with) step aside
// while the trainee builds it.
void hide_room_items(AppRenderer& r, const AssemblyLayout& layout) {
    for (const std::string& id : layout.hide_items) {
        if (const NodeId node = findNodeByName(r.room.scene, id); node != kNoNode) r.room.scene.nodes[node].visible = false;
        std::erase_if(r.room.interactables, [&](const Interactable& item) { return item.id == id; });
        if (r.selection.selected == id) r.selection.selected.clear();
    }
    r.label_occlusion = {};
}

// The trolley blocks walking while it stands in the room; it leaves with the assembly. (What stepped
// aside, the room's copies of the parts and the perfusionist the trainee stands in for, no longer does.)
void add_obstacles(AppRenderer& r) {
    r.room.obstacles = collectObstacles(r.room.scene, 0.0f);
    const std::vector<Obstacle> trolley = r.assembly.world->obstacles();
    r.room.obstacles.insert(r.room.obstacles.end(), trolley.begin(), trolley.end());
    r.assembly.obstacles_added = trolley.size();
}

// Ends the assembly: the room (if it is still the same room) loses the trolley's obstacles.
void end_assembly(AppRenderer& r) {
    AssemblySession& a = r.assembly;
    if (a.room == r.room.id && a.obstacles_added <= r.room.obstacles.size())
        r.room.obstacles.resize(r.room.obstacles.size() - a.obstacles_added);
    a = {};
}

void build_world(AppRenderer& r, procedures::ProcedureRun& run) {
    end_assembly(r);
    AssemblySession& a = r.assembly;
    a.run = &run;
    a.room = r.room.id;
    const circuits::Kit& kit = run.bench().kit();
    if (kit.scene != r.room.id) return;
    const std::filesystem::path file = assembly_layout_file(asset_dir(), r.room.id, kit.id);
    if (file.empty()) return;
    try {
        AssemblyLayout layout = load_assembly_layout(file);
        if (!layout.lays_out(kit.id)) return;  // the room's layout is for other kits
        std::vector<std::string> items;
        for (const circuits::ItemSpec& item : kit.items) items.push_back(item.id);
        a.world = std::make_unique<AssemblyWorld>(layout_for_kit(std::move(layout), items), r.room, model_dir());
        a.world->upload(r.gpu.device(), r.scene->textures());
    } catch (const std::exception& e) {
        a.world.reset();
        a.error = e.what();
        std::fprintf(stderr, "perfuse: %s\n", e.what());
        return;
    }
    hide_room_items(r, a.world->layout());
    add_obstacles(r);
}

void act(AppRenderer& r, const AssemblyTarget& target) {
    AssemblySession& a = r.assembly;
    const AssemblyOutcome outcome = act_on(*a.run, a.world->layout(), target, a.chosen);
    if (!outcome.acted) return;
    a.message = outcome.message;
    a.message_refused = outcome.refused;
    if (!outcome.message.empty()) r.speak_requests.push_back(outcome.message);
}

bool active(const AppRenderer& r) { return r.assembly.run && r.assembly.world; }
}  // namespace

void update_assembly(AppRenderer& r, procedures::ProcedureRun* run, float dt_s) {
    AssemblySession& a = r.assembly;
    if (!run) {
        if (a.run || a.world) end_assembly(r);
        return;
    }
    if (a.run != run || a.room != r.room.id) build_world(r, *run);
    if (!a.world) return;
    a.world->set_reduced_motion(r.modes.settings.reduced_motion);
    a.world->sync(read_assembly_state(*run, a.world->layout(), a.chosen), dt_s);
    const std::vector<AssemblyTarget> targets = a.world->targets();
    if (std::find(targets.begin(), targets.end(), a.focused) == targets.end()) a.focused = {};
}

void add_assembly_draws(AppRenderer& r, const ViewCamera& camera) {
    if (!active(r)) return;
    const glm::vec3 forward{-camera.view[0][2], -camera.view[1][2], -camera.view[2][2]};
    r.assembly.world->hold_in_front_of(camera.position, forward);
    const AssemblyTarget& lit = r.assembly.hovered.kind != AssemblyTarget::Kind::none ? r.assembly.hovered : r.assembly.focused;
    r.assembly.world->append_draws(frustumFromViewProj(camera.projection * camera.view), camera.position, lit, r.draws);
}

bool assembly_pointer(AppRenderer& r, const glm::vec3& ray_origin_m, const glm::vec3& ray_direction, bool clicked) {
    r.assembly.hovered = {};
    if (!active(r)) return false;
    const Ray ray = makeRay(ray_origin_m, ray_direction);
    const PickHit room_hit = pick(r.room.scene, ray, kPickRangeM);
    const float room_m = room_hit.hit() ? room_hit.distance_m : kPickRangeM;
    AssemblyPick hit = r.assembly.world->pick(ray, room_m + kMountSeeThroughM);
    if (hit.target.kind != AssemblyTarget::Kind::mount && hit.distance_m > room_m) hit = {};
    if (hit.target.kind == AssemblyTarget::Kind::none) return false;
    r.assembly.hovered = hit.target;
    if (clicked) {
        r.assembly.focused = hit.target;
        act(r, hit.target);
    }
    return true;
}

bool assembly_focus_next(AppRenderer& r, int step) {
    if (!active(r)) return false;
    const std::vector<AssemblyTarget> targets = r.assembly.world->targets();
    if (targets.empty()) return true;
    const auto it = std::find(targets.begin(), targets.end(), r.assembly.focused);
    const int n = int(targets.size());
    const int from = it == targets.end() ? (step > 0 ? -1 : 0) : int(it - targets.begin());
    r.assembly.focused = targets[std::size_t(((from + step) % n + n) % n)];
    return true;
}

bool assembly_activate(AppRenderer& r) {
    if (!active(r) || r.assembly.focused.kind == AssemblyTarget::Kind::none) return false;
    act(r, r.assembly.focused);
    return true;
}

bool assembly_cancel(AppRenderer& r) {
    if (!active(r) || r.assembly.chosen.empty()) return false;
    r.assembly.chosen = {};
    return true;
}

void draw_assembly_labels(AppRenderer& r, const glm::mat4& view_proj, const glm::vec3& eye_m, const glm::vec2& viewport_px) {
    if (!active(r)) return;
    const AssemblyWorld& world = *r.assembly.world;
    std::vector<WorldLabel> labels;
    const auto add = [&](const AssemblyTarget& t, bool emphasised) {
        if (t.kind == AssemblyTarget::Kind::none) return;
        labels.push_back({world.anchor_of(t) + glm::vec3(0.0f, 0.03f, 0.0f), world.label_of(t), emphasised});
    };
    // Loose parts always say what they are; ports only once a joint is being made or a line is held.
    const bool joining = !r.assembly.chosen.empty();
    for (const AssemblyTarget& t : world.targets()) {
        if (t == r.assembly.hovered || t == r.assembly.focused) continue;
        if (t.kind == AssemblyTarget::Kind::part || (joining && t.kind == AssemblyTarget::Kind::port)) add(t, false);
    }
    add(r.assembly.focused, true);
    if (!(r.assembly.hovered == r.assembly.focused)) add(r.assembly.hovered, true);
    draw_world_labels(labels, view_proj, eye_m, viewport_px, nullptr, {.fade_start_m = 3.0f, .hide_beyond_m = 6.0f});
}

}  // namespace perfuse
