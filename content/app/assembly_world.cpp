// AssemblyWorld's objects: the trolley, each part (its model, a ring of tubing, or a packed coil) on
// the trolley with its mount outline and port markers, the fixtures' port markers. Moving them is in
// assembly_world_sync.cpp, the tubes in assembly_world_lines.cpp, drawing and picking in
// assembly_world_draw.cpp.
#include "app/assembly_world.h"

#include <stdexcept>

#include "app/assembly_tube.h"
#include "app/room.h"
#include "geometry/primitives.h"
#include "gpu/device.h"
#include "scene/collision.h"
#include "scene/gltf_loader.h"
#include "scene/scene_merge.h"
#include "world/model_catalog.h"

namespace perfuse {

namespace {
constexpr float kMarkerRadiusM = 0.018f;  // port markers stand just proud of the part
constexpr float kStepHeightM = 0.2f;      // a walker steps over what is lower (as collect_obstacles)

struct Model {
    Scene scene;
    Bounds bounds;
};

Model load_model(const std::filesystem::path& models_dir, const std::string& name) {
    LoadResult loaded = load_gltf(world::model_file(models_dir, name));
    if (!loaded.ok()) throw std::runtime_error(loaded.error);
    Model model{std::move(loaded.scene), {}};
    update_world_transforms(model.scene);
    model.bounds = scene_bounds(model.scene);
    if (model.bounds.empty()) throw std::runtime_error(world::model_file(models_dir, name).string() + ": model has no geometry");
    return model;
}

// A tubing pack or cannula waiting on the trolley with no model of its own: a flat coil of clear tube.
MeshData coil() {
    MeshData mesh = make_torus(0.08f, 0.012f, 24, 8);
    mesh.name = "tubing_coil";
    return mesh;
}

Transform translated(Transform t, const glm::vec3& offset_m) {
    t.translation_m += offset_m;
    return t;
}
}  // namespace

// Each model is read once and its meshes added to the scene once, however many parts use it.
struct AssemblyWorld::Models {
    std::filesystem::path dir;
    std::map<std::string, std::pair<Model, ModelAssets>> loaded;

    std::pair<const Model&, const ModelAssets&> get(Scene& scene, const std::string& name) {
        auto it = loaded.find(name);
        if (it == loaded.end()) {
            Model model = load_model(dir, name);
            ModelAssets assets = append_assets(scene, model.scene);
            it = loaded.emplace(name, std::make_pair(std::move(model), std::move(assets))).first;
        }
        return {it->second.first, it->second.second};
    }
};

AssemblyWorld::AssemblyWorld(AssemblyLayout layout, const Room& room, const std::filesystem::path& models_dir)
    : layout_(std::move(layout)) {
    const NodeId host = find_node_by_name(room.scene, layout_.host);
    if (host == kNoNode) throw std::runtime_error(layout_.file + ": host: no item '" + layout_.host + "' in the room");
    host_ = room.scene.nodes[host].local;  // placed items are roots: local is their place in the room
    marker_free_ = add_material(scene_, {.name = "port_free", .base_color = {1.0f, 0.72f, 0.1f, 1.0f}, .emissive = {0.45f, 0.3f, 0.0f}});
    marker_chosen_ = add_material(scene_, {.name = "port_chosen", .base_color = {0.2f, 1.0f, 0.35f, 1.0f}, .emissive = {0.1f, 0.6f, 0.15f}});
    mount_material_ = add_material(scene_, {.name = "mount", .base_color = {0.35f, 0.85f, 1.0f, 0.3f}, .emissive = {0.1f, 0.35f, 0.45f}});
    marker_mesh_ = add_mesh(scene_, make_sphere(kMarkerRadiusM, 16, 8));
    coil_mesh_ = add_mesh(scene_, coil());
    coil_material_ = add_material(scene_, line_material({}));

    Models models{.dir = models_dir, .loaded = {}};
    const TrolleyLayout& t = layout_.trolley;
    auto [trolley_model, trolley_assets] = models.get(scene_, t.model);
    const Transform trolley{.translation_m = t.position_m,
                            .rotation = glm::angleAxis(glm::radians(t.rotation_y_deg), glm::vec3(0, 1, 0))};
    trolley_ = instantiate(scene_, trolley_model.scene, trolley_assets, kNoNode, trolley, "parts_trolley");
    set_pickable(trolley_, true);
    for (const PartLayout& part : layout_.parts) add_part(part, models);
    for (const FixtureLayout& fixture : layout_.fixtures) {
        const NodeId group = add_node(scene_, "fixture:" + fixture.id, kNoNode, host_);
        for (const PortLayout& port : fixture.ports) fixture_ports_[fixture.id].push_back(add_marker(group, fixture.id, port));
    }
    clamp_mesh_ = add_mesh(scene_, clamp_mesh());
    clamp_material_ = add_material(scene_, {.name = "clamp", .base_color = {0.15f, 0.3f, 0.75f, 1.0f}});
    fixed_mesh_count_ = std::int32_t(scene_.meshes.size());
    update_world_transforms(scene_);
}

NodeId AssemblyWorld::add_marker(NodeId parent, const std::string& part, const PortLayout& port) {
    const NodeId id = add_node(scene_, "port:" + part + "/" + port.id, parent, Transform{.translation_m = port.position_m});
    scene_.nodes[id].mesh = marker_mesh_;
    scene_.nodes[id].material = marker_free_;
    scene_.nodes[id].tag = "port:" + part + "/" + port.id;
    scene_.nodes[id].collidable = false;
    return id;
}

void AssemblyWorld::add_part(const PartLayout& part, Models& models) {
    PartNodes nodes;
    Bounds bounds = scene_.mesh_bounds[std::size_t(coil_mesh_)];
    const std::string& model_name = part.coil() ? part.pack_model : part.model;
    if (part.ring_m) {  // a boot of tubing: a ring built where it sits when mounted
        MeshData ring = make_torus(0.06f, 0.009f, 24, 8);
        for (Vertex& v : ring.vertices) v.position += *part.ring_m;
        nodes.root = add_node(scene_, "part:" + part.id);
        scene_.nodes[nodes.root].mesh = add_mesh(scene_, std::move(ring));
        scene_.nodes[nodes.root].material = coil_material_;
        scene_.nodes[nodes.root].tag = "part:" + part.id;
        bounds = scene_.mesh_bounds[std::size_t(scene_.nodes[nodes.root].mesh)];
    } else if (!model_name.empty()) {  // a part's own model, or how a packed coil looks
        auto [model, model_assets] = models.get(scene_, model_name);
        bounds = model.bounds;
        nodes.root = instantiate(scene_, model.scene, model_assets, kNoNode, {}, "part:" + part.id, "part:" + part.id);
    } else {
        nodes.root = add_node(scene_, "part:" + part.id);
        scene_.nodes[nodes.root].mesh = coil_mesh_;
        scene_.nodes[nodes.root].material = coil_material_;
        scene_.nodes[nodes.root].tag = "part:" + part.id;
    }
    nodes.model_centre_m = bounds.center();
    nodes.half_height_m = 0.5f * bounds.size().y * host_.scale.y;
    nodes.to = nodes.from = scene_.nodes[nodes.root].local = trolley_place(nodes, part);
    set_pickable(nodes.root, true);
    // A laid cannula's connector stays where the layout puts it, whatever its coil does.
    const NodeId port_parent = part.coil() ? add_node(scene_, "ends:" + part.id, kNoNode, host_) : nodes.root;
    for (const PortLayout& port : part.ports) nodes.ports.push_back(add_marker(port_parent, part.id, port));
    MeshData outline = make_box(bounds.size() * 1.08f + glm::vec3(0.01f));
    nodes.mount = add_node(scene_, "mount:" + part.id, kNoNode, translated(host_, host_.rotation * (host_.scale * nodes.model_centre_m)));
    scene_.nodes[nodes.mount].mesh = add_mesh(scene_, std::move(outline));
    scene_.nodes[nodes.mount].material = mount_material_;
    scene_.nodes[nodes.mount].tag = "mount:" + part.id;
    scene_.nodes[nodes.mount].visible = false;
    parts_.emplace(part.id, std::move(nodes));
}

void AssemblyWorld::set_pickable(NodeId root, bool pickable) {
    std::vector<NodeId> stack{root};
    while (!stack.empty()) {
        Node& node = scene_.nodes[stack.back()];
        stack.pop_back();
        node.pickable = pickable;
        node.collidable = false;
        stack.insert(stack.end(), node.children.begin(), node.children.end());
    }
}

Transform AssemblyWorld::trolley_place(const PartNodes& part, const PartLayout& layout) const {
    const glm::quat trolley_rotation = glm::angleAxis(glm::radians(layout_.trolley.rotation_y_deg), glm::vec3(0, 1, 0));
    const glm::vec3 centre_m = layout_.trolley.position_m + trolley_rotation * layout.slot_m + glm::vec3(0, part.half_height_m, 0);
    Transform t = host_;
    t.translation_m = centre_m - host_.rotation * (host_.scale * part.model_centre_m);
    return t;
}

std::vector<Obstacle> AssemblyWorld::obstacles() const {
    // The trolley's meshes only: the parts on it are inside its footprint, and the mounted ones on the
    // host, which blocks walking already.
    std::vector<Obstacle> out;
    std::vector<NodeId> stack{trolley_};
    while (!stack.empty()) {
        const Node& node = scene_.nodes[stack.back()];
        stack.pop_back();
        if (node.mesh >= 0 && node.visible && !node.world_bounds.empty() && node.world_bounds.max.y > kStepHeightM)
            out.push_back(obstacle_from_mesh(scene_.mesh_bounds[std::size_t(node.mesh)], node.world));
        stack.insert(stack.end(), node.children.begin(), node.children.end());
    }
    return out;
}

AssemblyWorld::~AssemblyWorld() {
    if (device_) vkDeviceWaitIdle(device_->handle());
}

void AssemblyWorld::upload(Device& device, TextureTable& textures) {
    device_ = &device;
    gpu_ = std::make_unique<SceneGpu>(device, scene_, textures);
}

}  // namespace perfuse
