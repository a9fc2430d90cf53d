#pragma once
// What each controller's inputs mean in Perfuse, as data: one suggested binding per action and
// hand for every interaction profile Perfuse knows. The runtime picks the profile of the
// controllers actually held and remaps the rest; unknown controllers fall back to the simple one.
#include <string>
#include <vector>

namespace perfuse {

enum class ControllerAction {
    aim_pose,   // where the laser pointer starts and points
    grip_pose,  // where the hand holds things
    select,     // trigger: pick the item under the pointer
    grab,       // grip/squeeze: hold parts and tubing ends
    move,       // thumbstick (trackpad on Vive): forward aims a teleport, sideways snap-turns
    menu,       // opens the modes' menu
};
constexpr int kControllerActionCount = 6;

enum class Hand { left, right };

const char* action_name(ControllerAction action);        // OpenXR action name: lower case, no spaces
const char* action_description(ControllerAction action);  // what the runtime shows the user
const char* hand_path(Hand hand);                         // "/user/hand/left"

struct SuggestedBinding {
    ControllerAction action;
    Hand hand;
    std::string path;  // e.g. "/user/hand/left/input/trigger/value"
};

struct InteractionProfile {
    std::string path;  // e.g. "/interaction_profiles/oculus/touch_controller"
    std::string name;  // for messages: "Oculus Touch"
    std::vector<SuggestedBinding> bindings;
};

// Simple controller, Oculus Touch, Valve Index, HTC Vive, Windows Mixed Reality.
const std::vector<InteractionProfile>& interaction_profiles();
// The profile's bindings for one action and hand (empty when the controller has no such input).
std::vector<std::string> bound_paths(const InteractionProfile& profile, ControllerAction action, Hand hand);

}  // namespace perfuse
