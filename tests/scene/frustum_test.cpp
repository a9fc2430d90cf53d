#include "scene/frustum.h"

#include <gtest/gtest.h>

#include "scene/camera.h"
#include "test_meshes.h"

namespace perfuse {
namespace {

Bounds box(glm::vec3 centre, float half) { return {centre - half, centre + half}; }

Frustum lookingDownMinusZ() {
    const glm::mat4 view_proj =
        projection_matrix(glm::radians(60.0f), 16.0f / 9.0f, 0.1f, 50.0f) * view_matrix({{0, 0, 0}, 0, 0});
    return frustum_from_view_proj(view_proj);
}

TEST(Frustum, PlanesAreUnitAndContainTheViewAxis) {
    const Frustum f = lookingDownMinusZ();
    for (const glm::vec4& p : f.planes) {
        EXPECT_NEAR(glm::length(glm::vec3(p)), 1.0f, 1e-5f);
        EXPECT_GT(glm::dot(glm::vec3(p), glm::vec3(0, 0, -5)) + p.w, 0.0f) << "a point straight ahead is inside";
    }
    EXPECT_NEAR(f.planes[4].w, -0.1f, 1e-4f) << "near plane 0.1 m ahead (depth 0..1)";
    EXPECT_NEAR(f.planes[5].w, 50.0f, 1e-2f) << "far plane 50 m ahead";
}

TEST(Frustum, KeepsVisibleDropsBehindSideAndBeyond) {
    const Frustum f = lookingDownMinusZ();
    EXPECT_TRUE(intersects(f, box({0, 0, -5}, 0.5f)));
    EXPECT_FALSE(intersects(f, box({0, 0, 5}, 0.5f))) << "behind the camera";
    EXPECT_FALSE(intersects(f, box({-100, 0, -5}, 0.5f))) << "far to the left";
    EXPECT_FALSE(intersects(f, box({0, 30, -5}, 0.5f))) << "above";
    EXPECT_FALSE(intersects(f, box({0, 0, -60}, 0.5f))) << "beyond the far plane";
    EXPECT_TRUE(intersects(f, box({0, 0, -0.1f}, 0.5f))) << "straddling the near plane";
    EXPECT_TRUE(intersects(f, box({0, 0, 0}, 100.0f))) << "around the camera";
    EXPECT_TRUE(intersects(f, box({-4.9f, 0, -5}, 0.5f))) << "partly inside the left edge";
    EXPECT_FALSE(intersects(f, Bounds{})) << "empty bounds";
}

TEST(Frustum, VisibleNodesReturnsOnlyThoseInView) {
    Scene scene;
    const std::int32_t mesh = add_mesh(scene, test::boxMesh({0.5f, 0.5f, 0.5f}));
    const NodeId ahead = test::addBoxNode(scene, mesh, {0, 0, -5}, "ahead");
    test::addBoxNode(scene, mesh, {0, 0, 5}, "behind");
    const NodeId group = add_node(scene, "group");  // no mesh: never returned itself
    const NodeId child = test::addBoxNode(scene, mesh, {1, 0, -8}, "child", group);
    const NodeId hidden = test::addBoxNode(scene, mesh, {-1, 0, -8}, "hidden");
    scene.nodes[hidden].visible = false;
    update_world_transforms(scene);
    EXPECT_EQ(visible_nodes(scene, lookingDownMinusZ()), (std::vector<NodeId>{ahead, child}));
}

}  // namespace
}  // namespace perfuse
