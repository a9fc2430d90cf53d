#include "scene/scene.h"

#include <cmath>

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "test_meshes.h"

namespace perfuse {
namespace {

void expectVec3(glm::vec3 got, glm::vec3 want, float tol = 1e-5f) {
    EXPECT_NEAR(got.x, want.x, tol);
    EXPECT_NEAR(got.y, want.y, tol);
    EXPECT_NEAR(got.z, want.z, tol);
}

TEST(Scene, TransformIsTranslateRotateScale) {
    Transform t;
    t.translation_m = {1, 2, 3};
    t.rotation = glm::angleAxis(0.7f, glm::normalize(glm::vec3(1, 2, 3)));
    t.scale = {2, 3, 4};
    const glm::mat4 want = glm::translate(glm::mat4(1), t.translation_m) * glm::mat4_cast(t.rotation) *
                           glm::scale(glm::mat4(1), t.scale);
    const glm::mat4 got = t.matrix();
    for (int c = 0; c < 4; ++c)
        for (int r = 0; r < 4; ++r) EXPECT_NEAR(got[c][r], want[c][r], 1e-6f) << "column " << c << " row " << r;
}

TEST(Scene, WorldMatricesAndBoundsFollowParents) {
    Scene scene;
    const std::int32_t box = add_mesh(scene, test::boxMesh({0.5f, 0.5f, 0.5f}));
    Transform parent_t;
    parent_t.translation_m = {10, 0, 0};
    parent_t.rotation = glm::angleAxis(glm::half_pi<float>(), glm::vec3(0, 1, 0));
    const NodeId parent = add_node(scene, "trolley", kNoNode, parent_t);
    Transform child_t;
    child_t.translation_m = {1, 0, 0};  // rotated by the parent onto -Z
    child_t.scale = {2, 1, 1};          // stretched along the parent's X, which is world -Z
    const NodeId child = add_node(scene, "monitor", parent, child_t);
    scene.nodes[child].mesh = box;
    update_world_transforms(scene);

    expectVec3(glm::vec3(scene.nodes[child].world[3]), {10, 0, -1});
    const Bounds& b = scene.nodes[child].world_bounds;
    expectVec3(b.min, {9.5f, -0.5f, -2.0f});
    expectVec3(b.max, {10.5f, 0.5f, 0.0f});
    EXPECT_TRUE(scene.nodes[parent].world_bounds.empty()) << "a node without a mesh has no bounds of its own";
    expectVec3(scene_bounds(scene).min, b.min);
}

TEST(Scene, BoxCornersFollowTheirBitsAndTheMatrix) {
    const Bounds box{{-1.0f, 0.0f, 2.0f}, {1.0f, 3.0f, 4.0f}};
    const glm::mat4 moved = glm::translate(glm::mat4(1.0f), glm::vec3(10.0f, 0.0f, 0.0f));
    const std::array<glm::vec3, 8> corners = box_corners(box, moved);
    EXPECT_EQ(corners[0], glm::vec3(9.0f, 0.0f, 2.0f));   // all min
    EXPECT_EQ(corners[1], glm::vec3(11.0f, 0.0f, 2.0f));  // bit 0: max x
    EXPECT_EQ(corners[2], glm::vec3(9.0f, 3.0f, 2.0f));   // bit 1: max y
    EXPECT_EQ(corners[4], glm::vec3(9.0f, 0.0f, 4.0f));   // bit 2: max z
    EXPECT_EQ(corners[7], glm::vec3(11.0f, 3.0f, 4.0f));  // all max
    const Bounds around = transform_bounds(box, moved);
    EXPECT_EQ(around.min, corners[0]);
    EXPECT_EQ(around.max, corners[7]);
    EXPECT_TRUE(transform_bounds(Bounds{}, moved).empty());
}

TEST(Scene, SharedMeshIsInstancedNotCopied) {
    Scene scene;
    const std::int32_t chair = add_mesh(scene, test::boxMesh({0.3f, 0.5f, 0.3f}));
    for (int i = 0; i < 5; ++i) test::addBoxNode(scene, chair, {float(i), 0, 0}, "chair");
    update_world_transforms(scene);
    EXPECT_EQ(scene.meshes.size(), 1u);
    EXPECT_EQ(find_nodes_by_tag(scene, "chair").size(), 5u);
    expectVec3(scene_bounds(scene).min, {-0.3f, -0.5f, -0.3f});
    expectVec3(scene_bounds(scene).max, {4.3f, 0.5f, 0.3f});
}

TEST(Scene, SetParentRefusesCyclesAndMovesChildren) {
    Scene scene;
    const NodeId a = add_node(scene, "a");
    const NodeId b = add_node(scene, "b", a);
    const NodeId c = add_node(scene, "c", b);
    EXPECT_FALSE(set_parent(scene, a, c)) << "a under its own grandchild would be a loop";
    EXPECT_FALSE(set_parent(scene, a, a));
    EXPECT_TRUE(set_parent(scene, c, a));
    EXPECT_EQ(scene.nodes[c].parent, a);
    EXPECT_EQ(scene.nodes[a].children, (std::vector<NodeId>{b, c}));
    EXPECT_TRUE(scene.nodes[b].children.empty());
    EXPECT_TRUE(set_parent(scene, b, kNoNode));
    EXPECT_EQ(root_nodes(scene), (std::vector<NodeId>{a, b}));
}

TEST(Scene, HiddenParentHidesSubtree) {
    Scene scene;
    const std::int32_t box = add_mesh(scene, test::boxMesh({1, 1, 1}));
    const NodeId parent = add_node(scene, "cart");
    const NodeId child = test::addBoxNode(scene, box, {0, 0, 0}, "drawer", parent);
    update_world_transforms(scene);
    EXPECT_TRUE(effectively_visible(scene, child));
    scene.nodes[parent].visible = false;
    EXPECT_FALSE(effectively_visible(scene, child));
    EXPECT_TRUE(scene_bounds(scene).empty());
}

TEST(Scene, FindByNameAndTag) {
    Scene scene;
    add_node(scene, "wall");
    const NodeId pump = add_node(scene, "pump");
    scene.nodes[pump].tag = "roller-pump";
    EXPECT_EQ(find_node_by_name(scene, "pump"), pump);
    EXPECT_EQ(find_node_by_name(scene, "nothing"), kNoNode);
    EXPECT_EQ(find_nodes_by_tag(scene, "roller-pump"), (std::vector<NodeId>{pump}));
}

}  // namespace
}  // namespace perfuse
