#include "app/room.h"

namespace perfuse {

CameraPose start_pose(const Room& room) {
    return room.view_style == ViewStyle::orbit ? orbitPose(room.orbit) : room.start_view;
}

}  // namespace perfuse
