#include "app/viewer_camera.h"

#include "app/view_camera.h"

namespace perfuse {

namespace {
constexpr float kFlightS = 0.8f;  // long enough to see where you went, short enough not to wait

WalkCamera walker_at(const CameraPose& pose) {
    WalkCamera walker;
    walker.feet_m = pose.eye_m - glm::vec3(0.0f, walker.settings.eye_height_m, 0.0f);
    walker.yaw_rad = pose.yaw_rad;
    walker.pitch_rad = pose.pitch_rad;
    return walker;
}

Bounds item_bounds(const Room& room, const std::string& item_id) {
    Bounds bounds;
    for (NodeId node : find_nodes_by_tag(room.scene, item_id)) bounds.add(room.scene.nodes[node].world_bounds);
    return bounds;
}
}  // namespace

ViewerCamera::ViewerCamera(const Room& room)
    : mode_(room.view_style == ViewStyle::orbit ? Mode::orbit : Mode::walk),
      walker_(walker_at(room.start_view)),
      orbit_(room.orbit) {}

CameraPose ViewerCamera::pose_now() const {
    return mode_ == Mode::walk ? walk_pose(walker_) : orbit_pose(orbit_);
}

bool ViewerCamera::inspect(const Room& room, const std::string& item_id) {
    const Bounds bounds = item_bounds(room, item_id);
    if (bounds.empty() || mode_ == Mode::orbit) return false;
    const CameraPose from = flight_ ? advance_fly_to(*flight_, 0.0f) : pose_now();
    OrbitCamera orbit;
    orbit.yaw_rad = walker_.yaw_rad;  // keep facing the way we were: the flight is then short and calm
    orbit.pitch_rad = glm::radians(-15.0f);
    orbit.settings = walker_.settings;
    frame_bounds(orbit, bounds, glm::radians(kFieldOfViewYDeg));
    orbit_ = orbit;
    flight_ = start_fly_to(from, orbit_pose(orbit_), kFlightS);
    returning_to_ = Mode::inspect;
    return true;
}

void ViewerCamera::stop_inspecting() {
    if (!inspecting()) return;
    const CameraPose from = flight_ ? advance_fly_to(*flight_, 0.0f) : pose_now();
    flight_ = start_fly_to(from, walk_pose(walker_), kFlightS);
    returning_to_ = Mode::walk;
}

void ViewerCamera::place(const CameraPose& pose) {
    if (mode_ == Mode::orbit) return;
    walker_ = walker_at(pose);
    walker_.pitch_rad = glm::clamp(pose.pitch_rad, -walker_.settings.pitch_limit_rad, walker_.settings.pitch_limit_rad);
    flight_.reset();
    mode_ = Mode::walk;
}

CameraPose ViewerCamera::update(const Room& room, const CameraInput& input, float dt_s) {
    if (flight_) {
        const CameraPose pose = advance_fly_to(*flight_, dt_s);
        if (!fly_to_done(*flight_)) return pose;  // input waits until we arrive
        flight_.reset();
        mode_ = returning_to_;
    }
    if (mode_ == Mode::walk) {
        update_walk(walker_, input, dt_s, room.obstacles);
        return walk_pose(walker_);
    }
    update_orbit(orbit_, input, dt_s);
    return orbit_pose(orbit_);
}

}  // namespace perfuse
