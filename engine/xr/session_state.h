#pragma once
// The OpenXR session life cycle as plain logic: what the app must do on each state the runtime
// moves the session into, and which states it has been through (tests ask whether it was FOCUSED).
//   IDLE -> READY (begin) -> SYNCHRONIZED -> VISIBLE -> FOCUSED -> ... -> STOPPING (end) -> IDLE
//   -> EXITING (leave), or LOSS_PENDING (leave: the headset went away).
#include <cstdint>
#include <string>

#include <openxr/openxr.h>

namespace perfuse {

enum class SessionAction { none, begin, end, leave };

// The call the app owes the runtime when the session enters STATE.
SessionAction action_for_state(XrSessionState state);
// States in which the app must run the frame loop (xrWaitFrame/xrBeginFrame/xrEndFrame).
bool frame_loop_runs(XrSessionState state);
// Only a focused session receives controller input.
bool input_focused(XrSessionState state);
const char* session_state_name(XrSessionState state);

struct SessionTracker {
    XrSessionState state = XR_SESSION_STATE_UNKNOWN;
    bool running = false;        // between xrBeginSession and xrEndSession
    bool leave = false;          // EXITING or LOSS_PENDING seen: the session is over
    bool loss_pending = false;
    bool instance_loss = false;  // the runtime itself is going away (not just this session)
    uint32_t visited = 0;        // bit per XrSessionState value

    // Records STATE and returns what to do; the caller does it and then calls begun() / ended().
    SessionAction enter(XrSessionState new_state);
    void begun() { running = true; }
    void ended() { running = false; }
    bool reached(XrSessionState s) const { return (visited >> s) & 1u; }
    // "IDLE READY SYNCHRONIZED ..." in the order of the enum, for the end-of-run report.
    std::string visited_names() const;
};

}  // namespace perfuse
