#include "xr/xr_math.h"

#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

namespace perfuse {

glm::vec3 to_glm(const XrVector3f& v) { return {v.x, v.y, v.z}; }
glm::quat to_glm(const XrQuaternionf& q) { return glm::quat(q.w, q.x, q.y, q.z); }
XrVector3f to_xr(const glm::vec3& v) { return {v.x, v.y, v.z}; }
XrQuaternionf to_xr(const glm::quat& q) { return {q.x, q.y, q.z, q.w}; }

XrPosef to_xr_pose(const glm::mat4& rigid) {
    return {.orientation = to_xr(glm::normalize(glm::quat_cast(glm::mat3(rigid)))),
            .position = to_xr(glm::vec3(rigid[3]))};
}

glm::mat4 pose_matrix(const XrPosef& pose) {
    glm::mat4 m = glm::mat4_cast(glm::normalize(to_glm(pose.orientation)));
    m[3] = glm::vec4(to_glm(pose.position), 1.0f);
    return m;
}

XrPosef identity_pose() { return {.orientation = {0.0f, 0.0f, 0.0f, 1.0f}, .position = {0.0f, 0.0f, 0.0f}}; }

glm::mat4 projection_from_fov(const XrFovf& fov, float near_m, float far_m) {
    const float left = std::tan(fov.angleLeft);
    const float right = std::tan(fov.angleRight);
    const float up = std::tan(fov.angleUp);
    const float down = std::tan(fov.angleDown);
    // A view-space point (x, y, z) lands at x/-z in [left, right] and y/-z in [down, up]; these map
    // to NDC x in [-1, 1] left to right and NDC y in [1, -1] bottom to top (Vulkan's Y points down).
    glm::mat4 p(0.0f);
    p[0][0] = 2.0f / (right - left);
    p[2][0] = (right + left) / (right - left);
    p[1][1] = -2.0f / (up - down);
    p[2][1] = -(up + down) / (up - down);
    p[2][2] = far_m / (near_m - far_m);
    p[3][2] = near_m * far_m / (near_m - far_m);
    p[2][3] = -1.0f;
    return p;
}

ViewCamera eye_camera(const glm::mat4& world_from_tracking, const XrPosef& eye_pose, const XrFovf& fov,
                      float near_m, float far_m) {
    const glm::mat4 world_from_eye = world_from_tracking * pose_matrix(eye_pose);
    return {.view = glm::inverse(world_from_eye),
            .projection = projection_from_fov(fov, near_m, far_m),
            .position = glm::vec3(world_from_eye[3])};
}

}  // namespace perfuse
