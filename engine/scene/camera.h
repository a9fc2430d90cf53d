#pragma once
// Cameras: first-person walking and orbiting a target for inspection (fly_to.h moves between them),
// driven by a platform-agnostic input struct the platform layer fills. Matrices are for Vulkan:
// right-handed world (+Y up, -Z forward at yaw 0), clip Y pointing down, depth 0..1. Because Y is
// flipped in the projection, counter-clockwise world triangles stay front faces with
// VK_FRONT_FACE_COUNTER_CLOCKWISE.
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "scene/collision.h"

namespace perfuse {

// One frame of intent, already mapped from keys, mouse and gamepad by the platform layer.
struct CameraInput {
    glm::vec2 move{0.0f};      // x: strafe right, y: forward; keys give -1/0/1, a stick gives -1..1
    glm::vec2 look_px{0.0f};   // mouse motion this frame, pixels; +x right, +y down the screen
    glm::vec2 look_axis{0.0f}; // right stick or arrow keys, -1..1; +x turn right, +y look up
    float zoom_steps = 0.0f;   // wheel notches or triggers; + zooms in (orbit)
    bool run = false;
};

struct CameraSettings {
    float eye_height_m = 1.7f;             // standing adult eye level
    float walk_speed_m_s = 1.4f;           // typical indoor walking pace
    float run_multiplier = 2.0f;
    float mouse_rad_per_px = 0.0025f;      // about 0.14 degrees per pixel
    float axis_turn_rad_s = 2.0f;          // full stick deflection: a half turn in ~1.6 s
    float axis_deadzone = 0.15f;           // worn sticks drift below this
    bool invert_y = false;
    float pitch_limit_rad = 1.45f;         // just short of straight up/down, where yaw degenerates
    float body_radius_m = 0.25f;
};

// Where a camera is and which way it looks; no roll.
struct CameraPose {
    glm::vec3 eye_m{0.0f};
    float yaw_rad = 0.0f;    // 0 looks down -Z; positive turns left (counter-clockwise seen from above)
    float pitch_rad = 0.0f;  // positive looks up
};

struct WalkCamera {
    glm::vec3 feet_m{0.0f};  // on the floor; eye is eye_height_m above
    float yaw_rad = 0.0f;
    float pitch_rad = 0.0f;
    CameraSettings settings;
};

struct OrbitCamera {
    glm::vec3 target_m{0.0f};
    float distance_m = 2.0f;
    float yaw_rad = 0.0f;  // same convention as CameraPose: the eye sits behind the target
    float pitch_rad = 0.3f;
    float min_distance_m = 0.3f;
    float max_distance_m = 10.0f;
    float zoom_factor_per_step = 0.9f;  // each notch moves 10% closer: feels the same at any distance
    float min_pitch_rad = -1.4f;
    float max_pitch_rad = 1.4f;
    CameraSettings settings;  // look sensitivity, invert Y
};

glm::vec3 forward_from_angles(float yaw_rad, float pitch_rad);  // unit vector
float wrap_angle_rad(float a_rad);                              // into [-pi, pi)
CameraPose walk_pose(const WalkCamera& camera);
CameraPose orbit_pose(const OrbitCamera& camera);

// Turns, then moves the body circle through the obstacles (pass {} to walk freely).
void update_walk(WalkCamera& camera, const CameraInput& input, float dt_s, const std::vector<Obstacle>& obstacles);
void update_orbit(OrbitCamera& camera, const CameraInput& input, float dt_s);
// Aims the orbit at the box's centre from far enough that the whole box fits the vertical field of
// view (with a little margin), and widens the zoom limits to suit its size. Keeps yaw and pitch.
void frame_bounds(OrbitCamera& camera, const Bounds& world_bounds, float fov_y_rad);

glm::mat4 view_matrix(const CameraPose& pose);
glm::mat4 projection_matrix(float fov_y_rad, float aspect, float near_m, float far_m);  // Vulkan clip

}  // namespace perfuse
