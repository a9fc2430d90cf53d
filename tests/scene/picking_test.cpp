#include "scene/picking.h"

#include <glm/gtc/constants.hpp>
#include <gtest/gtest.h>

#include "scene/camera.h"
#include "test_meshes.h"

namespace perfuse {
namespace {

// Two 1 m boxes straight ahead of the origin on -Z, centres 3 m and 6 m away, plus one off to the side.
struct PickingScene : ::testing::Test {
    Scene scene;
    NodeId near_box = kNoNode, far_box = kNoNode, side_box = kNoNode;
    void SetUp() override {
        const std::int32_t box = add_mesh(scene, test::boxMesh({0.5f, 0.5f, 0.5f}));
        far_box = test::addBoxNode(scene, box, {0, 0, -6}, "far");  // added first: order must not matter
        near_box = test::addBoxNode(scene, box, {0, 0, -3}, "near");
        side_box = test::addBoxNode(scene, box, {3, 0, -3}, "side");
        update_world_transforms(scene);
    }
};

TEST_F(PickingScene, ReturnsNearestOfOverlappingObjects) {
    const PickHit hit = pick(scene, make_ray({0, 0, 0}, {0, 0, -1}));
    ASSERT_TRUE(hit.hit());
    EXPECT_EQ(hit.node, near_box);
    EXPECT_EQ(hit.tag, "near");
    EXPECT_NEAR(hit.distance_m, 2.5f, 1e-5f);
    EXPECT_NEAR(hit.point_m.z, -2.5f, 1e-5f);
}

TEST_F(PickingScene, SkipsNonPickableAndHidden) {
    scene.nodes[near_box].pickable = false;
    EXPECT_EQ(pick(scene, make_ray({0, 0, 0}, {0, 0, -1})).node, far_box);
    scene.nodes[far_box].visible = false;
    EXPECT_FALSE(pick(scene, make_ray({0, 0, 0}, {0, 0, -1})).hit());
}

TEST_F(PickingScene, MissesAndRespectsMaxDistance) {
    EXPECT_FALSE(pick(scene, make_ray({0, 0, 0}, {0, 0, 1})).hit()) << "everything is behind the ray";
    EXPECT_FALSE(pick(scene, make_ray({0, 0, 0}, {0, 0, -1}), 2.0f).hit());
    EXPECT_EQ(pick(scene, make_ray({0, 0, 0}, {1, 0, -1})).node, side_box);
}

TEST_F(PickingScene, ControllerRayFromInsideTheSceneAnyDirection) {
    const PickHit hit = pick(scene, make_ray({0, 0, -10}, {0, 0, 2}));  // looking back, unnormalised
    EXPECT_EQ(hit.node, far_box);
    EXPECT_NEAR(hit.distance_m, 3.5f, 1e-5f);
}

TEST_F(PickingScene, FromMousePixelThroughTheCamera) {
    const glm::vec2 size_px{1280, 720};
    const CameraPose pose{{0, 0, 0}, 0, 0};
    const glm::mat4 view_proj = projection_matrix(glm::radians(60.0f), size_px.x / size_px.y, 0.1f, 100.0f) * view_matrix(pose);
    const Ray centre = ray_from_pixel(size_px * 0.5f, size_px, view_proj);
    EXPECT_NEAR(centre.direction.z, -1.0f, 1e-4f);
    EXPECT_EQ(pick(scene, centre).node, near_box);
    EXPECT_GT(ray_from_pixel({640, 0}, size_px, view_proj).direction.y, 0.0f) << "top of the window looks up";
    EXPECT_LT(ray_from_pixel({0, 360}, size_px, view_proj).direction.x, 0.0f) << "left edge looks left";
    // The side box's centre, projected, must pick the side box back.
    const glm::vec4 clip = view_proj * glm::vec4(3, 0, -3, 1);
    const glm::vec2 pixel = (glm::vec2(clip) / clip.w + 1.0f) * 0.5f * size_px;
    EXPECT_EQ(pick(scene, ray_from_pixel(pixel, size_px, view_proj)).node, side_box);
}

TEST(Picking, BoundsHitButTriangleMissIsNoHit) {
    Scene scene;
    MeshData tri;
    tri.vertices = {{{0, 0, 0}}, {{1, 0, 0}}, {{0, 1, 0}}};
    tri.indices = {0, 1, 2};
    test::addBoxNode(scene, add_mesh(scene, tri), {0, 0, -2}, "tri");
    update_world_transforms(scene);
    EXPECT_FALSE(pick(scene, make_ray({0.9f, 0.9f, 0}, {0, 0, -1})).hit()) << "inside the box, outside the triangle";
    EXPECT_TRUE(pick(scene, make_ray({0.2f, 0.2f, 0}, {0, 0, -1})).hit());
}

TEST(Picking, ScaledRotatedInstanceGivesWorldDistance) {
    Scene scene;
    const std::int32_t box = add_mesh(scene, test::boxMesh({0.5f, 0.5f, 0.5f}));
    Transform t;
    t.translation_m = {0, 0, -10};
    t.rotation = glm::angleAxis(glm::half_pi<float>(), glm::vec3(0, 1, 0));
    t.scale = {4, 1, 1};  // local X becomes world Z after the turn: 4 m deep
    const NodeId id = add_node(scene, "stretched", kNoNode, t);
    scene.nodes[id].mesh = box;
    update_world_transforms(scene);
    const PickHit hit = pick(scene, make_ray({0, 0, 0}, {0, 0, -1}));
    ASSERT_EQ(hit.node, id);
    EXPECT_NEAR(hit.distance_m, 8.0f, 1e-4f);
}

TEST(Picking, MollerTrumboreBothFacesAndEdges) {
    const glm::vec3 a{0, 0, 0}, b{1, 0, 0}, c{0, 1, 0};
    EXPECT_NEAR(*intersect_ray_triangle({0.25f, 0.25f, 1}, {0, 0, -1}, a, b, c), 1.0f, 1e-6f);
    EXPECT_NEAR(*intersect_ray_triangle({0.25f, 0.25f, -1}, {0, 0, 1}, a, b, c), 1.0f, 1e-6f) << "back face";
    EXPECT_FALSE(intersect_ray_triangle({0.6f, 0.6f, 1}, {0, 0, -1}, a, b, c));
    EXPECT_FALSE(intersect_ray_triangle({0.25f, 0.25f, 1}, {1, 0, 0}, a, b, c)) << "parallel";
    EXPECT_FALSE(intersect_ray_triangle({0.25f, 0.25f, 1}, {0, 0, 1}, a, b, c)) << "behind the origin";
}

}  // namespace
}  // namespace perfuse
