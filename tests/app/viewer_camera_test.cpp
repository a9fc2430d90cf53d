#include <gtest/gtest.h>

#include "app/viewer_camera.h"
#include "geometry/primitives.h"

namespace perfuse {

namespace {
Room room_with_crate() {
    Room room;
    const NodeId crate = add_node(room.scene, "crate");
    room.scene.nodes[crate].mesh = add_mesh(room.scene, make_box(glm::vec3(1.0f)));
    room.scene.nodes[crate].tag = "crate";
    room.scene.nodes[crate].local.translation_m = {0.0f, 0.5f, -4.0f};
    update_world_transforms(room.scene);
    room.interactables.push_back({"crate", "Crate", "crate", {0.0f, 1.1f, -4.0f}});
    room.start_view = {.eye_m = {0.0f, 1.7f, 0.0f}};
    return room;
}

CameraPose run(ViewerCamera& viewer, const Room& room, float seconds) {
    CameraPose pose;
    for (int i = 0; i < int(seconds * 60.0f); ++i) pose = viewer.update(room, {}, 1.0f / 60.0f);
    return pose;
}
}  // namespace

TEST(ViewerCamera, InspectFramesTheItemThenReturnsToTheSameSpot) {
    const Room room = room_with_crate();
    ViewerCamera viewer(room);
    const CameraPose start = viewer.update(room, {}, 1.0f / 60.0f);
    ASSERT_TRUE(viewer.inspect(room, "crate"));
    EXPECT_TRUE(viewer.inspecting());
    const CameraPose close = run(viewer, room, 2.0f);
    // Looking at the crate from nearer than we stood, with all of it in view.
    EXPECT_LT(glm::distance(close.eye_m, glm::vec3(0.0f, 0.5f, -4.0f)), glm::distance(start.eye_m, glm::vec3(0.0f, 0.5f, -4.0f)));
    const glm::vec3 forward = forward_from_angles(close.yaw_rad, close.pitch_rad);
    const glm::vec3 to_crate = glm::normalize(glm::vec3(0.0f, 0.5f, -4.0f) - close.eye_m);
    EXPECT_GT(glm::dot(forward, to_crate), 0.99f);

    viewer.stop_inspecting();
    const CameraPose back = run(viewer, room, 2.0f);
    EXPECT_FALSE(viewer.inspecting());
    EXPECT_NEAR(glm::distance(back.eye_m, start.eye_m), 0.0f, 1e-4f);
    EXPECT_NEAR(back.yaw_rad, start.yaw_rad, 1e-4f);
}

TEST(ViewerCamera, UnknownItemsAreNotInspected) {
    const Room room = room_with_crate();
    ViewerCamera viewer(room);
    EXPECT_FALSE(viewer.inspect(room, "nothing-here"));
    EXPECT_FALSE(viewer.inspecting());
}

}  // namespace perfuse
