#include "xr/controller_actions.h"

#include <cstring>
#include <vector>

#include "xr/xr_check.h"
#include "xr/xr_math.h"
#include "xr/xr_runtime.h"

namespace perfuse {

namespace {
XrActionType action_type(ControllerAction a) {
    switch (a) {
        case ControllerAction::aim_pose:
        case ControllerAction::grip_pose: return XR_ACTION_TYPE_POSE_INPUT;
        case ControllerAction::move: return XR_ACTION_TYPE_VECTOR2F_INPUT;
        default: return XR_ACTION_TYPE_BOOLEAN_INPUT;  // the runtime thresholds analogue triggers
    }
}

XrSpace create_action_space(XrSession session, XrAction action, XrPath hand) {
    const XrActionSpaceCreateInfo info{.type = XR_TYPE_ACTION_SPACE_CREATE_INFO,
                                       .action = action,
                                       .subactionPath = hand,
                                       .poseInActionSpace = identity_pose()};
    XrSpace space = XR_NULL_HANDLE;
    XR_CHECK(xrCreateActionSpace(session, &info, &space));
    return space;
}
}  // namespace

ControllerActions::ControllerActions(const XrRuntime& runtime, XrSession session)
    : runtime_(runtime), session_(session) {
    XrActionSetCreateInfo set_info{.type = XR_TYPE_ACTION_SET_CREATE_INFO, .priority = 0};
    std::strncpy(set_info.actionSetName, "walkthrough", XR_MAX_ACTION_SET_NAME_SIZE - 1);
    std::strncpy(set_info.localizedActionSetName, "Walkthrough", XR_MAX_LOCALIZED_ACTION_SET_NAME_SIZE - 1);
    XR_CHECK(xrCreateActionSet(runtime.instance(), &set_info, &set_));
    hand_paths_ = {runtime.path(hand_path(Hand::left)), runtime.path(hand_path(Hand::right))};
    for (int i = 0; i < kControllerActionCount; ++i) {
        const auto a = static_cast<ControllerAction>(i);
        XrActionCreateInfo info{.type = XR_TYPE_ACTION_CREATE_INFO,
                                .actionType = action_type(a),
                                .countSubactionPaths = 2,
                                .subactionPaths = hand_paths_.data()};
        std::strncpy(info.actionName, action_name(a), XR_MAX_ACTION_NAME_SIZE - 1);
        std::strncpy(info.localizedActionName, action_description(a), XR_MAX_LOCALIZED_ACTION_NAME_SIZE - 1);
        XR_CHECK(xrCreateAction(set_, &info, &actions_[i]));
    }
    for (const InteractionProfile& profile : interaction_profiles()) {
        std::vector<XrActionSuggestedBinding> suggested;
        for (const SuggestedBinding& b : profile.bindings)
            suggested.push_back({action(b.action), runtime.path(b.path.c_str())});
        const XrInteractionProfileSuggestedBinding info{
            .type = XR_TYPE_INTERACTION_PROFILE_SUGGESTED_BINDING,
            .interactionProfile = runtime.path(profile.path.c_str()),
            .countSuggestedBindings = static_cast<uint32_t>(suggested.size()),
            .suggestedBindings = suggested.data()};
        XR_CHECK(xrSuggestInteractionProfileBindings(runtime.instance(), &info));
    }
    const XrSessionActionSetsAttachInfo attach{.type = XR_TYPE_SESSION_ACTION_SETS_ATTACH_INFO,
                                               .countActionSets = 1,
                                               .actionSets = &set_};
    XR_CHECK(xrAttachSessionActionSets(session, &attach));
    for (int h = 0; h < 2; ++h) {
        aim_spaces_[h] = create_action_space(session, action(ControllerAction::aim_pose), hand_paths_[h]);
        grip_spaces_[h] = create_action_space(session, action(ControllerAction::grip_pose), hand_paths_[h]);
    }
}

ControllerActions::~ControllerActions() {
    for (XrSpace space : aim_spaces_) if (space) xrDestroySpace(space);
    for (XrSpace space : grip_spaces_) if (space) xrDestroySpace(space);
    if (set_) xrDestroyActionSet(set_);  // destroys its actions too
}

ControllerInput ControllerActions::read(XrSpace space, XrTime time, bool focused) {
    ControllerInput input;
    if (!focused) return input;  // unfocused sessions get no input; every hand reads as inactive
    const XrActiveActionSet active{set_, XR_NULL_PATH};
    const XrActionsSyncInfo sync{.type = XR_TYPE_ACTIONS_SYNC_INFO, .countActiveActionSets = 1, .activeActionSets = &active};
    const XrResult synced = xrSyncActions(session_, &sync);
    if (synced == XR_SESSION_NOT_FOCUSED) return input;
    XR_CHECK(synced);
    for (int h = 0; h < 2; ++h) {
        HandInput& hand = input.hands[h];
        const auto get_bool = [&](ControllerAction a, bool* changed_to_true) {
            const XrActionStateGetInfo info{.type = XR_TYPE_ACTION_STATE_GET_INFO, .action = action(a),
                                            .subactionPath = hand_paths_[h]};
            XrActionStateBoolean state{.type = XR_TYPE_ACTION_STATE_BOOLEAN};
            XR_CHECK(xrGetActionStateBoolean(session_, &info, &state));
            const bool down = state.isActive && state.currentState;
            if (changed_to_true) *changed_to_true = down && state.changedSinceLastSync;
            return down;
        };
        hand.select = get_bool(ControllerAction::select, &hand.select_pressed);
        hand.grab = get_bool(ControllerAction::grab, nullptr);
        get_bool(ControllerAction::menu, &hand.menu_pressed);
        const XrActionStateGetInfo move_info{.type = XR_TYPE_ACTION_STATE_GET_INFO,
                                             .action = action(ControllerAction::move),
                                             .subactionPath = hand_paths_[h]};
        XrActionStateVector2f move{.type = XR_TYPE_ACTION_STATE_VECTOR2F};
        XR_CHECK(xrGetActionStateVector2f(session_, &move_info, &move));
        if (move.isActive) hand.move = {move.currentState.x, move.currentState.y};

        XrSpaceLocation aim{.type = XR_TYPE_SPACE_LOCATION};
        XR_CHECK(xrLocateSpace(aim_spaces_[h], space, time, &aim));
        XrSpaceLocation grip{.type = XR_TYPE_SPACE_LOCATION};
        XR_CHECK(xrLocateSpace(grip_spaces_[h], space, time, &grip));
        constexpr XrSpaceLocationFlags kTracked =
            XR_SPACE_LOCATION_ORIENTATION_VALID_BIT | XR_SPACE_LOCATION_POSITION_VALID_BIT;
        hand.active = (aim.locationFlags & kTracked) == kTracked;
        hand.grip_tracked = (grip.locationFlags & kTracked) == kTracked;
        hand.aim = aim.pose;
        hand.grip = grip.pose;
    }
    return input;
}

std::string ControllerActions::current_profile(Hand hand) const {
    XrInteractionProfileState state{.type = XR_TYPE_INTERACTION_PROFILE_STATE};
    XR_CHECK(xrGetCurrentInteractionProfile(session_, hand_paths_[static_cast<int>(hand)], &state));
    if (state.interactionProfile == XR_NULL_PATH) return "none";
    char text[XR_MAX_PATH_LENGTH] = {};
    uint32_t length = 0;
    XR_CHECK(xrPathToString(runtime_.instance(), state.interactionProfile, sizeof text, &length, text));
    return text;
}

}  // namespace perfuse
