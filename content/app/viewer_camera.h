#pragma once
// The desktop viewer's camera: walking through a room, orbiting a model (--model), or inspecting
// one machine or person up close, with a smooth flight between walking and inspecting.
#include <optional>
#include <string>

#include "app/room.h"
#include "scene/fly_to.h"

namespace perfuse {

class ViewerCamera {
public:
    explicit ViewerCamera(const Room& room);

    // Flies to an orbit around interactable ITEM_ID; false when it has nothing to frame.
    bool inspect(const Room& room, const std::string& item_id);
    // Flies back to where the walk was left.
    void stop_inspecting();
    bool inspecting() const { return mode_ == Mode::inspect || (flight_ && returning_to_ == Mode::inspect); }
    // Walks on from POSE (a mode such as the guided tour moved the view); no effect in orbit rooms.
    void place(const CameraPose& pose);

    // Advances by DT_S with this frame's input and returns the pose to draw from.
    CameraPose update(const Room& room, const CameraInput& input, float dt_s);

private:
    enum class Mode { walk, orbit, inspect };
    CameraPose pose_now() const;

    Mode mode_ = Mode::walk;
    WalkCamera walker_;
    OrbitCamera orbit_;
    std::optional<FlyTo> flight_;
    Mode returning_to_ = Mode::walk;  // the mode a flight ends in
};

}  // namespace perfuse
