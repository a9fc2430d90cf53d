#include "scene/camera.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/constants.hpp>
#include <glm/gtc/matrix_transform.hpp>

namespace perfuse {
namespace {

bool finite(glm::vec2 v) { return std::isfinite(v.x) && std::isfinite(v.y); }

// Radial dead zone, rescaled so output still spans 0..1 (no jump at the edge of the zone).
glm::vec2 deadzone(glm::vec2 v, float zone) {
    const float length = glm::length(v);
    if (!std::isfinite(length) || length <= zone) return glm::vec2(0.0f);
    const float scaled = std::min(1.0f, (length - zone) / (1.0f - zone));
    return v / length * scaled;
}

// Shared by walking and orbiting: mouse and stick turn the view the same way in both modes.
void applyLook(float& yaw_rad, float& pitch_rad, const CameraInput& input, const CameraSettings& s, float dt_s,
               float min_pitch_rad, float max_pitch_rad) {
    const float y_sign = s.invert_y ? -1.0f : 1.0f;
    const glm::vec2 axis = deadzone(input.look_axis, s.axis_deadzone);
    const glm::vec2 px = finite(input.look_px) ? input.look_px : glm::vec2(0.0f);
    yaw_rad -= px.x * s.mouse_rad_per_px + axis.x * s.axis_turn_rad_s * dt_s;
    pitch_rad += y_sign * (-px.y * s.mouse_rad_per_px + axis.y * s.axis_turn_rad_s * dt_s);
    yaw_rad = wrap_angle_rad(yaw_rad);
    pitch_rad = std::clamp(pitch_rad, min_pitch_rad, max_pitch_rad);
}

}  // namespace

float wrap_angle_rad(float a_rad) {
    const float two_pi = glm::two_pi<float>();
    a_rad = std::fmod(a_rad + glm::pi<float>(), two_pi);
    if (a_rad < 0.0f) a_rad += two_pi;
    return a_rad - glm::pi<float>();
}

glm::vec3 forward_from_angles(float yaw_rad, float pitch_rad) {
    const float c = std::cos(pitch_rad);
    return {-std::sin(yaw_rad) * c, std::sin(pitch_rad), -std::cos(yaw_rad) * c};
}

CameraPose walk_pose(const WalkCamera& camera) {
    return {camera.feet_m + glm::vec3(0.0f, camera.settings.eye_height_m, 0.0f), camera.yaw_rad, camera.pitch_rad};
}

CameraPose orbit_pose(const OrbitCamera& camera) {
    const glm::vec3 forward = forward_from_angles(camera.yaw_rad, camera.pitch_rad);
    return {camera.target_m - forward * camera.distance_m, camera.yaw_rad, camera.pitch_rad};
}

void update_walk(WalkCamera& camera, const CameraInput& input, float dt_s, const std::vector<Obstacle>& obstacles) {
    if (!(dt_s > 0.0f) || !std::isfinite(dt_s)) return;
    const CameraSettings& s = camera.settings;
    applyLook(camera.yaw_rad, camera.pitch_rad, input, s, dt_s, -s.pitch_limit_rad, s.pitch_limit_rad);

    // Walking ignores pitch: looking at the floor must not slow you down.
    glm::vec2 move = deadzone(input.move, s.axis_deadzone);
    if (input.move.x != 0.0f && input.move.y != 0.0f && glm::length(move) > 1.0f) move = glm::normalize(move);
    const glm::vec2 forward{-std::sin(camera.yaw_rad), -std::cos(camera.yaw_rad)};  // (x, z)
    const glm::vec2 right{std::cos(camera.yaw_rad), -std::sin(camera.yaw_rad)};
    const float speed_m_s = s.walk_speed_m_s * (input.run ? s.run_multiplier : 1.0f);
    const glm::vec2 delta_m = (right * move.x + forward * move.y) * speed_m_s * dt_s;
    const glm::vec2 feet = move_circle({camera.feet_m.x, camera.feet_m.z}, delta_m, s.body_radius_m, obstacles);
    camera.feet_m.x = feet.x;
    camera.feet_m.z = feet.y;
}

void update_orbit(OrbitCamera& camera, const CameraInput& input, float dt_s) {
    if (!(dt_s >= 0.0f) || !std::isfinite(dt_s)) return;
    applyLook(camera.yaw_rad, camera.pitch_rad, input, camera.settings, dt_s, camera.min_pitch_rad,
              camera.max_pitch_rad);
    if (std::isfinite(input.zoom_steps))
        camera.distance_m *= std::pow(camera.zoom_factor_per_step, input.zoom_steps);
    camera.distance_m = std::clamp(camera.distance_m, camera.min_distance_m, camera.max_distance_m);
}

void frame_bounds(OrbitCamera& camera, const Bounds& world_bounds, float fov_y_rad) {
    if (world_bounds.empty()) return;
    constexpr float kMargin = 1.15f;  // breathing room round the object
    const float radius_m = std::max(0.05f, glm::length(world_bounds.size()) * 0.5f);
    const float half_fov = std::clamp(fov_y_rad * 0.5f, 0.05f, 1.5f);
    camera.target_m = world_bounds.center();
    camera.distance_m = radius_m / std::sin(half_fov) * kMargin;
    camera.min_distance_m = std::min(camera.min_distance_m, radius_m * 0.5f);
    camera.max_distance_m = std::max(camera.max_distance_m, camera.distance_m * 4.0f);
}

glm::mat4 view_matrix(const CameraPose& pose) {
    return glm::lookAtRH(pose.eye_m, pose.eye_m + forward_from_angles(pose.yaw_rad, pose.pitch_rad),
                         glm::vec3(0.0f, 1.0f, 0.0f));
}

glm::mat4 projection_matrix(float fov_y_rad, float aspect, float near_m, float far_m) {
    glm::mat4 p = glm::perspectiveRH_ZO(fov_y_rad, aspect, near_m, far_m);
    p[1][1] = -p[1][1];  // Vulkan clip space has +Y down
    return p;
}

}  // namespace perfuse
