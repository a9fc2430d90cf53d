#pragma once
// The camera a mode wants: the guided tour flies to each stop's named camera (or frames its item)
// and holds it there; reduced motion cuts instead of flying. The desktop and headless runs ask
// mode_camera_pose each frame and draw from it when there is one.
#include <optional>

#include "app/mode_session.h"
#include "app/room.h"

namespace perfuse {

// The pose to show STOP in ROOM (named camera, else framing the item); empty when it has neither.
std::optional<CameraPose> tour_stop_pose(const Room& room, const modes::TourStop& stop, const CameraPose& from);

// Starts moving to TARGET from FROM: a flight, or a cut when CUT (reduced motion, a new room).
void aim_mode_camera(ModeCamera& camera, const CameraPose& from, const CameraPose& target, bool cut);
// Lets the viewer walk again from wherever the mode left the camera.
void release_mode_camera(ModeCamera& camera);
// Advances a flight by DT_S.
void advance_mode_camera(ModeCamera& camera, float dt_s);
// The pose to draw from this frame when a mode drives the camera.
std::optional<CameraPose> mode_camera_pose(const ModeCamera& camera);

}  // namespace perfuse
