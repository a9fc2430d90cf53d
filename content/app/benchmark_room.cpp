#include "app/benchmark_room.h"

#include <glm/gtc/quaternion.hpp>

#include "geometry/primitives.h"

namespace perfuse {

namespace {
constexpr int kColumns = 20;
constexpr int kRows = 10;  // 200 objects
constexpr float kSpacingM = 1.2f;

Material tinted(int i) {
    // A few distinct, repeatable colours and finishes.
    const glm::vec3 colours[] = {{0.8f, 0.3f, 0.25f}, {0.25f, 0.55f, 0.8f}, {0.85f, 0.8f, 0.7f}, {0.3f, 0.7f, 0.45f}};
    return Material{.name = "benchmark" + std::to_string(i % 4),
                    .base_color = glm::vec4(colours[i % 4], 1.0f),
                    .metallic = i % 3 == 0 ? 1.0f : 0.0f,
                    .roughness = 0.3f + 0.15f * float(i % 4)};
}
}  // namespace

Room build_benchmark_room() {
    Room room;
    room.id = "benchmark";
    // Each shape about 2,500 triangles: 200 of them make about 500,000.
    const int sphere = add_mesh(room.scene, make_sphere(0.4f, 50, 25));
    const int torus = add_mesh(room.scene, make_torus(0.35f, 0.12f, 50, 25));
    const int floor = add_mesh(room.scene, make_box({kColumns * kSpacingM + 4.0f, 0.1f, kRows * kSpacingM + 4.0f}));
    std::vector<int> materials;
    for (int i = 0; i < 4; ++i) materials.push_back(add_material(room.scene, tinted(i)));
    const NodeId floor_node = add_node(room.scene, "floor");
    room.scene.nodes[floor_node].mesh = floor;
    room.scene.nodes[floor_node].material =
        add_material(room.scene, Material{.name = "floor", .base_color = {0.45f, 0.5f, 0.5f, 1.0f}, .roughness = 0.7f});
    room.scene.nodes[floor_node].local.translation_m = {0.0f, -0.05f, 0.0f};
    for (int row = 0; row < kRows; ++row) {
        for (int column = 0; column < kColumns; ++column) {
            const int i = row * kColumns + column;
            const NodeId node = add_node(room.scene, "object" + std::to_string(i));
            Node& n = room.scene.nodes[node];
            n.mesh = i % 2 ? torus : sphere;
            n.material = materials[std::size_t(i % 4)];
            n.local.translation_m = {(column - kColumns / 2 + 0.5f) * kSpacingM, 0.5f, (row - kRows / 2 + 0.5f) * kSpacingM};
            n.local.rotation = glm::angleAxis(0.3f * float(i), glm::normalize(glm::vec3(1.0f, 1.0f, 0.0f)));
        }
    }
    update_world_transforms(room.scene);
    room.obstacles = collect_obstacles(room.scene, 0.0f);
    room.lighting.key = {.position = {0.0f, 6.0f, 0.0f}, .direction = {0.0f, -1.0f, 0.0f}, .intensity = 60.0f,
                         .inner_angle_deg = 40.0f, .outer_angle_deg = 65.0f};
    room.lighting.fills = {{.position = {-8.0f, 3.0f, 6.0f}, .intensity = 20.0f, .range_m = 16.0f},
                           {.position = {8.0f, 3.0f, -6.0f}, .intensity = 20.0f, .range_m = 16.0f}};
    room.start_view = {.eye_m = {0.0f, 4.5f, 12.0f}, .yaw_rad = 0.0f, .pitch_rad = glm::radians(-22.0f)};
    return room;
}

}  // namespace perfuse
