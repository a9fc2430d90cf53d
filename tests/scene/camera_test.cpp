#include "scene/camera.h"

#include <cmath>

#include <glm/gtc/constants.hpp>
#include <gtest/gtest.h>

namespace perfuse {
namespace {

void expectVec3(glm::vec3 got, glm::vec3 want, float tol = 1e-5f) {
    EXPECT_NEAR(got.x, want.x, tol);
    EXPECT_NEAR(got.y, want.y, tol);
    EXPECT_NEAR(got.z, want.z, tol);
}

glm::vec4 clipOf(const CameraPose& pose, glm::vec3 p_m) {
    return projection_matrix(glm::radians(60.0f), 16.0f / 9.0f, 0.1f, 100.0f) * view_matrix(pose) * glm::vec4(p_m, 1.0f);
}

TEST(Camera, AnglesFollowTheConvention) {
    expectVec3(forward_from_angles(0, 0), {0, 0, -1});
    expectVec3(forward_from_angles(glm::half_pi<float>(), 0), {-1, 0, 0});  // positive yaw turns left
    expectVec3(forward_from_angles(0, glm::half_pi<float>()), {0, 1, 0});
}

TEST(Camera, WalkEyeIsAtEyeHeight) {
    WalkCamera cam;
    cam.feet_m = {1, 0, 2};
    expectVec3(walk_pose(cam).eye_m, {1, 1.7f, 2});
}

TEST(Camera, WalkForwardAndStrafeAtWalkingSpeed) {
    WalkCamera cam;
    CameraInput in;
    in.move = {0, 1};
    for (int i = 0; i < 60; ++i) update_walk(cam, in, 1.0f / 60.0f, {});
    expectVec3(cam.feet_m, {0, 0, -1.4f}, 1e-4f);

    cam = {};
    cam.yaw_rad = glm::half_pi<float>();  // facing -X; strafing right goes towards -Z
    in.move = {1, 0};
    update_walk(cam, in, 1.0f, {});
    expectVec3(cam.feet_m, {0, 0, -1.4f}, 1e-4f);

    cam = {};
    in.move = {1, 1};  // diagonal keys must not be faster than straight ones
    in.run = true;
    update_walk(cam, in, 1.0f, {});
    EXPECT_NEAR(glm::length(cam.feet_m), 1.4f * 2.0f, 1e-4f);
}

TEST(Camera, StickDeadzoneIgnoresDrift) {
    WalkCamera cam;
    CameraInput in;
    in.move = {0.05f, 0.1f};
    in.look_axis = {0.1f, -0.1f};
    update_walk(cam, in, 1.0f, {});
    expectVec3(cam.feet_m, {0, 0, 0});
    EXPECT_EQ(cam.yaw_rad, 0.0f);
    EXPECT_EQ(cam.pitch_rad, 0.0f);
}

TEST(Camera, MouseLookSignsInvertYAndPitchLimit) {
    WalkCamera cam;
    CameraInput in;
    in.look_px = {100, 0};  // mouse right: turn right
    update_walk(cam, in, 0.016f, {});
    EXPECT_NEAR(cam.yaw_rad, -100 * cam.settings.mouse_rad_per_px, 1e-6f);
    in.look_px = {0, 40};  // mouse down: look down
    update_walk(cam, in, 0.016f, {});
    EXPECT_NEAR(cam.pitch_rad, -40 * cam.settings.mouse_rad_per_px, 1e-6f);

    WalkCamera inverted;
    inverted.settings.invert_y = true;
    update_walk(inverted, in, 0.016f, {});
    EXPECT_NEAR(inverted.pitch_rad, 40 * cam.settings.mouse_rad_per_px, 1e-6f);

    in.look_px = {0, -100000};
    update_walk(cam, in, 0.016f, {});
    EXPECT_FLOAT_EQ(cam.pitch_rad, cam.settings.pitch_limit_rad);
}

TEST(Camera, GamepadTurnsAtConfiguredRate) {
    WalkCamera cam;
    CameraInput in;
    in.look_axis = {1, 0};
    update_walk(cam, in, 0.5f, {});
    EXPECT_NEAR(cam.yaw_rad, -cam.settings.axis_turn_rad_s * 0.5f, 1e-5f);
}

TEST(Camera, WalkingIntoAWallStops) {
    WalkCamera cam;
    const std::vector<Obstacle> wall{{{-5.0f, -2.1f}, {5.0f, -2.0f}}};
    CameraInput in;
    in.move = {0, 1};
    for (int i = 0; i < 300; ++i) update_walk(cam, in, 1.0f / 30.0f, wall);
    EXPECT_NEAR(cam.feet_m.z, -2.0f + cam.settings.body_radius_m, 1e-3f);
}

TEST(Camera, OrbitLooksAtTargetAndClampsZoom) {
    OrbitCamera orbit;
    orbit.target_m = {1, 1, 1};
    orbit.distance_m = 3.0f;
    orbit.yaw_rad = 0.8f;
    orbit.pitch_rad = -0.4f;
    const CameraPose pose = orbit_pose(orbit);
    EXPECT_NEAR(glm::distance(pose.eye_m, orbit.target_m), 3.0f, 1e-5f);
    expectVec3(glm::vec3(view_matrix(pose) * glm::vec4(orbit.target_m, 1)), {0, 0, -3});

    CameraInput in;
    in.zoom_steps = 1;
    update_orbit(orbit, in, 0.016f);
    EXPECT_NEAR(orbit.distance_m, 2.7f, 1e-5f);
    in.zoom_steps = 100;
    update_orbit(orbit, in, 0.016f);
    EXPECT_EQ(orbit.distance_m, orbit.min_distance_m);
    in.zoom_steps = -100;
    update_orbit(orbit, in, 0.016f);
    EXPECT_EQ(orbit.distance_m, orbit.max_distance_m);
}

TEST(Camera, ProjectionIsVulkanClipSpace) {
    const CameraPose pose{{0, 0, 0}, 0, 0};
    const glm::vec4 near_point = clipOf(pose, {0, 0, -0.1f});
    const glm::vec4 far_point = clipOf(pose, {0, 0, -100.0f});
    EXPECT_NEAR(near_point.z / near_point.w, 0.0f, 1e-5f) << "depth 0 at the near plane";
    EXPECT_NEAR(far_point.z / far_point.w, 1.0f, 1e-5f) << "depth 1 at the far plane";
    const glm::vec4 above = clipOf(pose, {0, 1, -5});
    EXPECT_LT(above.y / above.w, 0.0f) << "world up must be clip -Y (top of a Vulkan framebuffer)";
    const glm::vec4 right = clipOf(pose, {1, 0, -5});
    EXPECT_GT(right.x / right.w, 0.0f);
}

TEST(Camera, CounterClockwiseTrianglesStayFrontFacing) {
    // Vulkan's signed area (spec 25.7.1) in framebuffer coordinates; positive is front-facing with
    // VK_FRONT_FACE_COUNTER_CLOCKWISE. The triangle faces the camera and is CCW seen from it.
    const CameraPose pose{{0, 0, 0}, 0.3f, 0.1f};
    const glm::vec3 f = forward_from_angles(pose.yaw_rad, pose.pitch_rad);
    const glm::vec3 right = glm::normalize(glm::cross(f, {0, 1, 0})), up = glm::cross(right, f);
    const glm::vec3 centre = f * 5.0f;
    const glm::vec3 tri[3] = {centre, centre + right, centre + up};
    glm::vec2 fb[3];
    for (int i = 0; i < 3; ++i) {
        const glm::vec4 c = clipOf(pose, tri[i]);
        fb[i] = (glm::vec2(c) / c.w + 1.0f) * 0.5f * glm::vec2(1280, 720);  // positive-height viewport
    }
    float area = 0;
    for (int i = 0; i < 3; ++i) area += fb[i].x * fb[(i + 1) % 3].y - fb[(i + 1) % 3].x * fb[i].y;
    EXPECT_GT(-0.5f * area, 0.0f);
}

TEST(Camera, FrameBoundsFitsTheWholeObject) {
    OrbitCamera orbit;
    const Bounds machine{{1, 0, -1}, {2, 1.8f, 0}};
    const float fov_y_rad = glm::radians(60.0f);
    frame_bounds(orbit, machine, fov_y_rad);
    expectVec3(orbit.target_m, machine.center());
    const CameraPose pose = orbit_pose(orbit);
    const glm::mat4 view_proj = projection_matrix(fov_y_rad, 1.0f, 0.05f, 100.0f) * view_matrix(pose);
    for (int corner = 0; corner < 8; ++corner) {
        const glm::vec3 p{corner & 1 ? machine.max.x : machine.min.x, corner & 2 ? machine.max.y : machine.min.y,
                          corner & 4 ? machine.max.z : machine.min.z};
        const glm::vec4 clip = view_proj * glm::vec4(p, 1.0f);
        EXPECT_LE(std::abs(clip.x / clip.w), 1.0f) << "corner " << corner;
        EXPECT_LE(std::abs(clip.y / clip.w), 1.0f) << "corner " << corner;
        EXPECT_GT(clip.w, 0.0f);
    }
    EXPECT_LE(orbit.min_distance_m, orbit.distance_m);
    EXPECT_GE(orbit.max_distance_m, orbit.distance_m);
}

}  // namespace
}  // namespace perfuse
