#include "app/mode_camera.h"

#include "app/view_camera.h"

namespace perfuse {

namespace {
constexpr float kTourFlightS = 1.6f;  // slower than inspecting: a longer way, and no one is steering
constexpr float kItemPitchRad = -0.26f;  // about 15 degrees down onto the item, as when inspecting

std::optional<CameraPose> item_pose(const Room& room, const std::string& item_id, const CameraPose& from) {
    Bounds bounds;
    for (NodeId node : find_nodes_by_tag(room.scene, item_id)) bounds.add(room.scene.nodes[node].world_bounds);
    if (bounds.empty()) return std::nullopt;
    OrbitCamera orbit;
    orbit.yaw_rad = from.yaw_rad;
    orbit.pitch_rad = kItemPitchRad;
    frame_bounds(orbit, bounds, glm::radians(kFieldOfViewYDeg));
    return orbit_pose(orbit);
}
}  // namespace

std::optional<CameraPose> tour_stop_pose(const Room& room, const modes::TourStop& stop, const CameraPose& from) {
    if (!stop.camera.empty()) {
        const auto named = room.cameras.find(stop.camera);
        if (named != room.cameras.end()) return named->second;
    }
    if (!stop.item.empty()) return item_pose(room, stop.item, from);
    return std::nullopt;
}

void aim_mode_camera(ModeCamera& camera, const CameraPose& from, const CameraPose& target, bool cut) {
    camera.held = target;
    camera.flight.reset();
    if (!cut) camera.flight = start_fly_to(from, target, kTourFlightS);
}

void release_mode_camera(ModeCamera& camera) {
    camera.flight.reset();
    camera.held.reset();
}

void advance_mode_camera(ModeCamera& camera, float dt_s) {
    if (!camera.flight) return;
    advance_fly_to(*camera.flight, dt_s);
    if (fly_to_done(*camera.flight)) camera.flight.reset();
}

std::optional<CameraPose> mode_camera_pose(const ModeCamera& camera) {
    if (camera.flight) {
        FlyTo copy = *camera.flight;  // advance_fly_to by 0 s reads the pose without moving it
        return advance_fly_to(copy, 0.0f);
    }
    return camera.held;
}

}  // namespace perfuse
