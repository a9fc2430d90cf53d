#pragma once
// The controllers through OpenXR's action system: one action set with the actions of
// action_bindings.h, suggested for every known profile, and per-frame state for each hand.
#include <array>
#include <string>

#include <glm/glm.hpp>
#include <openxr/openxr.h>

#include "xr/action_bindings.h"

namespace perfuse {

class XrRuntime;

struct HandInput {
    bool active = false;            // a controller is bound and its aim is tracked
    XrPosef aim{};                  // in the session's reference space
    XrPosef grip{};
    bool grip_tracked = false;      // the grip pose is tracked too (something can be worn on the wrist)
    bool select = false;
    bool select_pressed = false;    // went down this frame
    bool grab = false;
    bool menu_pressed = false;
    glm::vec2 move{0.0f};           // thumbstick or trackpad, -1..1; +y forward, +x right
};

struct ControllerInput {
    std::array<HandInput, 2> hands;  // indexed by Hand
};

class ControllerActions {
public:
    // Creates the actions, suggests bindings for every profile and attaches them to SESSION.
    ControllerActions(const XrRuntime& runtime, XrSession session);
    ~ControllerActions();
    ControllerActions(const ControllerActions&) = delete;
    ControllerActions& operator=(const ControllerActions&) = delete;

    // Syncs the actions (only a FOCUSED session gets input) and reads both hands.
    ControllerInput read(XrSpace space, XrTime time, bool focused);
    // The profile the runtime chose for HAND's controller, or "none".
    std::string current_profile(Hand hand) const;

private:
    XrAction& action(ControllerAction a) { return actions_[static_cast<int>(a)]; }

    const XrRuntime& runtime_;
    XrSession session_;
    XrActionSet set_ = XR_NULL_HANDLE;
    std::array<XrAction, kControllerActionCount> actions_{};
    std::array<XrPath, 2> hand_paths_{};
    std::array<XrSpace, 2> aim_spaces_{};
    std::array<XrSpace, 2> grip_spaces_{};
};

}  // namespace perfuse
