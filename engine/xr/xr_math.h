#pragma once
// OpenXR poses and fields of view as the renderer's matrices. OpenXR tracking spaces match the world
// convention (right-handed, +Y up, -Z forward), so a pose maps across unchanged; only the projection
// must be built for Vulkan clip space (Y down, depth 0..1) from the per-eye, asymmetric field of view.
#include <glm/glm.hpp>
#include <glm/gtc/quaternion.hpp>
#include <openxr/openxr.h>

#include "render/draw_list.h"

namespace perfuse {

glm::vec3 to_glm(const XrVector3f& v);
glm::quat to_glm(const XrQuaternionf& q);
XrVector3f to_xr(const glm::vec3& v);
XrQuaternionf to_xr(const glm::quat& q);
XrPosef to_xr_pose(const glm::mat4& rigid);  // rotation + translation only

// The pose as a matrix taking points from the posed frame into its parent space.
glm::mat4 pose_matrix(const XrPosef& pose);
XrPosef identity_pose();

// Off-axis perspective for the four half-angles of FOV (angleLeft/angleDown are usually negative):
// Vulkan clip space, Y pointing down, depth 0 at NEAR_M and 1 at FAR_M.
glm::mat4 projection_from_fov(const XrFovf& fov, float near_m, float far_m);

// The camera for one eye: EYE_POSE in the tracking space, which sits in the world at WORLD_FROM_TRACKING.
ViewCamera eye_camera(const glm::mat4& world_from_tracking, const XrPosef& eye_pose, const XrFovf& fov,
                      float near_m, float far_m);

}  // namespace perfuse
