#include "app/model_room.h"

#include <algorithm>
#include <cstdio>
#include <stdexcept>

#include "app/view_camera.h"
#include "geometry/primitives.h"
#include "scene/gltf_loader.h"
#include "scene/scene_merge.h"

namespace perfuse {

namespace {
// A round floor a little wider than the model, so it does not float in grey.
void add_turntable(Room& room, const Bounds& bounds) {
    const float radius_m = std::max(0.5f, 0.75f * glm::length(glm::vec2(bounds.size().x, bounds.size().z)));
    const NodeId floor = add_node(room.scene, "turntable");
    Node& node = room.scene.nodes[floor];
    node.mesh = add_mesh(room.scene, make_cylinder(radius_m, 0.02f, 64));
    node.material = add_material(room.scene, Material{.name = "turntable", .base_color = {0.55f, 0.58f, 0.6f, 1.0f},
                                                     .roughness = 0.8f});
    node.local.translation_m = {bounds.center().x, bounds.min.y - 0.011f, bounds.center().z};
    node.pickable = false;
}

void light_around(Room& room, const Bounds& bounds) {
    const float size_m = std::max(0.5f, glm::length(bounds.size()));
    const glm::vec3 c = bounds.center();
    room.lighting.key = {.position = c + glm::vec3(0.3f, 1.5f, 0.4f) * size_m,
                         .direction = -glm::vec3(0.3f, 1.5f, 0.4f),
                         .intensity = 6.0f * size_m * size_m,
                         .inner_angle_deg = 30.0f,
                         .outer_angle_deg = 60.0f};
    room.lighting.fills = {{.position = c + glm::vec3(-1.2f, 0.6f, 1.0f) * size_m, .intensity = 2.0f * size_m * size_m,
                            .range_m = 4.0f * size_m},
                           {.position = c + glm::vec3(1.0f, 0.3f, -1.2f) * size_m, .intensity = 1.5f * size_m * size_m,
                            .range_m = 4.0f * size_m}};
}
}  // namespace

Room build_model_room(const std::filesystem::path& file) {
    LoadResult loaded = load_gltf(file);
    if (!loaded.ok()) throw std::runtime_error(loaded.error);
    for (const std::string& warning : loaded.warnings) std::fprintf(stderr, "perfuse: warning: %s\n", warning.c_str());
    Room room;
    room.id = "model";
    room.scene = std::move(loaded.scene);
    update_world_transforms(room.scene);
    const Bounds bounds = scene_bounds(room.scene);
    if (bounds.empty()) throw std::runtime_error(file.string() + ": the model has nothing to draw");
    add_turntable(room, bounds);
    update_world_transforms(room.scene);
    light_around(room, bounds);
    room.view_style = ViewStyle::orbit;
    room.orbit.yaw_rad = glm::radians(35.0f);
    room.orbit.pitch_rad = glm::radians(-20.0f);  // looking down on it a little
    frame_bounds(room.orbit, bounds, glm::radians(kFieldOfViewYDeg));
    return room;
}

}  // namespace perfuse
