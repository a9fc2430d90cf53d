// Projection from an OpenXR field of view and pose conversions: Vulkan clip conventions (Y down,
// depth 0..1) and the world's axes (right-handed, +Y up, -Z forward).
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "scene/camera.h"
#include "xr/xr_math.h"

namespace perfuse {
namespace {

glm::vec3 ndc(const glm::mat4& projection, const glm::vec3& view_point) {
    const glm::vec4 clip = projection * glm::vec4(view_point, 1.0f);
    return glm::vec3(clip) / clip.w;
}

// A typical headset's left eye: wider towards the nose side is the other way round, so asymmetric.
const XrFovf kLeftEye{.angleLeft = -0.90f, .angleRight = 0.70f, .angleUp = 0.80f, .angleDown = -0.95f};

TEST(XrProjection, SymmetricFovMatchesTheDesktopProjection) {
    const float half_y = glm::radians(30.0f);
    const float aspect = 16.0f / 9.0f;
    const float half_x = std::atan(std::tan(half_y) * aspect);
    const XrFovf fov{-half_x, half_x, half_y, -half_y};
    const glm::mat4 xr = projection_from_fov(fov, 0.05f, 100.0f);
    const glm::mat4 desktop = projection_matrix(2.0f * half_y, aspect, 0.05f, 100.0f);
    for (int c = 0; c < 4; ++c)
        for (int r = 0; r < 4; ++r) EXPECT_NEAR(xr[c][r], desktop[c][r], 1e-5f) << "column " << c << " row " << r;
}

TEST(XrProjection, EdgesOfAnAsymmetricFovLandOnTheEdgesOfClipSpace) {
    const glm::mat4 p = projection_from_fov(kLeftEye, 0.1f, 50.0f);
    const float z = -2.0f;  // any depth: the edges are rays from the eye
    EXPECT_NEAR(ndc(p, {std::tan(kLeftEye.angleLeft) * -z, 0.0f, z}).x, -1.0f, 1e-5f);
    EXPECT_NEAR(ndc(p, {std::tan(kLeftEye.angleRight) * -z, 0.0f, z}).x, 1.0f, 1e-5f);
    // Vulkan's clip Y points down: the upper edge is -1, the lower edge +1.
    EXPECT_NEAR(ndc(p, {0.0f, std::tan(kLeftEye.angleUp) * -z, z}).y, -1.0f, 1e-5f);
    EXPECT_NEAR(ndc(p, {0.0f, std::tan(kLeftEye.angleDown) * -z, z}).y, 1.0f, 1e-5f);
    // Straight ahead is off centre, towards the narrower side.
    EXPECT_GT(ndc(p, {0.0f, 0.0f, z}).x, 0.0f);
}

TEST(XrProjection, DepthRunsFromZeroAtNearToOneAtFar) {
    const glm::mat4 p = projection_from_fov(kLeftEye, 0.1f, 50.0f);
    EXPECT_NEAR(ndc(p, {0.0f, 0.0f, -0.1f}).z, 0.0f, 1e-6f);
    EXPECT_NEAR(ndc(p, {0.0f, 0.0f, -50.0f}).z, 1.0f, 1e-5f);
    EXPECT_LT(ndc(p, {0.0f, 0.0f, -1.0f}).z, ndc(p, {0.0f, 0.0f, -2.0f}).z);
    EXPECT_GT((p * glm::vec4(0.0f, 0.0f, -1.0f, 1.0f)).w, 0.0f) << "points in front must have positive w";
}

TEST(XrPose, QuaternionComponentOrderIsXyzw) {
    // 90 degrees about +Y (turn left): forward (-Z) becomes -X.
    const float s = std::sqrt(0.5f);
    const XrPosef pose{.orientation = {0.0f, s, 0.0f, s}, .position = {1.0f, 2.0f, 3.0f}};
    const glm::mat4 m = pose_matrix(pose);
    const glm::vec3 forward = glm::vec3(m * glm::vec4(0.0f, 0.0f, -1.0f, 0.0f));
    EXPECT_NEAR(forward.x, -1.0f, 1e-6f);
    EXPECT_NEAR(forward.z, 0.0f, 1e-6f);
    EXPECT_EQ(glm::vec3(m[3]), glm::vec3(1.0f, 2.0f, 3.0f));
}

TEST(XrPose, MatrixAndPoseRoundTrip) {
    const glm::mat4 m = glm::rotate(glm::translate(glm::mat4(1.0f), glm::vec3(0.3f, 1.6f, -0.2f)), 0.7f,
                                    glm::normalize(glm::vec3(0.2f, 1.0f, 0.1f)));
    const glm::mat4 back = pose_matrix(to_xr_pose(m));
    for (int c = 0; c < 4; ++c)
        for (int r = 0; r < 4; ++r) EXPECT_NEAR(back[c][r], m[c][r], 1e-5f);
}

TEST(XrEyeCamera, EyesSitApartAlongTheRigsRightAndSeeTheSamePointShifted) {
    const float ipd_m = 0.064f;
    const XrFovf fov{-0.8f, 0.8f, 0.8f, -0.8f};
    // The rig stands at (2, 1.7, 5) turned a quarter left: the user's right is world -Z.
    const glm::mat4 world = glm::rotate(glm::translate(glm::mat4(1.0f), glm::vec3(2.0f, 1.7f, 5.0f)),
                                        glm::half_pi<float>(), glm::vec3(0.0f, 1.0f, 0.0f));
    XrPosef left = identity_pose(), right = identity_pose();
    left.position.x = -ipd_m / 2;
    right.position.x = ipd_m / 2;
    const ViewCamera l = eye_camera(world, left, fov, 0.05f, 100.0f);
    const ViewCamera r = eye_camera(world, right, fov, 0.05f, 100.0f);
    EXPECT_NEAR(glm::distance(l.position, r.position), ipd_m, 1e-6f);
    EXPECT_NEAR(r.position.z - l.position.z, -ipd_m, 1e-6f);
    // A point straight ahead (world -X after the turn) appears right of centre to the left eye.
    const glm::vec3 ahead{2.0f - 1.0f, 1.7f, 5.0f};
    const glm::vec4 in_left = l.projection * l.view * glm::vec4(ahead, 1.0f);
    const glm::vec4 in_right = r.projection * r.view * glm::vec4(ahead, 1.0f);
    EXPECT_GT(in_left.x / in_left.w, 0.0f);
    EXPECT_LT(in_right.x / in_right.w, 0.0f);
    EXPECT_NEAR(glm::vec3(l.view * glm::vec4(l.position, 1.0f)).x, 0.0f, 1e-5f) << "the view starts at the eye";
}

}  // namespace
}  // namespace perfuse
