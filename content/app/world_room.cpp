#include "app/world_room.h"

#include <cmath>
#include <cstdio>
#include <map>
#include <stdexcept>

#include <glm/gtc/quaternion.hpp>

#include "scene/gltf_loader.h"
#include "scene/scene_merge.h"
#include "world/cards.h"
#include "world/model_catalog.h"
#include "world/scene_loader.h"

namespace perfuse {

namespace {
// Scene files give light brightness relative to the key light (1); this is the key light's
// intensity in the renderer's units, tuned with the tone mapper so a lit white wall reads white.
constexpr float kKeyIntensity = 16.0f;
constexpr float kEyeHeightM = 1.7f;

struct LoadedModel {
    Scene scene;
    ModelAssets assets;
};

// Loads each model once and copies its meshes into the world scene; instancing shares them.
LoadedModel& model_for(std::map<std::string, LoadedModel>& cache, Scene& world, const std::filesystem::path& dir,
                       const std::string& name) {
    auto it = cache.find(name);
    if (it != cache.end()) return it->second;
    LoadResult loaded = load_gltf(world::model_file(dir, name));
    if (!loaded.ok()) throw std::runtime_error(loaded.error);
    for (const std::string& warning : loaded.warnings) std::fprintf(stderr, "perfuse: warning: %s\n", warning.c_str());
    LoadedModel model{std::move(loaded.scene), {}};
    model.assets = append_assets(world, model.scene);
    return cache.emplace(name, std::move(model)).first->second;
}

// Returns each item's root node, by item id.
std::map<std::string, NodeId> place_items(Room& room, const world::Scene& scene, const std::filesystem::path& models_dir) {
    std::map<std::string, LoadedModel> cache;
    std::map<std::string, NodeId> roots;
    for (const world::Item& item : scene.items) {
        LoadedModel& model = model_for(cache, room.scene, models_dir, item.model);
        Transform placement;
        placement.translation_m = item.position_m;
        placement.rotation = glm::angleAxis(glm::radians(item.rotation_y_deg), glm::vec3(0.0f, 1.0f, 0.0f));
        placement.scale = item.scale;
        const NodeId root = instantiate(room.scene, model.scene, model.assets, kNoNode, placement, item.id,
                                        item.interactable ? item.id : std::string());
        roots[item.id] = root;
        // The whole instance shares the item's pick and collision rules. The room's structure (floor,
        // walls, ceiling, doors) encloses everything else: the renderer draws it last.
        std::vector<NodeId> stack{root};
        while (!stack.empty()) {
            Node& node = room.scene.nodes[stack.back()];
            stack.pop_back();
            node.pickable = item.interactable;
            node.collidable = item.collider;
            node.backdrop = item.structural;
            stack.insert(stack.end(), node.children.begin(), node.children.end());
        }
    }
    update_world_transforms(room.scene);
    return roots;
}

void collect_interactables(Room& room, const world::Scene& scene, const std::map<std::string, NodeId>& roots) {
    for (const world::Item& item : scene.items) {
        if (!item.interactable) continue;
        const Bounds bounds = subtree_bounds(room.scene, roots.at(item.id));
        const glm::vec3 anchor = bounds.empty() ? item.position_m
                                                : glm::vec3(bounds.center().x, bounds.max.y + 0.12f, bounds.center().z);
        room.interactables.push_back({item.id, item.label, item.card, anchor});
    }
}

void add_lights(Room& room, const world::Scene& scene) {
    for (const world::Light& light : scene.lights) {
        if (light.key) {
            room.lighting.key = {.position = light.position_m,
                                 .direction = light.target_m - light.position_m,
                                 .color = light.color,
                                 .intensity = kKeyIntensity * light.intensity,
                                 .inner_angle_deg = light.cone_deg * 0.5f,
                                 .outer_angle_deg = light.cone_deg};
        } else if (room.lighting.fills.size() < 4) {
            room.lighting.fills.push_back({.position = light.position_m,
                                           .color = light.color,
                                           .intensity = kKeyIntensity * light.intensity,
                                           .range_m = light.range_m});
        }
    }
}
}  // namespace

CameraPose pose_from_camera(const world::CameraView& camera) {
    const glm::vec3 d = glm::normalize(camera.target_m - camera.position_m);
    // Yaw 0 looks down -Z and turns left (towards -X) as it grows.
    return {.eye_m = camera.position_m, .yaw_rad = std::atan2(-d.x, -d.z), .pitch_rad = std::asin(glm::clamp(d.y, -1.0f, 1.0f))};
}

Room build_world_room(const WorldRoomRequest& request) {
    // WorldError is a std::runtime_error with a one-line "file: field: problem" message.
    const world::Scene scene = world::load_scene(request.scene_file, world::models_in(request.models_dir));
    Room room;
    room.id = scene.id;
    const std::map<std::string, NodeId> roots = place_items(room, scene, request.models_dir);
    add_lights(room, scene);
    collect_interactables(room, scene, roots);
    room.cards = world::load_cards(request.cards_dir / "items.json", request.cards_dir / "people.json");
    world::check_cards(scene, room.cards);
    room.obstacles = collect_obstacles(room.scene, 0.0f);
    for (const world::CameraView& camera : scene.cameras) room.cameras[camera.id] = pose_from_camera(camera);
    if (!request.camera.empty()) {
        const world::CameraView* camera = scene.find_camera(request.camera);
        if (!camera) throw std::runtime_error(request.scene_file.string() + ": no camera named '" + request.camera + "'");
        room.start_view = pose_from_camera(*camera);
    } else if (!scene.start_points.empty()) {
        const world::StartPoint& start = scene.start_points.front();
        room.start_view = {.eye_m = start.position_m + glm::vec3(0.0f, kEyeHeightM, 0.0f),
                           // Scene yaw 0 faces +Z; camera yaw 0 looks down -Z: half a turn apart.
                           .yaw_rad = glm::radians(start.yaw_deg + 180.0f),
                           .pitch_rad = glm::radians(-8.0f)};
    }
    return room;
}

}  // namespace perfuse
