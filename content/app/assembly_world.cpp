#include "app/assembly_world.h"

#include <algorithm>
#include <cmath>
#include <stdexcept>

#include <glm/gtc/quaternion.hpp>

#include "app/assembly_tube.h"
#include "app/room.h"
#include "geometry/primitives.h"
#include "geometry/sweep.h"
#include "gpu/device.h"
#include "gpu/frames.h"
#include "scene/gltf_loader.h"
#include "scene/scene_merge.h"
#include "world/model_catalog.h"

namespace perfuse {

namespace {
constexpr float kMoveS = 0.45f;           // a part's move from trolley to hand to mount
constexpr float kMarkerRadiusM = 0.018f;  // port markers stand just proud of the part
constexpr float kHoldDistanceM = 0.55f;
constexpr float kHoldDropM = 0.22f;  // held below the line of sight, so the view stays clear
constexpr float kLooseDropM = 0.35f;
constexpr int kRetireFrames = 2 * int(FrameRing::kFramesInFlight) + 2;  // draws may be prepared twice a frame

struct Model {
    Scene scene;
    Bounds bounds;
};

Model load_model(const std::filesystem::path& models_dir, const std::string& name) {
    LoadResult loaded = loadGltf(world::model_file(models_dir, name));
    if (!loaded.ok()) throw std::runtime_error(loaded.error);
    Model model{std::move(loaded.scene), {}};
    updateWorld(model.scene);
    model.bounds = sceneBounds(model.scene);
    if (model.bounds.empty()) throw std::runtime_error(world::model_file(models_dir, name).string() + ": model has no geometry");
    return model;
}

void set_subtree(Scene& scene, NodeId root, bool pickable) {
    std::vector<NodeId> stack{root};
    while (!stack.empty()) {
        Node& node = scene.nodes[stack.back()];
        stack.pop_back();
        node.pickable = pickable;
        node.collidable = false;
        stack.insert(stack.end(), node.children.begin(), node.children.end());
    }
}

std::vector<NodeId> subtree(const Scene& scene, NodeId root) {
    std::vector<NodeId> out, stack{root};
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        out.push_back(id);
        stack.insert(stack.end(), scene.nodes[id].children.begin(), scene.nodes[id].children.end());
    }
    return out;
}

// A tubing pack or cannula waiting on the trolley: a flat coil of clear tube.
MeshData coil() {
    MeshData mesh = make_torus(0.08f, 0.012f, 24, 8);
    mesh.name = "tubing_coil";
    return mesh;
}

// The rotation that turns +X onto DIR (unit length).
glm::quat turn_x_to(const glm::vec3& dir) {
    const glm::vec3 x{1, 0, 0};
    const glm::vec3 axis = glm::cross(x, dir);
    if (glm::length(axis) < 1e-5f) return dir.x > 0 ? glm::quat(1, 0, 0, 0) : glm::angleAxis(glm::pi<float>(), glm::vec3(0, 1, 0));
    return glm::angleAxis(std::acos(glm::clamp(glm::dot(x, dir), -1.0f, 1.0f)), glm::normalize(axis));
}

Transform translated(Transform t, const glm::vec3& offset_m) {
    t.translation_m += offset_m;
    return t;
}

AssemblyTarget target_from_tag(const std::string& tag) {
    const auto colon = tag.find(':');
    if (colon == std::string::npos) return {};
    const std::string kind = tag.substr(0, colon), rest = tag.substr(colon + 1);
    if (kind == "part") return {.kind = AssemblyTarget::Kind::part, .part = rest};
    if (kind == "mount") return {.kind = AssemblyTarget::Kind::mount, .part = rest};
    if (kind == "line") return {.kind = AssemblyTarget::Kind::line, .line = rest};
    if (kind == "port") {
        const auto slash = rest.find('/');
        if (slash == std::string::npos) return {};
        return {.kind = AssemblyTarget::Kind::port, .part = rest.substr(0, slash), .port = rest.substr(slash + 1)};
    }
    return {};
}

bool same_lines(const std::vector<LineView>& a, const std::vector<LineView>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || !(a[i].a == b[i].a) || !(a[i].b == b[i].b)) return false;
    return true;
}
}  // namespace

AssemblyWorld::AssemblyWorld(AssemblyLayout layout, const Room& room, const std::filesystem::path& models_dir)
    : layout_(std::move(layout)) {
    const NodeId host = findNodeByName(room.scene, layout_.host);
    if (host == kNoNode) throw std::runtime_error("assembly/" + layout_.scene + ".json: host: no item '" + layout_.host + "' in the room");
    host_ = room.scene.nodes[host].local;  // placed items are roots: local is their place in the room
    marker_free_ = addMaterial(scene_, {.name = "port_free", .base_color = {1.0f, 0.72f, 0.1f, 1.0f}, .emissive = {0.45f, 0.3f, 0.0f}});
    marker_chosen_ = addMaterial(scene_, {.name = "port_chosen", .base_color = {0.2f, 1.0f, 0.35f, 1.0f}, .emissive = {0.1f, 0.6f, 0.15f}});
    mount_material_ = addMaterial(scene_, {.name = "mount", .base_color = {0.35f, 0.85f, 1.0f, 0.3f}, .emissive = {0.1f, 0.35f, 0.45f}});
    const std::int32_t marker = addMesh(scene_, make_sphere(kMarkerRadiusM, 16, 8));
    const auto add_marker = [&](NodeId parent, const std::string& part, const PortLayout& port) {
        const NodeId id = addNode(scene_, "port:" + part + "/" + port.id, parent, Transform{.translation_m = port.position_m});
        scene_.nodes[id].mesh = marker;
        scene_.nodes[id].material = marker_free_;
        scene_.nodes[id].tag = "port:" + part + "/" + port.id;
        scene_.nodes[id].collidable = false;
        return id;
    };

    std::map<std::string, ModelAssets> assets;
    std::map<std::string, Model> models;
    const auto model_for = [&](const std::string& name) -> std::pair<Model&, ModelAssets> {
        auto it = models.find(name);
        if (it == models.end()) {
            it = models.emplace(name, load_model(models_dir, name)).first;
            assets[name] = appendAssets(scene_, it->second.scene);
        }
        return {it->second, assets[name]};
    };

    const TrolleyLayout& t = layout_.trolley;
    auto [trolley_model, trolley_assets] = model_for(t.model);
    const Transform trolley{.translation_m = t.position_m,
                            .rotation = glm::angleAxis(glm::radians(t.rotation_y_deg), glm::vec3(0, 1, 0))};
    set_subtree(scene_, instantiate(scene_, trolley_model.scene, trolley_assets, kNoNode, trolley, "parts_trolley"), true);

    const std::int32_t coil_mesh = addMesh(scene_, coil());
    const std::int32_t coil_material = addMaterial(scene_, line_material({}));
    for (const PartLayout& part : layout_.parts) {
        PartNodes nodes;
        Bounds bounds = scene_.mesh_bounds[std::size_t(coil_mesh)];
        if (part.ring_m) {  // a boot of tubing: a ring built where it sits when mounted
            MeshData ring = make_torus(0.06f, 0.009f, 24, 8);
            for (Vertex& v : ring.vertices) v.position += *part.ring_m;
            nodes.root = addNode(scene_, "part:" + part.id);
            scene_.nodes[nodes.root].mesh = addMesh(scene_, std::move(ring));
            scene_.nodes[nodes.root].material = coil_material;
            scene_.nodes[nodes.root].tag = "part:" + part.id;
            bounds = scene_.mesh_bounds[std::size_t(scene_.nodes[nodes.root].mesh)];
        } else if (!part.coil()) {
            auto [model, model_assets] = model_for(part.model);
            bounds = model.bounds;
            nodes.root = instantiate(scene_, model.scene, model_assets, kNoNode, {}, "part:" + part.id, "part:" + part.id);
        } else {
            nodes.root = addNode(scene_, "part:" + part.id);
            scene_.nodes[nodes.root].mesh = coil_mesh;
            scene_.nodes[nodes.root].material = coil_material;
            scene_.nodes[nodes.root].tag = "part:" + part.id;
        }
        nodes.model_centre_m = bounds.center();
        nodes.half_height_m = 0.5f * bounds.size().y * host_.scale.y;
        nodes.to = nodes.from = scene_.nodes[nodes.root].local = trolley_place(nodes, part);
        set_subtree(scene_, nodes.root, true);
        // A laid cannula's connector stays where the layout puts it, whatever its coil does.
        const NodeId port_parent = part.coil() ? addNode(scene_, "ends:" + part.id, kNoNode, host_) : nodes.root;
        for (const PortLayout& port : part.ports) nodes.ports.push_back(add_marker(port_parent, part.id, port));
        MeshData outline = make_box(bounds.size() * 1.08f + glm::vec3(0.01f));
        nodes.mount = addNode(scene_, "mount:" + part.id, kNoNode, translated(host_, host_.rotation * (host_.scale * nodes.model_centre_m)));
        scene_.nodes[nodes.mount].mesh = addMesh(scene_, std::move(outline));
        scene_.nodes[nodes.mount].material = mount_material_;
        scene_.nodes[nodes.mount].tag = "mount:" + part.id;
        scene_.nodes[nodes.mount].visible = false;
        parts_.emplace(part.id, std::move(nodes));
    }
    for (const FixtureLayout& fixture : layout_.fixtures) {
        const NodeId group = addNode(scene_, "fixture:" + fixture.id, kNoNode, host_);
        for (const PortLayout& port : fixture.ports) fixture_ports_[fixture.id].push_back(add_marker(group, fixture.id, port));
    }
    clamp_mesh_ = addMesh(scene_, clamp_mesh());
    clamp_material_ = addMaterial(scene_, {.name = "clamp", .base_color = {0.15f, 0.3f, 0.75f, 1.0f}});
    fixed_mesh_count_ = std::int32_t(scene_.meshes.size());
    updateWorld(scene_);
}

Transform AssemblyWorld::trolley_place(const PartNodes& part, const PartLayout& layout) const {
    const glm::quat trolley_rotation = glm::angleAxis(glm::radians(layout_.trolley.rotation_y_deg), glm::vec3(0, 1, 0));
    const glm::vec3 centre_m = layout_.trolley.position_m + trolley_rotation * layout.slot_m + glm::vec3(0, part.half_height_m, 0);
    Transform t = host_;
    t.translation_m = centre_m - host_.rotation * (host_.scale * part.model_centre_m);
    return t;
}

AssemblyWorld::~AssemblyWorld() {
    if (device_) vkDeviceWaitIdle(device_->handle());
}

void AssemblyWorld::upload(Device& device, TextureTable& textures) {
    device_ = &device;
    gpu_ = std::make_unique<SceneGpu>(device, scene_, textures);
}

void AssemblyWorld::move_part(PartNodes& part, const Transform& to, bool animate) {
    animate = animate && !reduced_motion_;
    part.from = animate ? scene_.nodes[part.root].local : to;
    part.to = to;
    part.t = animate ? 0.0f : 1.0f;
}

void AssemblyWorld::sync(const AssemblyState& state, float dt_s) {
    held_.clear();
    for (const PartView& view : state.parts) {
        auto it = parts_.find(view.id);
        if (it == parts_.end()) continue;  // a part this room has no model for (shown in the panel only)
        PartNodes& part = it->second;
        if (view.place == PartPlace::in_hand) held_ = view.id;
        if (view.place != part.place) {
            part.place = view.place;
            if (view.place == PartPlace::trolley) move_part(part, trolley_place(part, *layout_.find_part(view.id)), true);
            if (view.place == PartPlace::mounted) move_part(part, host_, true);
            if (view.place == PartPlace::in_hand) move_part(part, scene_.nodes[part.root].local, true);  // target set by hold_in_front_of
            if (view.place == PartPlace::laid) move_part(part, trolley_place(part, *layout_.find_part(view.id)), false);
        }
    }
    for (auto& [id, part] : parts_) {
        part.t = std::min(1.0f, part.t + dt_s / kMoveS);
        const float s = part.t * part.t * (3.0f - 2.0f * part.t);
        Transform& local = scene_.nodes[part.root].local;
        local.translation_m = glm::mix(part.from.translation_m, part.to.translation_m, s);
        local.rotation = glm::slerp(part.from.rotation, part.to.rotation, s);
        local.scale = part.to.scale;
        scene_.nodes[part.mount].visible = id == held_ && !layout_.find_part(id)->coil();
        scene_.nodes[part.root].visible = part.place != PartPlace::laid;
        const bool mounted = part.place == PartPlace::mounted;
        set_subtree(scene_, part.root, !mounted && part.place != PartPlace::in_hand);
        const bool ports_in_place = mounted || part.place == PartPlace::laid;
        for (NodeId port : part.ports) {
            scene_.nodes[port].visible = ports_in_place;
            scene_.nodes[port].pickable = ports_in_place;
        }
    }
    if (!same_lines(state.lines, [&] {
            std::vector<LineView> v;
            for (const LineNodes& l : lines_) v.push_back(l.view);
            return v;
        }()))
        rebuild_lines(state);
    for (std::size_t i = 0; i < lines_.size() && i < state.lines.size(); ++i) {
        lines_[i].view = state.lines[i];
        scene_.materials[std::size_t(lines_[i].material)] = line_material(state.lines[i].fluid);
        scene_.nodes[lines_[i].clamp].visible = state.lines[i].clamped;
    }
    update_markers(state);
    updateWorld(scene_);
}

void AssemblyWorld::hold_in_front_of(const glm::vec3& eye_m, const glm::vec3& forward) {
    auto it = parts_.find(held_);
    if (it == parts_.end()) return;
    PartNodes& part = it->second;
    Transform to = part.to;
    to.rotation = host_.rotation;
    to.translation_m = eye_m + kHoldDistanceM * glm::normalize(forward) - glm::vec3(0, kHoldDropM, 0) -
                       host_.rotation * (host_.scale * part.model_centre_m);
    part.to = to;
    if (part.t >= 1.0f) scene_.nodes[part.root].local = to;
    updateWorld(scene_);
}

void AssemblyWorld::update_markers(const AssemblyState& state) {
    const auto paint = [&](const std::string& part, const std::vector<PortLayout>& ports, const std::vector<NodeId>& nodes) {
        for (std::size_t i = 0; i < nodes.size(); ++i)
            scene_.nodes[nodes[i]].material =
                state.chosen_port == PortKey{part, ports[i].id} ? marker_chosen_ : marker_free_;
    };
    for (const PartLayout& part : layout_.parts) paint(part.id, part.ports, parts_.at(part.id).ports);
    for (const FixtureLayout& fixture : layout_.fixtures) paint(fixture.id, fixture.ports, fixture_ports_[fixture.id]);
}

NodeId AssemblyWorld::port_node(const PortKey& port) const {
    const auto find_in = [&](const std::vector<PortLayout>& ports, const std::vector<NodeId>& nodes) {
        for (std::size_t i = 0; i < ports.size(); ++i)
            if (ports[i].id == port.port) return nodes[i];
        return kNoNode;
    };
    if (const PartLayout* part = layout_.find_part(port.part)) return find_in(part->ports, parts_.at(port.part).ports);
    for (const FixtureLayout& fixture : layout_.fixtures)
        if (fixture.id == port.part) return find_in(fixture.ports, fixture_ports_.at(fixture.id));
    return kNoNode;
}

glm::vec3 AssemblyWorld::port_world(const PortKey& port) const {
    if (port.part == kJunction) return glm::vec3(host_.matrix() * glm::vec4(layout_.junction_m, 1.0f));
    const PortLayout* layout = layout_.find_port(port.part, port.port);
    if (!layout) return host_.translation_m;
    // Where the port will be once any move has finished, so a tube drawn during a move ends right.
    auto it = parts_.find(port.part);
    const bool moves_with_part = it != parts_.end() && !layout_.find_part(port.part)->coil();
    const Transform& frame = moves_with_part ? it->second.to : host_;
    return glm::vec3(frame.matrix() * glm::vec4(layout->position_m, 1.0f));
}

std::vector<glm::vec3> AssemblyWorld::line_path(const LineView& line) const {
    // A loose end hangs below the joined one, towards the front of the machine.
    const auto loose_end = [&](const PortKey& joined) {
        return port_world(joined) + host_.rotation * glm::vec3(0.0f, -kLooseDropM, 0.25f);
    };
    const glm::vec3 a = line.a.empty() ? loose_end(line.b) : port_world(line.a);
    const glm::vec3 b = line.b.empty() ? loose_end(line.a) : port_world(line.b);
    const glm::vec3 down{0.0f, -1.0f, 0.0f};
    return tube_path(a, line.a.empty() ? down : port_direction(line.a), b, line.b.empty() ? down : port_direction(line.b));
}

glm::vec3 AssemblyWorld::port_direction(const PortKey& port) const {
    const PortLayout* layout = layout_.find_port(port.part, port.port);
    return layout ? host_.rotation * layout->direction : glm::vec3(0, -1, 0);
}

void AssemblyWorld::rebuild_lines(const AssemblyState& state) {
    for (LineNodes& line : lines_) {  // the tubes drawn so far may still be in a frame in flight
        if (line.gpu < tube_meshes_.size() && tube_meshes_[line.gpu]) retired_.emplace_back(std::move(tube_meshes_[line.gpu]), kRetireFrames);
        scene_.nodes[line.tube].visible = false;
        scene_.nodes[line.clamp].visible = false;
    }
    std::vector<LineNodes> old = std::move(lines_);
    lines_.clear();
    tube_meshes_.clear();
    for (std::size_t i = 0; i < state.lines.size(); ++i) {
        const LineView& view = state.lines[i];
        LineNodes line = i < old.size() ? old[i] : LineNodes{};
        line.view = view;
        const std::vector<glm::vec3> path = line_path(view);
        MeshData mesh = make_tube(path, kTubeRadiusM, 10, false);
        mesh.name = "line:" + view.id;
        if (line.tube == kNoNode) {
            line.tube = addNode(scene_, "line:" + view.id);
            scene_.nodes[line.tube].mesh = addMesh(scene_, mesh);
            line.material = addMaterial(scene_, line_material(view.fluid));
            scene_.nodes[line.tube].material = line.material;
            line.clamp = addNode(scene_, "clamp:" + view.id);
            scene_.nodes[line.clamp].mesh = clamp_mesh_;
            scene_.nodes[line.clamp].material = clamp_material_;
        } else {
            scene_.meshes[std::size_t(scene_.nodes[line.tube].mesh)] = mesh;
            scene_.mesh_bounds[std::size_t(scene_.nodes[line.tube].mesh)] = mesh.bounds();
        }
        for (NodeId id : {line.tube, line.clamp}) {
            scene_.nodes[id].tag = "line:" + view.id;
            scene_.nodes[id].collidable = false;
            scene_.nodes[id].visible = true;
        }
        // The clamp sits across the middle of the line.
        const std::size_t mid = path.size() / 2;
        const glm::vec3 along = glm::normalize(path[std::min(mid + 1, path.size() - 1)] - path[mid > 0 ? mid - 1 : 0]);
        line.middle_m = path[mid];
        const glm::vec3 across = glm::length(glm::cross(along, glm::vec3(0, 1, 0))) > 1e-3f
                                     ? glm::normalize(glm::cross(along, glm::vec3(0, 1, 0)))
                                     : glm::vec3(1, 0, 0);
        scene_.nodes[line.clamp].local = {.translation_m = path[mid],
                                          .rotation = turn_x_to(across)};
        line.gpu = tube_meshes_.size();
        tube_meshes_.push_back(device_ ? std::make_unique<GpuMesh>(upload_mesh(*device_, mesh)) : nullptr);
        lines_.push_back(std::move(line));
    }
}

void AssemblyWorld::append_draws(const Frustum& frustum, const glm::vec3& eye_m, const AssemblyTarget& highlighted,
                                 DrawList& draws) {
    for (auto& [mesh, frames] : retired_) --frames;
    std::erase_if(retired_, [](const auto& r) { return r.second <= 0; });
    if (!gpu_) return;
    std::vector<NodeId> lit;
    using Kind = AssemblyTarget::Kind;
    if (highlighted.kind == Kind::part && parts_.count(highlighted.part)) lit = subtree(scene_, parts_.at(highlighted.part).root);
    if (highlighted.kind == Kind::mount && parts_.count(highlighted.part)) lit = {parts_.at(highlighted.part).mount};
    if (highlighted.kind == Kind::port) lit = {port_node({highlighted.part, highlighted.port})};
    DrawList mine;
    gpu_->build_draws(scene_, frustum, eye_m, lit, mine);
    for (const LineNodes& line : lines_) {
        const GpuMesh* mesh = line.gpu < tube_meshes_.size() ? tube_meshes_[line.gpu].get() : nullptr;
        const Node& node = scene_.nodes[line.tube];
        if (!mesh || !node.visible || !intersects(frustum, node.world_bounds)) continue;
        const bool on = highlighted.kind == Kind::line && highlighted.line == line.view.id;
        mine.push_back({.mesh = mesh, .model = node.world, .material = scene_.materials[std::size_t(line.material)],
                        .highlight = on ? 1.0f : 0.0f});
        if (on && scene_.nodes[line.clamp].visible) lit.push_back(line.clamp);
    }
    // Keep the room's order: every opaque draw before the first see-through one.
    const auto clear = [](const DrawItem& d) { return d.material.base_color.a < 1.0f; };
    std::stable_partition(mine.begin(), mine.end(), [&](const DrawItem& d) { return !clear(d); });
    const auto first_clear_room = std::find_if(draws.begin(), draws.end(), clear);
    const auto first_clear_mine = std::find_if(mine.begin(), mine.end(), clear);
    const std::ptrdiff_t at = first_clear_room - draws.begin();
    draws.insert(draws.begin() + at, mine.begin(), first_clear_mine);
    draws.insert(draws.end(), first_clear_mine, mine.end());
}

bool AssemblyWorld::animating() const {
    return std::any_of(parts_.begin(), parts_.end(), [](const auto& p) { return p.second.t < 1.0f; });
}

AssemblyPick AssemblyWorld::pick(const Ray& ray, float max_distance_m) const {
    const PickHit hit = perfuse::pick(scene_, ray, max_distance_m);
    if (!hit.hit()) return {.distance_m = max_distance_m};
    return {.target = target_from_tag(hit.tag), .distance_m = hit.distance_m};
}

}  // namespace perfuse
