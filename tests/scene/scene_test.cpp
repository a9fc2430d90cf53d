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
    const std::int32_t box = addMesh(scene, test::boxMesh({0.5f, 0.5f, 0.5f}));
    Transform parent_t;
    parent_t.translation_m = {10, 0, 0};
    parent_t.rotation = glm::angleAxis(glm::half_pi<float>(), glm::vec3(0, 1, 0));
    const NodeId parent = addNode(scene, "trolley", kNoNode, parent_t);
    Transform child_t;
    child_t.translation_m = {1, 0, 0};  // rotated by the parent onto -Z
    child_t.scale = {2, 1, 1};          // stretched along the parent's X, which is world -Z
    const NodeId child = addNode(scene, "monitor", parent, child_t);
    scene.nodes[child].mesh = box;
    updateWorld(scene);

    expectVec3(glm::vec3(scene.nodes[child].world[3]), {10, 0, -1});
    const Bounds& b = scene.nodes[child].world_bounds;
    expectVec3(b.min, {9.5f, -0.5f, -2.0f});
    expectVec3(b.max, {10.5f, 0.5f, 0.0f});
    EXPECT_TRUE(scene.nodes[parent].world_bounds.empty()) << "a node without a mesh has no bounds of its own";
    expectVec3(sceneBounds(scene).min, b.min);
}

TEST(Scene, SharedMeshIsInstancedNotCopied) {
    Scene scene;
    const std::int32_t chair = addMesh(scene, test::boxMesh({0.3f, 0.5f, 0.3f}));
    for (int i = 0; i < 5; ++i) test::addBoxNode(scene, chair, {float(i), 0, 0}, "chair");
    updateWorld(scene);
    EXPECT_EQ(scene.meshes.size(), 1u);
    EXPECT_EQ(findNodesByTag(scene, "chair").size(), 5u);
    expectVec3(sceneBounds(scene).min, {-0.3f, -0.5f, -0.3f});
    expectVec3(sceneBounds(scene).max, {4.3f, 0.5f, 0.3f});
}

TEST(Scene, SetParentRefusesCyclesAndMovesChildren) {
    Scene scene;
    const NodeId a = addNode(scene, "a");
    const NodeId b = addNode(scene, "b", a);
    const NodeId c = addNode(scene, "c", b);
    EXPECT_FALSE(setParent(scene, a, c)) << "a under its own grandchild would be a loop";
    EXPECT_FALSE(setParent(scene, a, a));
    EXPECT_TRUE(setParent(scene, c, a));
    EXPECT_EQ(scene.nodes[c].parent, a);
    EXPECT_EQ(scene.nodes[a].children, (std::vector<NodeId>{b, c}));
    EXPECT_TRUE(scene.nodes[b].children.empty());
    EXPECT_TRUE(setParent(scene, b, kNoNode));
    EXPECT_EQ(rootNodes(scene), (std::vector<NodeId>{a, b}));
}

TEST(Scene, HiddenParentHidesSubtree) {
    Scene scene;
    const std::int32_t box = addMesh(scene, test::boxMesh({1, 1, 1}));
    const NodeId parent = addNode(scene, "cart");
    const NodeId child = test::addBoxNode(scene, box, {0, 0, 0}, "drawer", parent);
    updateWorld(scene);
    EXPECT_TRUE(effectivelyVisible(scene, child));
    scene.nodes[parent].visible = false;
    EXPECT_FALSE(effectivelyVisible(scene, child));
    EXPECT_TRUE(sceneBounds(scene).empty());
}

TEST(Scene, FindByNameAndTag) {
    Scene scene;
    addNode(scene, "wall");
    const NodeId pump = addNode(scene, "pump");
    scene.nodes[pump].tag = "roller-pump";
    EXPECT_EQ(findNodeByName(scene, "pump"), pump);
    EXPECT_EQ(findNodeByName(scene, "nothing"), kNoNode);
    EXPECT_EQ(findNodesByTag(scene, "roller-pump"), (std::vector<NodeId>{pump}));
}

}  // namespace
}  // namespace perfuse
