#include "xr/session_state.h"

namespace perfuse {

SessionAction action_for_state(XrSessionState state) {
    switch (state) {
        case XR_SESSION_STATE_READY: return SessionAction::begin;
        case XR_SESSION_STATE_STOPPING: return SessionAction::end;
        case XR_SESSION_STATE_EXITING:
        case XR_SESSION_STATE_LOSS_PENDING: return SessionAction::leave;
        default: return SessionAction::none;
    }
}

bool frame_loop_runs(XrSessionState state) {
    return state == XR_SESSION_STATE_SYNCHRONIZED || state == XR_SESSION_STATE_VISIBLE ||
           state == XR_SESSION_STATE_FOCUSED;
}

bool input_focused(XrSessionState state) { return state == XR_SESSION_STATE_FOCUSED; }

const char* session_state_name(XrSessionState state) {
    switch (state) {
        case XR_SESSION_STATE_IDLE: return "IDLE";
        case XR_SESSION_STATE_READY: return "READY";
        case XR_SESSION_STATE_SYNCHRONIZED: return "SYNCHRONIZED";
        case XR_SESSION_STATE_VISIBLE: return "VISIBLE";
        case XR_SESSION_STATE_FOCUSED: return "FOCUSED";
        case XR_SESSION_STATE_STOPPING: return "STOPPING";
        case XR_SESSION_STATE_LOSS_PENDING: return "LOSS_PENDING";
        case XR_SESSION_STATE_EXITING: return "EXITING";
        default: return "UNKNOWN";
    }
}

SessionAction SessionTracker::enter(XrSessionState new_state) {
    state = new_state;
    if (new_state >= 0 && new_state < 32) visited |= 1u << new_state;
    const SessionAction action = action_for_state(new_state);
    if (action == SessionAction::leave) leave = true;
    if (new_state == XR_SESSION_STATE_LOSS_PENDING) loss_pending = true;
    return action;
}

std::string SessionTracker::visited_names() const {
    std::string names;
    for (int s = XR_SESSION_STATE_IDLE; s <= XR_SESSION_STATE_EXITING; ++s) {
        if (!reached(static_cast<XrSessionState>(s))) continue;
        if (!names.empty()) names += ' ';
        names += session_state_name(static_cast<XrSessionState>(s));
    }
    return names;
}

}  // namespace perfuse
