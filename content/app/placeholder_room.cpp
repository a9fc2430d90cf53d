#include "app/placeholder_room.h"

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>
#define GLM_ENABLE_EXPERIMENTAL
#include <glm/gtx/matrix_decompose.hpp>

#include <tuple>

#include "geometry/primitives.h"
#include "geometry/sweep.h"
#include "scene/tint.h"

namespace perfuse {

namespace {
Material material(const char* name, glm::vec3 color, float roughness, float metallic = 0.0f,
                  glm::vec3 emissive = glm::vec3(0.0f)) {
    Material m;
    m.name = name;
    m.base_color = glm::vec4(color, 1.0f);
    m.roughness = roughness;
    m.metallic = metallic;
    m.emissive = emissive;
    return m;
}

// Adds a node showing MESH with MATERIAL at TRANSFORM (a unit mesh scaled into place).
void add_part(Room& room, int mesh, const glm::mat4& transform, const Material& mat, bool solid) {
    const NodeId node = add_node(room.scene, mat.name);
    Transform& local = room.scene.nodes[node].local;
    glm::vec3 skew;
    glm::vec4 perspective;
    glm::decompose(transform, local.scale, local.rotation, local.translation_m, skew, perspective);
    room.scene.nodes[node].mesh = mesh;
    room.scene.nodes[node].material = add_material(room.scene, mat);
    room.scene.nodes[node].collidable = solid;
}

glm::mat4 box_at(glm::vec3 center, glm::vec3 size) {
    return glm::scale(glm::translate(glm::mat4(1.0f), center), size);
}
}  // namespace

Room build_placeholder_room() {
    Room room;
    room.id = "placeholder";
    const int box = add_mesh(room.scene, make_box(glm::vec3(1.0f)));
    const int cylinder = add_mesh(room.scene, make_cylinder(0.5f, 1.0f, 32));
    const int sphere = add_mesh(room.scene, make_sphere(0.5f, 24, 12));

    const Material floor = material("floor", {0.42f, 0.52f, 0.50f}, 0.55f);
    const Material wall = material("wall", {0.80f, 0.84f, 0.82f}, 0.8f);
    const Material steel = material("steel", {0.72f, 0.73f, 0.75f}, 0.3f, 1.0f);
    const Material mattress = material("drape", {0.20f, 0.45f, 0.62f}, 0.7f);
    const Material console = material("console", {0.88f, 0.89f, 0.90f}, 0.4f);
    const Material screen = material("screen", {0.02f, 0.02f, 0.03f}, 0.2f, 0.0f, {0.10f, 0.45f, 0.35f});
    const Material pump = material("pump", {0.25f, 0.27f, 0.30f}, 0.35f, 0.6f);
    const Material lamp = material("lamp", {0.9f, 0.9f, 0.9f}, 0.3f, 0.0f, {2.0f, 1.95f, 1.85f});

    // A 7 m x 6 m room, 3 m high; the viewer stands at the open +Z side.
    add_part(room, box, box_at({0.0f, -0.05f, 0.0f}, {7.0f, 0.1f, 6.0f}), floor, false);
    add_part(room, box, box_at({0.0f, 1.5f, -3.05f}, {7.0f, 3.0f, 0.1f}), wall, true);
    add_part(room, box, box_at({-3.55f, 1.5f, 0.0f}, {0.1f, 3.0f, 6.0f}), wall, true);
    add_part(room, box, box_at({3.55f, 1.5f, 0.0f}, {0.1f, 3.0f, 6.0f}), wall, true);

    // Operating table: column, top and a draped patient shape.
    add_part(room, cylinder, box_at({0.0f, 0.4f, 0.0f}, {0.3f, 0.8f, 0.3f}), steel, true);
    add_part(room, box, box_at({0.0f, 0.85f, 0.0f}, {0.6f, 0.1f, 2.0f}), steel, true);
    add_part(room, box, box_at({0.0f, 0.98f, 0.1f}, {0.62f, 0.16f, 1.7f}), mattress, false);
    add_part(room, sphere, box_at({0.0f, 1.02f, -0.85f}, {0.22f, 0.2f, 0.24f}), mattress, false);

    // Heart-lung machine: base, console, four pump heads, a reservoir cylinder and a screen on a pole.
    const glm::vec3 hlm{-1.9f, 0.0f, 0.6f};
    add_part(room, box, box_at(hlm + glm::vec3(0.0f, 0.45f, 0.0f), {0.8f, 0.9f, 1.3f}), console, true);
    for (int i = 0; i < 4; ++i) {
        const glm::mat4 head = glm::rotate(glm::translate(glm::mat4(1.0f), hlm + glm::vec3(0.25f, 0.95f, -0.45f + 0.3f * i)),
                                           glm::radians(90.0f), glm::vec3(1, 0, 0));
        add_part(room, cylinder, glm::scale(head, {0.22f, 0.12f, 0.22f}), pump, false);
    }
    add_part(room, cylinder, box_at(hlm + glm::vec3(0.15f, 1.4f, 0.3f), {0.18f, 0.28f, 0.18f}),
             material("reservoir", {0.85f, 0.9f, 0.95f}, 0.1f), false);
    add_part(room, cylinder, box_at(hlm + glm::vec3(-0.2f, 1.3f, -0.2f), {0.04f, 0.8f, 0.04f}), steel, false);
    add_part(room, box, box_at(hlm + glm::vec3(-0.15f, 1.75f, -0.2f), {0.05f, 0.32f, 0.45f}), screen, false);

    // Anaesthetic machine and a trolley on the other side.
    add_part(room, box, box_at({1.6f, 0.7f, -1.6f}, {0.7f, 1.4f, 0.6f}), console, true);
    add_part(room, box, box_at({1.6f, 1.55f, -1.7f}, {0.5f, 0.3f, 0.05f}), screen, false);
    add_part(room, box, box_at({1.8f, 0.45f, 1.4f}, {0.9f, 0.9f, 0.5f}), steel, true);

    // Bypass tubing from the console to the table: the venous line (dark, deoxygenated blood) and
    // the arterial line (bright, oxygenated), tinted at run time through set_node_color.
    const std::vector<glm::vec3> venous_path =
        smooth_curve({hlm + glm::vec3(0.3f, 1.35f, 0.3f), {-1.2f, 0.5f, 0.5f}, {-0.5f, 0.3f, 0.4f}, {-0.25f, 0.95f, 0.2f}});
    const std::vector<glm::vec3> arterial_path =
        smooth_curve({hlm + glm::vec3(0.3f, 1.0f, -0.3f), {-1.2f, 0.35f, 0.0f}, {-0.5f, 0.25f, -0.1f}, {-0.25f, 0.95f, -0.3f}});
    const glm::vec4 venous_red{0.25f, 0.01f, 0.03f, 1.0f}, arterial_red{0.85f, 0.05f, 0.05f, 1.0f};
    for (const auto& [path, name, color] : {std::tuple{&venous_path, "venous_line", venous_red},
                                            std::tuple{&arterial_path, "arterial_line", arterial_red}}) {
        const NodeId tube = add_node(room.scene, name);
        room.scene.nodes[tube].mesh = add_mesh(room.scene, make_tube(*path, 0.012f, 12));
        room.scene.nodes[tube].material = add_material(room.scene, material("tubing", {0.5f, 0.5f, 0.5f}, 0.25f));
        room.scene.nodes[tube].collidable = false;
        set_node_color(room.scene, tube, color);
    }

    // Theatre lamp overhead.
    add_part(room, cylinder, box_at({0.0f, 2.55f, 0.0f}, {0.7f, 0.1f, 0.7f}), lamp, false);
    add_part(room, cylinder, box_at({0.0f, 2.8f, 0.0f}, {0.05f, 0.4f, 0.05f}), steel, false);

    room.lighting.key = {.position = {0.0f, 2.45f, 0.0f}, .direction = {0.0f, -1.0f, 0.0f}, .intensity = 16.0f,
                         .inner_angle_deg = 25.0f, .outer_angle_deg = 55.0f};
    room.lighting.fills = {{.position = {-2.0f, 2.6f, 2.0f}, .intensity = 9.0f, .range_m = 7.0f},
                           {.position = {2.5f, 2.6f, -1.5f}, .intensity = 7.0f, .range_m = 7.0f},
                           {.position = {0.0f, 2.0f, 3.0f}, .color = {1.0f, 0.95f, 0.9f}, .intensity = 6.0f,
                            .range_m = 6.0f}};
    room.clear_color = {0.55f, 0.6f, 0.62f, 1.0f};
    update_world_transforms(room.scene);
    room.obstacles = collect_obstacles(room.scene, 0.0f);
    room.start_view = {.eye_m = {2.6f, 1.7f, 3.6f}, .yaw_rad = glm::radians(34.0f), .pitch_rad = glm::radians(-15.0f)};
    return room;
}

}  // namespace perfuse
