// Levels of detail: each level has fewer triangles, stays within its error of the original surface,
// stays closed where the mesh was (no cracks between a capsule's caps and side), and a view picks
// coarser levels only as things get farther away.
#include "geometry/detail_levels.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <array>
#include <deque>

#include <glm/glm.hpp>

#include "geometry/primitives.h"
#include "mesh_checks.h"

namespace perfuse {
namespace {

MeshData with_indices(const MeshData& mesh, const std::vector<uint32_t>& indices) {
    return {.name = mesh.name, .vertices = mesh.vertices, .indices = indices};
}

// The triangles of INDICES, each turned to start at its smallest index (winding kept), sorted: equal
// for two lists that draw the same triangles in any order.
std::vector<std::array<uint32_t, 3>> triangle_set(const std::vector<uint32_t>& indices) {
    std::vector<std::array<uint32_t, 3>> triangles;
    for (std::size_t t = 0; t + 2 < indices.size(); t += 3) {
        std::array<uint32_t, 3> corners{indices[t], indices[t + 1], indices[t + 2]};
        std::rotate(corners.begin(), std::min_element(corners.begin(), corners.end()), corners.end());
        triangles.push_back(corners);
    }
    std::sort(triangles.begin(), triangles.end());
    return triangles;
}

// Corners a renderer would shade per triangle with a 32-entry first-in-first-out cache of recent
// vertices: 3 with no reuse at all, about 0.5 at best on a large grid.
double shaded_per_triangle(const std::vector<uint32_t>& indices) {
    std::deque<uint32_t> cache;
    std::size_t shaded = 0;
    for (uint32_t index : indices) {
        if (std::find(cache.begin(), cache.end(), index) != cache.end()) continue;
        ++shaded;
        cache.push_back(index);
        if (cache.size() > 32) cache.pop_front();
    }
    return double(shaded) / double(indices.size() / 3);
}

TEST(DetailLevels, LevelZeroIsTheMeshAndEachLevelHasNoMoreTrianglesThanTheLast) {
    const MeshData sphere = make_sphere(0.1f, 48, 24);
    const DetailIndexLists levels = detail_levels(sphere.vertices, sphere.indices);
    EXPECT_EQ(triangle_set(levels[0]), triangle_set(sphere.indices));  // all of them, in cache order
    for (std::size_t level = 1; level < kDetailLevelCount; ++level) {
        EXPECT_LE(levels[level].size(), levels[level - 1].size()) << "level " << level;
        EXPECT_EQ(levels[level].size() % 3, 0u);
        for (uint32_t index : levels[level]) ASSERT_LT(index, sphere.vertices.size());
    }
    // A finely cut 10 cm ball needs under half its triangles once 12 mm of error is allowed.
    EXPECT_LT(levels.back().size(), sphere.indices.size() / 2);
}

// Each level comes in an order that lets a renderer reuse the corners it just shaded: in the
// generator's ring-by-ring order a small cache shades most corners of a ball twice.
TEST(DetailLevels, EveryLevelIsOrderedForTheVertexCache) {
    const MeshData sphere = make_sphere(0.1f, 48, 24);
    const DetailIndexLists levels = detail_levels(sphere.vertices, sphere.indices);
    const double as_made = shaded_per_triangle(sphere.indices);
    const double ordered = shaded_per_triangle(levels[0]);
    EXPECT_LT(ordered, 0.8 * as_made) << "as made " << as_made << ", ordered " << ordered;
    for (std::size_t level = 1; level < kDetailLevelCount; ++level)
        EXPECT_LT(shaded_per_triangle(levels[level]), 1.0) << "level " << level;
}

TEST(DetailLevels, EveryLevelStaysWithinItsErrorOfTheSurface) {
    const float radius_m = 0.1f;
    const MeshData sphere = make_sphere(radius_m, 48, 24);
    const DetailIndexLists levels = detail_levels(sphere.vertices, sphere.indices);
    for (std::size_t level = 1; level < kDetailLevelCount; ++level) {
        // Every corner is an original vertex on the ball; a flat triangle sags inwards most at its centre.
        float deepest_m = 0.0f;
        for (std::size_t t = 0; t < levels[level].size(); t += 3) {
            const glm::vec3 centre = (sphere.vertices[levels[level][t]].position + sphere.vertices[levels[level][t + 1]].position +
                                      sphere.vertices[levels[level][t + 2]].position) / 3.0f;
            deepest_m = std::max(deepest_m, radius_m - glm::length(centre));
        }
        EXPECT_LE(deepest_m, kDetailErrorsM[level]) << "level " << level;
    }
}

TEST(DetailLevels, AClosedCapsuleStaysClosedAtEveryLevel) {
    // The caps and the side are separate sheets meeting at a seam: moving one without the other
    // opened cracks in the theatre's people.
    const MeshData capsule = make_capsule(0.07f, 0.6f, 24, 8);
    ASSERT_EQ(test::open_edge_count(capsule), 0u);
    const DetailIndexLists levels = detail_levels(capsule.vertices, capsule.indices);
    EXPECT_LT(levels.back().size(), capsule.indices.size());
    for (std::size_t level = 1; level < kDetailLevelCount; ++level)
        EXPECT_EQ(test::open_edge_count(with_indices(capsule, levels[level])), 0u) << "level " << level;
}

TEST(DetailLevels, ARoundedBoxKeepsItsRoundedEdges) {
    // Without its rounding, a face's corners would take the neighbouring faces' normals and the whole
    // face would shade wrongly (seen on the theatre's heater-cooler).
    const MeshData box = make_rounded_box({0.4f, 0.6f, 0.3f}, 0.02f, 2);
    const DetailIndexLists levels = detail_levels(box.vertices, box.indices);
    for (std::size_t level = 1; level < kDetailLevelCount; ++level)
        for (std::size_t t = 0; t < levels[level].size(); t += 3)
            for (int corner = 0; corner < 3; ++corner) {
                const glm::vec3 a = glm::normalize(box.vertices[levels[level][t + corner]].normal);
                const glm::vec3 b = glm::normalize(box.vertices[levels[level][t + (corner + 1) % 3]].normal);
                ASSERT_GT(glm::dot(a, b), 0.34f) << "level " << level << ": a triangle across a whole edge";
            }
}

TEST(DetailLevels, ABoxIsAlreadyAsSimpleAsItGets) {
    const MeshData box = make_box({0.5f, 0.3f, 0.2f});
    const DetailIndexLists levels = detail_levels(box.vertices, box.indices);
    for (const std::vector<uint32_t>& level : levels) EXPECT_EQ(triangle_set(level), triangle_set(box.indices));
}

TEST(DetailLevels, AnEmptyMeshHasEmptyLevels) {
    const DetailIndexLists levels = detail_levels({}, {});
    for (const std::vector<uint32_t>& level : levels) EXPECT_TRUE(level.empty());
}

TEST(DetailLevelFor, FullDetailUnlessAViewAsksAndFarEnough) {
    const float pixels_per_radian = 623.0f;  // 720 pixels tall, 60 degrees
    EXPECT_EQ(detail_level_for(5.0f, 0.0f, 0.5f), 0u);                // no view: full detail
    EXPECT_EQ(detail_level_for(0.0f, pixels_per_radian, 0.5f), 0u);   // inside the bounds
    EXPECT_EQ(detail_level_for(0.5f, pixels_per_radian, 0.5f), 0u);   // 1.5 mm would be 1.9 px
    // Half a pixel at 3.8 m is 3.05 mm: level 2 (3 mm) but not level 3 (6 mm).
    EXPECT_EQ(detail_level_for(3.8f, pixels_per_radian, 0.5f), 2u);
    // Twice as far, one level coarser; a node that doubles its mesh's size needs twice the distance.
    EXPECT_EQ(detail_level_for(7.6f, pixels_per_radian, 0.5f), 3u);
    EXPECT_EQ(detail_level_for(7.6f, pixels_per_radian, 0.5f, 2.0f), 2u);
    EXPECT_EQ(detail_level_for(1000.0f, pixels_per_radian, 0.5f), kDetailLevelCount - 1);
}

}  // namespace
}  // namespace perfuse
