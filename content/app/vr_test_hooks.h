#pragma once
// Test hooks for VR runs against the simulated headset, which has no controllers and a head that
// wobbles on its own clock. Both are off unless their environment variable is set:
//   PERFUSE_TEST_VR_SNAP_TURN_AT_FRAME=N  on frame N (from 1) the right controller's stick is pushed
//                                         fully right, as a player snap-turning would
//   PERFUSE_TEST_VR_FIXED_VIEWS=1         both eyes are drawn from a fixed head pose (at the tracking
//                                         origin, looking ahead) with a fixed 90-degree square field of
//                                         view and a 64 mm eye distance, so a picture of them is the same
//                                         every run (golden images); the frames' time step is fixed too
//                                         (1/90 s), so the flow model and the screens showing it are as well
//   PERFUSE_TEST_VR_MENU_AT_FRAME=N:WHAT  on frame N the floating menu acts as if its button WHAT was
//                                         pressed: next, back, or room=ID (theatre, icu, ilp)
//   PERFUSE_TEST_VR_SELECT_AT_FRAME=N:ID  on frame N the item ID is selected, as the trigger on it would
//   PERFUSE_TEST_VR_CARD_AT_FRAME=N:WHAT[,N:WHAT...]  on frame N the information card acts as if its
//                                         button WHAT was pressed: read_aloud or close
//   PERFUSE_TEST_VR_LEFT_WRIST=1          the left controller is tracked on every frame, held in front of
//                                         the chest and turned up as when looking at a watch (the wrist menu)
#include <optional>
#include <string>

#include "app/vr_card.h"
#include "app/vr_menu.h"
#include "xr/controller_actions.h"
#include "xr/xr_frame.h"

namespace perfuse {

// Adds the armed stick push to INPUT on FRAME (other frames are left as they are), and the armed left hand.
void add_test_input(ControllerInput& input, int frame);

// The menu button pressed on FRAME when armed for it. A malformed value arms nothing.
std::optional<VrMenuChoice> test_menu_choice(int frame);

// The item selected on FRAME when armed for it. A malformed value arms nothing.
std::optional<std::string> test_selection(int frame);

// The frame's time step: DT_S, or the fixed one when the views are fixed.
float test_frame_step(float dt_s);

// The card's button pressed on FRAME when armed for it (none otherwise, or for a malformed entry).
VrCardChoice test_card_choice(int frame);

// Replaces VIEWS' poses and fields of view by the fixed pair when armed.
void apply_test_views(StereoViews& views);

}  // namespace perfuse
