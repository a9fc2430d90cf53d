// Transform and merge keep meshes closed and outward, mirrored or not.
#include <gtest/gtest.h>

#include "geometry/mesh_ops.h"
#include "geometry/primitives.h"
#include "mesh_checks.h"

namespace perfuse {
namespace {

TEST(MeshOps, AppendRebasesIndices) {
    MeshData a = make_box({1, 1, 1});
    const MeshData b = transformed(make_box({1, 1, 1}), place({3, 0, 0}));
    append(a, b);
    EXPECT_EQ(a.vertices.size(), 48u);
    EXPECT_EQ(test::open_edge_count(a), 0u);
    EXPECT_NEAR(test::signed_volume_m3(a), 2.0, 1e-5);
    EXPECT_NEAR(a.bounds().max.x, 3.5f, 1e-6f);
}

TEST(MeshOps, MirroringFlipsWindingSoVolumeStaysPositive) {
    const MeshData m = transformed(make_cylinder(0.1f, 0.5f, 16), place({0, 0, 0}, 0.0f, {-1.0f, 2.0f, 1.0f}));
    EXPECT_GT(test::signed_volume_m3(m), 0.0);
    EXPECT_DOUBLE_EQ(test::normal_agreement(m), 1.0);
}

TEST(MeshOps, PlaceRotatesAboutYThenTranslates) {
    const MeshData m = transformed(make_box({2.0f, 0.2f, 0.4f}), place({1, 0.1f, 0}, 90.0f));
    const Bounds b = m.bounds();
    EXPECT_NEAR(b.size().x, 0.4f, 1e-5f);
    EXPECT_NEAR(b.size().z, 2.0f, 1e-5f);
    EXPECT_NEAR(b.center().x, 1.0f, 1e-5f);
    EXPECT_NEAR(b.min.y, 0.0f, 1e-5f);
}

TEST(MeshOps, FrameBetweenLaysAYShapeAlongTheSegment) {
    const glm::vec3 from(0.2f, 0.5f, -0.1f), to(1.2f, 0.5f, -0.1f);
    // A unit-height cylinder moved up half a unit runs from 0 to 1 along Y before the frame.
    const MeshData m = transformed(transformed(make_cylinder(0.05f, 1.0f, 16), place({0, 0.5f, 0})),
                                   frame_between(from, to) * glm::mat4(1.0f));
    const Bounds b = m.bounds();
    EXPECT_NEAR(b.min.x, 0.2f, 1e-5f);
    EXPECT_NEAR(b.max.x, 1.2f, 1e-5f);
    EXPECT_NEAR(b.size().y, 0.1f, 1e-4f);
    EXPECT_GT(test::signed_volume_m3(m), 0.0);
}

TEST(MeshOps, AxisScalesIgnoreRotationAndTranslation) {
    const glm::mat4 m = place({3.0f, -1.0f, 2.0f}, 37.0f, {2.0f, 0.5f, 4.0f});
    const glm::vec3 scales = axis_scales(m);
    EXPECT_NEAR(scales.x, 2.0f, 1e-5f);
    EXPECT_NEAR(scales.y, 0.5f, 1e-5f);
    EXPECT_NEAR(scales.z, 4.0f, 1e-5f);
    EXPECT_NEAR(largest_axis_scale(m), 4.0f, 1e-5f);
    EXPECT_NEAR(largest_axis_scale(glm::mat4(1.0f)), 1.0f, 1e-6f);
}

}  // namespace
}  // namespace perfuse
