// Every closed builder must give a watertight, outward-facing mesh of the right size and volume.
#include <cmath>
#include <numbers>

#include <gtest/gtest.h>

#include "geometry/lathe.h"
#include "geometry/primitives.h"
#include "geometry/sweep.h"
#include "mesh_checks.h"

namespace perfuse {
namespace {

constexpr double kPi = std::numbers::pi;

void expect_closed_outward(const MeshData& m, double expected_volume_m3, double tolerance) {
    EXPECT_EQ(test::open_edge_count(m), 0u) << m.name << " has open or inconsistently wound edges";
    EXPECT_DOUBLE_EQ(test::normal_agreement(m), 1.0) << m.name << ": vertex normals disagree with winding";
    EXPECT_NEAR(test::signed_volume_m3(m), expected_volume_m3, expected_volume_m3 * tolerance)
        << m.name << ": volume (negative means inside-out)";
    for (const Vertex& v : m.vertices) {
        EXPECT_NEAR(glm::length(v.normal), 1.0f, 1e-4f) << m.name;
        EXPECT_TRUE(v.uv.x >= -1e-5f && v.uv.x <= 1.0f + 1e-5f) << m.name << " uv.x " << v.uv.x;
    }
}

void expect_bounds(const MeshData& m, glm::vec3 min, glm::vec3 max) {
    const Bounds b = m.bounds();
    for (int k = 0; k < 3; ++k) {
        EXPECT_NEAR(b.min[k], min[k], 1e-4f) << m.name << " min[" << k << "]";
        EXPECT_NEAR(b.max[k], max[k], 1e-4f) << m.name << " max[" << k << "]";
    }
}

TEST(Primitives, BoxIsClosedWithExactVolumeAndBounds) {
    const MeshData m = make_box({2.0f, 0.55f, 0.9f});
    expect_closed_outward(m, 2.0 * 0.55 * 0.9, 1e-5);
    expect_bounds(m, {-1.0f, -0.275f, -0.45f}, {1.0f, 0.275f, 0.45f});
    EXPECT_EQ(m.vertices.size(), 24u);
    EXPECT_EQ(m.indices.size(), 36u);
}

TEST(Primitives, RoundedBoxKeepsOuterSizeAndLosesCornerVolume) {
    const glm::vec3 s(1.0f, 0.5f, 0.4f);
    const float r = 0.1f;
    const MeshData m = make_rounded_box(s, r, 4);
    // Exact volume of a box rounded by r: inner box + slabs + quarter cylinders + sphere octants.
    const double a = s.x - 2 * r, b = s.y - 2 * r, c = s.z - 2 * r;
    const double exact = a * b * c + 2 * r * (a * b + b * c + a * c) + kPi * r * r * (a + b + c) + 4.0 / 3.0 * kPi * r * r * r;
    expect_closed_outward(m, exact, 0.01);
    expect_bounds(m, -s * 0.5f, s * 0.5f);
}

TEST(Primitives, CylinderVolumeApproachesPiR2H) {
    const MeshData m = make_cylinder(0.2f, 1.0f, 64, true);
    expect_closed_outward(m, kPi * 0.04, 0.01);
    expect_bounds(m, {-0.2f, -0.5f, -0.2f}, {0.2f, 0.5f, 0.2f});
}

TEST(Primitives, UncappedCylinderIsOpenOnlyAtItsRims) {
    const MeshData m = make_cylinder(0.2f, 1.0f, 16, false);
    EXPECT_EQ(test::open_edge_count(m), 32u);  // 16 rim edges at each end
    EXPECT_DOUBLE_EQ(test::normal_agreement(m), 1.0);
}

TEST(Primitives, ConeAndFrustumVolumes) {
    expect_closed_outward(make_frustum(0.3f, 0.0f, 0.6f, 64), kPi * 0.09 * 0.6 / 3.0, 0.01);
    expect_closed_outward(make_frustum(0.3f, 0.1f, 0.5f, 64), kPi * 0.5 / 3.0 * (0.09 + 0.03 + 0.01), 0.01);
}

TEST(Primitives, SphereCapsuleTorusVolumes) {
    expect_closed_outward(make_sphere(0.5f, 64, 32), 4.0 / 3.0 * kPi * 0.125, 0.01);
    expect_closed_outward(make_capsule(0.1f, 0.4f, 48, 16), kPi * 0.01 * 0.4 + 4.0 / 3.0 * kPi * 0.001, 0.01);
    expect_closed_outward(make_torus(0.5f, 0.1f, 96, 32), 2.0 * kPi * kPi * 0.5 * 0.01, 0.01);
    expect_bounds(make_capsule(0.1f, 0.4f), {-0.1f, -0.3f, -0.1f}, {0.1f, 0.3f, 0.1f});
}

TEST(Lathe, ClosedProfileGivesASolidEitherWay) {
    // A stepped bottle: radius 0.1 up to 0.2 m, then 0.05 up to 0.3 m.
    const std::vector<glm::vec2> profile{{0, 0}, {0.1f, 0}, {0.1f, 0.2f}, {0.05f, 0.2f}, {0.05f, 0.3f}, {0, 0.3f}};
    const double exact = kPi * (0.01 * 0.2 + 0.0025 * 0.1);
    expect_closed_outward(make_lathe(profile, 96, false), exact, 0.01);
    EXPECT_EQ(test::open_edge_count(make_lathe(profile, 32, true)), 0u);
    EXPECT_GT(test::signed_volume_m3(make_lathe(profile, 32, true)), 0.0);
}

TEST(Sweep, TubeAlongABentPathIsClosedAndOutward) {
    const std::vector<glm::vec3> path = smooth_curve({{0, 0, 0}, {0.5f, 0.3f, 0}, {1, 0, 0.5f}, {1.5f, 0.2f, 0.5f}}, 12);
    EXPECT_EQ(path.front(), glm::vec3(0, 0, 0));
    EXPECT_EQ(path.back(), glm::vec3(1.5f, 0.2f, 0.5f));
    const MeshData m = make_tube(path, 0.005f, 16, true);
    EXPECT_EQ(test::open_edge_count(m), 0u);
    EXPECT_DOUBLE_EQ(test::normal_agreement(m), 1.0);
    // Volume ~ pi r^2 * path length.
    double length = 0.0;
    for (std::size_t k = 1; k < path.size(); ++k) length += glm::length(path[k] - path[k - 1]);
    EXPECT_NEAR(test::signed_volume_m3(m), kPi * 0.005 * 0.005 * length, kPi * 0.005 * 0.005 * length * 0.05);
}

TEST(Sweep, StraightTubeHasExactBounds) {
    const MeshData m = make_tube({{0, 0, 0}, {0, 1, 0}}, 0.1f, 32, true);
    expect_closed_outward(m, kPi * 0.01, 0.01);
    expect_bounds(m, {-0.1f, 0.0f, -0.1f}, {0.1f, 1.0f, 0.1f});
}

}  // namespace
}  // namespace perfuse
