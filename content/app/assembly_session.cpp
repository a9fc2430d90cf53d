#include "app/assembly_session.h"

#include <algorithm>
#include <cstdio>

#include "app/app_paths.h"
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
// while the trainee builds it; the session remembers them to give them back.
void hide_room_items(const AssemblyHost& h, const AssemblyLayout& layout) {
    AssemblySession& a = h.session;
    a.interactables_before = h.room.interactables;
    for (const std::string& id : layout.hide_items) {
        if (const NodeId node = find_node_by_name(h.room.scene, id); node != kNoNode && h.room.scene.nodes[node].visible) {
            h.room.scene.nodes[node].visible = false;
            a.hidden_nodes.push_back(node);
        }
        std::erase_if(h.room.interactables, [&](const Interactable& item) { return item.id == id; });
        if (h.selection.selected == id) h.selection.selected.clear();
    }
}

// The trolley blocks walking while it stands in the room; it leaves with the assembly. (What stepped
// aside, the room's copies of the parts and the perfusionist the trainee stands in for, no longer does.)
void add_obstacles(const AssemblyHost& h) {
    h.room.obstacles = collect_obstacles(h.room.scene, 0.0f);
    const std::vector<Obstacle> trolley = h.session.world->obstacles();
    h.room.obstacles.insert(h.room.obstacles.end(), trolley.begin(), trolley.end());
}

// Ends the assembly: the room (if it is still the same room) gets back what stepped aside, with its
// interactables, and its obstacles without the trolley's.
void end_assembly(const AssemblyHost& h) {
    AssemblySession& a = h.session;
    if (a.world && a.room == h.room.id) {
        for (const NodeId node : a.hidden_nodes)
            if (node < h.room.scene.nodes.size()) h.room.scene.nodes[node].visible = true;
        h.room.interactables = std::move(a.interactables_before);
        h.room.obstacles = collect_obstacles(h.room.scene, 0.0f);
    }
    a = {};
}

void build_world(const AssemblyHost& h, procedures::ProcedureRun& run) {
    end_assembly(h);
    AssemblySession& a = h.session;
    a.run = &run;
    a.room = h.room.id;
    const circuits::Kit& kit = run.bench().kit();
    if (kit.scene != h.room.id) return;
    const std::filesystem::path file = assembly_layout_file(asset_dir(), h.room.id, kit.id);
    if (file.empty()) return;
    try {
        AssemblyLayout layout = load_assembly_layout(file);
        if (!layout.lays_out(kit.id)) return;  // the room's layout is for other kits
        std::vector<std::string> items;
        for (const circuits::ItemSpec& item : kit.items) items.push_back(item.id);
        a.world = std::make_unique<AssemblyWorld>(layout_for_kit(std::move(layout), items), h.room, model_dir());
        a.world->upload(h.device, h.textures);
    } catch (const std::exception& e) {
        a.world.reset();
        a.error = e.what();
        std::fprintf(stderr, "perfuse: %s\n", e.what());
        return;
    }
    hide_room_items(h, a.world->layout());
    add_obstacles(h);
}

bool active(const AssemblySession& a) { return a.run && a.world; }
}  // namespace

void update_assembly(const AssemblyHost& h, procedures::ProcedureRun* run, float dt_s) {
    AssemblySession& a = h.session;
    if (!run) {
        if (a.run || a.world) end_assembly(h);
        return;
    }
    if (a.run != run || a.room != h.room.id) build_world(h, *run);
    if (!a.world) return;
    a.world->set_reduced_motion(h.reduced_motion);
    a.world->sync(read_assembly_state(*run, a.world->layout(), a.chosen), dt_s);
    const std::vector<AssemblyTarget> targets = a.world->targets();
    if (std::find(targets.begin(), targets.end(), a.focused) == targets.end()) a.focused = {};
}

void add_assembly_draws(const AssemblyHost& h, const ViewCamera& camera, DrawList& draws) {
    if (!active(h.session)) return;
    const glm::vec3 forward{-camera.view[0][2], -camera.view[1][2], -camera.view[2][2]};
    h.session.world->hold_in_front_of(camera.position, forward);
    append_assembly_draws(h.session, camera, draws);
}

void append_assembly_draws(const AssemblySession& a, const ViewCamera& camera, DrawList& draws) {
    if (!active(a)) return;
    const AssemblyTarget& lit = a.hovered.kind != AssemblyTarget::Kind::none ? a.hovered : a.focused;
    a.world->append_draws(frustum_from_view_proj(camera.projection * camera.view), camera.position, lit, draws);
}

AssemblyPick assembly_pick(const AssemblyHost& h, const glm::vec3& ray_origin_m, const glm::vec3& ray_direction) {
    if (!active(h.session)) return {};
    const Ray ray = make_ray(ray_origin_m, ray_direction);
    const PickHit room_hit = pick(h.room.scene, ray, kPickRangeM);
    const float room_m = room_hit.hit() ? room_hit.distance_m : kPickRangeM;
    AssemblyPick hit = h.session.world->pick(ray, room_m + kMountSeeThroughM);
    if (hit.target.kind != AssemblyTarget::Kind::mount && hit.distance_m > room_m) hit = {};
    return hit;
}

bool assembly_act(const AssemblyHost& h, const AssemblyTarget& target) {
    AssemblySession& a = h.session;
    if (!active(a) || target.kind == AssemblyTarget::Kind::none) return false;
    const AssemblyOutcome outcome = act_on(*a.run, a.world->layout(), target, a.chosen);
    if (!outcome.acted) return false;
    a.message = outcome.message;
    a.message_refused = outcome.refused;
    if (!outcome.message.empty()) h.speak_requests.push_back(outcome.message);
    return true;
}

bool assembly_pointer(const AssemblyHost& h, const glm::vec3& ray_origin_m, const glm::vec3& ray_direction, bool clicked) {
    AssemblySession& a = h.session;
    a.hovered = {};
    const AssemblyPick hit = assembly_pick(h, ray_origin_m, ray_direction);
    if (hit.target.kind == AssemblyTarget::Kind::none) return false;
    a.hovered = hit.target;
    if (clicked) {
        a.focused = hit.target;
        assembly_act(h, hit.target);
    }
    return true;
}

bool assembly_focus_next(const AssemblyHost& h, int step) {
    AssemblySession& a = h.session;
    if (!active(a)) return false;
    const std::vector<AssemblyTarget> targets = a.world->targets();
    if (targets.empty()) return true;
    const auto it = std::find(targets.begin(), targets.end(), a.focused);
    const int n = int(targets.size());
    const int from = it == targets.end() ? (step > 0 ? -1 : 0) : int(it - targets.begin());
    a.focused = targets[std::size_t(((from + step) % n + n) % n)];
    return true;
}

bool assembly_activate(const AssemblyHost& h) {
    if (!active(h.session) || h.session.focused.kind == AssemblyTarget::Kind::none) return false;
    assembly_act(h, h.session.focused);
    return true;
}

bool assembly_cancel(const AssemblyHost& h) {
    if (!active(h.session) || h.session.chosen.empty()) return false;
    h.session.chosen = {};
    return true;
}

void draw_assembly_labels(const AssemblySession& a, const glm::mat4& view_proj, const glm::vec3& eye_m,
                          const glm::vec2& viewport_px) {
    if (!active(a)) return;
    const AssemblyWorld& world = *a.world;
    std::vector<WorldLabel> labels;
    const auto add = [&](const AssemblyTarget& t, bool emphasised) {
        if (t.kind == AssemblyTarget::Kind::none) return;
        labels.push_back({world.anchor_of(t) + glm::vec3(0.0f, 0.03f, 0.0f), world.label_of(t), emphasised});
    };
    // Loose parts always say what they are; ports only once a joint is being made or a line is held.
    const bool joining = !a.chosen.empty();
    for (const AssemblyTarget& t : world.targets()) {
        if (t == a.hovered || t == a.focused) continue;
        if (t.kind == AssemblyTarget::Kind::part || (joining && t.kind == AssemblyTarget::Kind::port)) add(t, false);
    }
    add(a.focused, true);
    if (!(a.hovered == a.focused)) add(a.hovered, true);
    draw_world_labels(labels, view_proj, eye_m, viewport_px, nullptr, {.fade_start_m = 3.0f, .hide_beyond_m = 6.0f});
}

}  // namespace perfuse
