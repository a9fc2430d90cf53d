#include "xr/action_bindings.h"

namespace perfuse {

namespace {
// Input components per profile, from the OpenXR 1.0 specification's "Interaction Profile Paths".
struct Components {
    const char* select;
    const char* grab;   // nullptr: the controller has no grip button
    const char* move;   // nullptr: no thumbstick or trackpad
    const char* menu_left;
    const char* menu_right;  // the right menu button on Touch is the system button, reserved by the runtime
};

InteractionProfile make_profile(const char* path, const char* name, const Components& c) {
    InteractionProfile profile{path, name, {}};
    for (Hand hand : {Hand::left, Hand::right}) {
        const std::string input = std::string(hand_path(hand)) + "/input/";
        profile.bindings.push_back({ControllerAction::aim_pose, hand, input + "aim/pose"});
        profile.bindings.push_back({ControllerAction::grip_pose, hand, input + "grip/pose"});
        profile.bindings.push_back({ControllerAction::select, hand, input + c.select});
        if (c.grab) profile.bindings.push_back({ControllerAction::grab, hand, input + c.grab});
        if (c.move) profile.bindings.push_back({ControllerAction::move, hand, input + c.move});
        const char* menu = hand == Hand::left ? c.menu_left : c.menu_right;
        if (menu) profile.bindings.push_back({ControllerAction::menu, hand, input + menu});
    }
    return profile;
}
}  // namespace

const char* action_name(ControllerAction action) {
    switch (action) {
        case ControllerAction::aim_pose: return "aim_pose";
        case ControllerAction::grip_pose: return "grip_pose";
        case ControllerAction::select: return "select";
        case ControllerAction::grab: return "grab";
        case ControllerAction::move: return "move";
        case ControllerAction::menu: return "menu";
    }
    return "unknown";
}

const char* action_description(ControllerAction action) {
    switch (action) {
        case ControllerAction::aim_pose: return "Pointer";
        case ControllerAction::grip_pose: return "Hand";
        case ControllerAction::select: return "Select";
        case ControllerAction::grab: return "Grab";
        case ControllerAction::move: return "Teleport and turn";
        case ControllerAction::menu: return "Menu";
    }
    return "Unknown";
}

const char* hand_path(Hand hand) { return hand == Hand::left ? "/user/hand/left" : "/user/hand/right"; }

const std::vector<InteractionProfile>& interaction_profiles() {
    static const std::vector<InteractionProfile> profiles = {
        make_profile("/interaction_profiles/khr/simple_controller", "simple controller",
                     {"select/click", nullptr, nullptr, "menu/click", "menu/click"}),
        make_profile("/interaction_profiles/oculus/touch_controller", "Oculus Touch",
                     {"trigger/value", "squeeze/value", "thumbstick", "menu/click", nullptr}),
        make_profile("/interaction_profiles/valve/index_controller", "Valve Index",
                     {"trigger/click", "squeeze/value", "thumbstick", "b/click", "b/click"}),
        make_profile("/interaction_profiles/htc/vive_controller", "HTC Vive",
                     {"trigger/click", "squeeze/click", "trackpad", "menu/click", "menu/click"}),
        make_profile("/interaction_profiles/microsoft/motion_controller", "Windows Mixed Reality",
                     {"trigger/value", "squeeze/click", "thumbstick", "menu/click", "menu/click"}),
    };
    return profiles;
}

std::vector<std::string> bound_paths(const InteractionProfile& profile, ControllerAction action, Hand hand) {
    std::vector<std::string> paths;
    for (const SuggestedBinding& b : profile.bindings)
        if (b.action == action && b.hand == hand) paths.push_back(b.path);
    return paths;
}

}  // namespace perfuse
