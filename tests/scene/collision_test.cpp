#include "scene/collision.h"

#include <random>

#include <glm/gtc/quaternion.hpp>

#include <gtest/gtest.h>

#include "scene/scene.h"
#include "test_meshes.h"

namespace perfuse {
namespace {

constexpr float kRadius_m = 0.25f;
constexpr float kTol_m = 1e-3f;

TEST(Collision, StopsAtAWallHeadOn) {
    const std::vector<Obstacle> wall{{{1.0f, -5.0f}, {1.1f, 5.0f}}};
    const glm::vec2 end = move_circle({0, 0}, {5, 0}, kRadius_m, wall);
    EXPECT_NEAR(end.x, 1.0f - kRadius_m, kTol_m);
    EXPECT_NEAR(end.y, 0.0f, kTol_m);
    EXPECT_FALSE(circle_blocked(end, kRadius_m, wall));
}

TEST(Collision, NoTunnellingThroughAThinWallInOneHugeStep) {
    const std::vector<Obstacle> wall{{{1.0f, -50.0f}, {1.01f, 50.0f}}};  // 1 cm partition
    for (float distance_m : {0.8f, 1.5f, 3.0f, 100.0f, 1e6f}) {
        const glm::vec2 end = move_circle({0, 0}, {distance_m, 0.3f}, kRadius_m, wall);
        EXPECT_LE(end.x, 1.0f - kRadius_m + kTol_m) << "moved " << distance_m << " m in one frame";
    }
}

TEST(Collision, NoTunnellingAtRandomFrameSteps) {
    // Walls long enough that the random walk cannot wander round their ends.
    const std::vector<Obstacle> walls{{{1.0f, -1e4f}, {1.02f, 1e4f}}, {{-1.02f, -1e4f}, {-1.0f, 1e4f}}};
    std::mt19937 rng(7);
    std::uniform_real_distribution<float> dt_s(0.001f, 0.5f), dir(-1.0f, 1.0f);
    glm::vec2 p{0, 0};
    for (int frame = 0; frame < 5000; ++frame) {
        const glm::vec2 velocity_m_s = glm::vec2(dir(rng), dir(rng)) * 8.0f;
        p = move_circle(p, velocity_m_s * dt_s(rng), kRadius_m, walls);
        ASSERT_GT(p.x, -1.0f + kRadius_m - kTol_m) << "frame " << frame;
        ASSERT_LT(p.x, 1.0f - kRadius_m + kTol_m) << "frame " << frame;
    }
}

TEST(Collision, SlidesAlongAWall) {
    const std::vector<Obstacle> wall{{{1.0f, -10.0f}, {1.1f, 10.0f}}};
    // Walking diagonally into the wall: the blocked X part is lost, the Z part is kept.
    const glm::vec2 end = move_circle({0.5f, 0}, {2, 2}, kRadius_m, wall);
    EXPECT_NEAR(end.x, 1.0f - kRadius_m, kTol_m);
    EXPECT_NEAR(end.y, 2.0f, kTol_m);
}

TEST(Collision, CannotWalkThroughABedAndSlidesRoundIt) {
    const std::vector<Obstacle> bed{{{-0.45f, -1.0f}, {0.45f, 1.0f}}};  // 0.9 x 2.0 m
    const glm::vec2 stopped = move_circle({0, -3}, {0, 6}, kRadius_m, bed);
    EXPECT_NEAR(stopped.y, -1.0f - kRadius_m, kTol_m);
    EXPECT_FALSE(circle_blocked(stopped, kRadius_m, bed));

    // Aiming so the body clips the foot end's corner: pushed sideways round it, not through it.
    const glm::vec2 around = move_circle({0.6f, -3}, {0, 6}, kRadius_m, bed);
    EXPECT_GE(around.x, 0.45f + kRadius_m - kTol_m) << "slid round the corner";
    EXPECT_GT(around.y, 1.0f) << "and carried on past the bed";
    EXPECT_FALSE(circle_blocked(around, kRadius_m, bed));
}

TEST(Collision, InsideCornerHolds) {
    const std::vector<Obstacle> corner{{{1.0f, -5.0f}, {1.2f, 5.0f}}, {{-5.0f, 1.0f}, {5.0f, 1.2f}}};
    const glm::vec2 end = move_circle({0, 0}, {3, 3}, kRadius_m, corner);
    EXPECT_NEAR(end.x, 1.0f - kRadius_m, kTol_m);
    EXPECT_NEAR(end.y, 1.0f - kRadius_m, kTol_m);
}

TEST(Collision, GapNarrowerThanTheBodyBlocksWiderOnePasses) {
    const auto doorway = [](float width_m) {
        return std::vector<Obstacle>{{{-5.0f, 0.0f}, {-width_m / 2, 0.2f}}, {{width_m / 2, 0.0f}, {5.0f, 0.2f}}};
    };
    const glm::vec2 blocked = move_circle({0, -2}, {0, 4}, kRadius_m, doorway(0.4f));
    EXPECT_LT(blocked.y, 0.0f);
    EXPECT_FALSE(circle_blocked(blocked, kRadius_m, doorway(0.4f)));
    const glm::vec2 passed = move_circle({0, -2}, {0, 4}, kRadius_m, doorway(0.8f));
    EXPECT_NEAR(passed.y, 2.0f, kTol_m);
}

TEST(Collision, StartingInsideIsPushedOut) {
    const std::vector<Obstacle> box{{{-1, -1}, {1, 1}}};
    const glm::vec2 end = move_circle({0.9f, 0.1f}, {0.01f, 0}, kRadius_m, box);
    EXPECT_FALSE(circle_blocked(end, kRadius_m, box));
    EXPECT_NEAR(end.x, 1.0f + kRadius_m, kTol_m);
}

TEST(Collision, FreeWalkAndBadInputs) {
    const glm::vec2 free = move_circle({1, 2}, {0.5f, -0.5f}, kRadius_m, {});
    EXPECT_NEAR(free.x, 1.5f, 1e-5f);
    EXPECT_NEAR(free.y, 1.5f, 1e-5f);
    const float nan = std::numeric_limits<float>::quiet_NaN();
    EXPECT_EQ(move_circle({1, 2}, {nan, 0}, kRadius_m, {}), glm::vec2(1, 2));
}

// A bed 0.9 x 2.0 m turned 45 degrees about +Y, centred on the origin.
Obstacle turnedBed() {
    Transform t;
    t.rotation = glm::angleAxis(glm::radians(45.0f), glm::vec3(0, 1, 0));
    return obstacle_from_mesh(Bounds{{-0.45f, 0.0f, -1.0f}, {0.45f, 0.6f, 1.0f}}, t.matrix());
}

TEST(Collision, TurnedObstacleIsTightNotItsBoundingBox) {
    const Obstacle bed = turnedBed();
    EXPECT_NEAR(bed.yaw_rad, glm::radians(45.0f), 1e-5f);
    EXPECT_NEAR(bed.max_m.x - bed.min_m.x, 0.9f, 1e-5f);
    EXPECT_NEAR(bed.max_m.y - bed.min_m.y, 2.0f, 1e-5f);
    // The world box round the turned bed spans +-1.03 m on both axes; beside the long face at
    // (0.9, -0.6) it is empty floor, 0.6 m from the bed.
    EXPECT_FALSE(circle_blocked({0.9f, -0.6f}, kRadius_m, {bed}));
    EXPECT_TRUE(circle_blocked({0.0f, 0.0f}, kRadius_m, {bed}));
    const Obstacle aligned = obstacle_from_mesh(Bounds{{-1, 0, -1}, {1, 1, 1}}, glm::mat4(1.0f));
    EXPECT_EQ(aligned.yaw_rad, 0.0f);
    EXPECT_EQ(aligned.min_m, glm::vec2(-1, -1));
}

TEST(Collision, SlidesAlongATurnedObstacle) {
    const std::vector<Obstacle> bed{turnedBed()};
    // The bed's long axis runs along (sin 45, cos 45) = (0.707, 0.707) in (x, z). Walk into its long
    // face from its side (along the face normal plus a bit of the long axis): the walker must stop at
    // radius from the face and slide towards the long axis, never entering.
    const glm::vec2 normal{0.7071f, -0.7071f}, along{0.7071f, 0.7071f};
    glm::vec2 p = normal * 2.0f;
    for (int frame = 0; frame < 40; ++frame) {  // 26 frames to reach the face, then 14 sliding
        p = move_circle(p, (-normal + along * 0.5f) * 0.05f, kRadius_m, bed);
        ASSERT_FALSE(circle_blocked(p, kRadius_m, bed)) << "frame " << frame;
    }
    EXPECT_NEAR(glm::dot(p, normal), 0.45f + kRadius_m, 2e-3f) << "resting against the long face";
    EXPECT_GT(glm::dot(p, along), 0.5f) << "slid along it";
    EXPECT_LT(glm::dot(p, along), 1.0f + kRadius_m) << "still beside the bed, not round its end";
}

TEST(Collision, ObstaclesFromSceneUseTheBodyHeightBand) {
    Scene scene;
    const std::int32_t floor = add_mesh(scene, test::boxMesh({5, 0.01f, 5}));
    const std::int32_t bed = add_mesh(scene, test::boxMesh({0.45f, 0.3f, 1.0f}));
    const std::int32_t lamp = add_mesh(scene, test::boxMesh({0.3f, 0.1f, 0.3f}));
    test::addBoxNode(scene, floor, {0, -0.01f, 0}, "floor");
    const NodeId bed_id = test::addBoxNode(scene, bed, {2, 0.3f, 0}, "bed");
    test::addBoxNode(scene, lamp, {0, 2.5f, 0}, "lamp");
    const NodeId curtain = test::addBoxNode(scene, bed, {-2, 0.3f, 0}, "curtain");
    scene.nodes[curtain].collidable = false;
    update_world_transforms(scene);

    const std::vector<Obstacle> obstacles = collect_obstacles(scene, 0.0f);
    ASSERT_EQ(obstacles.size(), 1u) << "only the bed: floor below step height, lamp overhead, curtain not collidable";
    EXPECT_NEAR(obstacles[0].min_m.x, 1.55f, 1e-5f);
    EXPECT_NEAR(obstacles[0].max_m.y, 1.0f, 1e-5f);
    scene.nodes[bed_id].visible = false;
    EXPECT_TRUE(collect_obstacles(scene, 0.0f).empty());
}

}  // namespace
}  // namespace perfuse
