// The session life cycle: what the app owes the runtime on each state, and what it remembers.
#include <gtest/gtest.h>

#include "xr/session_state.h"

namespace perfuse {
namespace {

TEST(SessionState, EachStateAsksForItsCall) {
    EXPECT_EQ(action_for_state(XR_SESSION_STATE_IDLE), SessionAction::none);
    EXPECT_EQ(action_for_state(XR_SESSION_STATE_READY), SessionAction::begin);
    EXPECT_EQ(action_for_state(XR_SESSION_STATE_SYNCHRONIZED), SessionAction::none);
    EXPECT_EQ(action_for_state(XR_SESSION_STATE_VISIBLE), SessionAction::none);
    EXPECT_EQ(action_for_state(XR_SESSION_STATE_FOCUSED), SessionAction::none);
    EXPECT_EQ(action_for_state(XR_SESSION_STATE_STOPPING), SessionAction::end);
    EXPECT_EQ(action_for_state(XR_SESSION_STATE_LOSS_PENDING), SessionAction::leave);
    EXPECT_EQ(action_for_state(XR_SESSION_STATE_EXITING), SessionAction::leave);
}

TEST(SessionState, FramesRunWhileSynchronizedVisibleOrFocusedAndInputOnlyWhenFocused) {
    for (XrSessionState s : {XR_SESSION_STATE_SYNCHRONIZED, XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_FOCUSED})
        EXPECT_TRUE(frame_loop_runs(s)) << session_state_name(s);
    for (XrSessionState s : {XR_SESSION_STATE_IDLE, XR_SESSION_STATE_READY, XR_SESSION_STATE_STOPPING,
                             XR_SESSION_STATE_LOSS_PENDING, XR_SESSION_STATE_EXITING})
        EXPECT_FALSE(frame_loop_runs(s)) << session_state_name(s);
    EXPECT_TRUE(input_focused(XR_SESSION_STATE_FOCUSED));
    EXPECT_FALSE(input_focused(XR_SESSION_STATE_VISIBLE));
}

TEST(SessionState, TrackerFollowsAFullSessionToAnOrderlyExit) {
    SessionTracker t;
    EXPECT_EQ(t.enter(XR_SESSION_STATE_IDLE), SessionAction::none);
    EXPECT_EQ(t.enter(XR_SESSION_STATE_READY), SessionAction::begin);
    t.begun();
    EXPECT_TRUE(t.running);
    for (XrSessionState s : {XR_SESSION_STATE_SYNCHRONIZED, XR_SESSION_STATE_VISIBLE, XR_SESSION_STATE_FOCUSED})
        EXPECT_EQ(t.enter(s), SessionAction::none);
    EXPECT_TRUE(t.reached(XR_SESSION_STATE_FOCUSED));
    EXPECT_FALSE(t.leave);
    EXPECT_EQ(t.enter(XR_SESSION_STATE_STOPPING), SessionAction::end);
    t.ended();
    EXPECT_FALSE(t.running);
    t.enter(XR_SESSION_STATE_IDLE);
    EXPECT_EQ(t.enter(XR_SESSION_STATE_EXITING), SessionAction::leave);
    EXPECT_TRUE(t.leave);
    EXPECT_FALSE(t.loss_pending);
    EXPECT_EQ(t.visited_names(), "IDLE READY SYNCHRONIZED VISIBLE FOCUSED STOPPING EXITING");
}

TEST(SessionState, LossPendingEndsTheSessionAndIsRemembered) {
    SessionTracker t;
    t.enter(XR_SESSION_STATE_READY);
    t.begun();
    t.enter(XR_SESSION_STATE_FOCUSED);
    EXPECT_EQ(t.enter(XR_SESSION_STATE_LOSS_PENDING), SessionAction::leave);
    EXPECT_TRUE(t.leave);
    EXPECT_TRUE(t.loss_pending);
    EXPECT_FALSE(t.reached(XR_SESSION_STATE_EXITING));
}

TEST(SessionState, NamesAreTheSpecsWithoutPrefix) {
    EXPECT_STREQ(session_state_name(XR_SESSION_STATE_LOSS_PENDING), "LOSS_PENDING");
    EXPECT_STREQ(session_state_name(XR_SESSION_STATE_UNKNOWN), "UNKNOWN");
}

}  // namespace
}  // namespace perfuse
