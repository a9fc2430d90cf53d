// Suggested bindings: every profile lets both hands point and select, and every path is one the
// OpenXR 1.0 specification lists for that controller (a runtime rejects the whole profile otherwise).
#include <map>
#include <set>

#include <gtest/gtest.h>

#include "xr/action_bindings.h"

namespace perfuse {
namespace {

// Input components per profile and hand, from the specification's "Interaction Profile Paths".
using Components = std::set<std::string>;
const std::map<std::string, std::pair<Components, Components>>& spec_components() {
    static const Components touch_both = {"squeeze/value", "trigger/value", "trigger/touch", "thumbstick",
                                          "thumbstick/x", "thumbstick/y", "thumbstick/click", "thumbstick/touch",
                                          "thumbrest/touch", "grip/pose", "aim/pose"};
    static const auto with = [](Components base, std::initializer_list<const char*> extra) {
        for (const char* e : extra) base.insert(e);
        return base;
    };
    static const Components simple = {"select/click", "menu/click", "grip/pose", "aim/pose"};
    static const Components index = {"system/click", "system/touch", "a/click", "a/touch", "b/click", "b/touch",
                                     "squeeze/value", "squeeze/force", "trigger/click", "trigger/value",
                                     "trigger/touch", "thumbstick", "thumbstick/x", "thumbstick/y",
                                     "thumbstick/click", "thumbstick/touch", "trackpad", "trackpad/x",
                                     "trackpad/y", "trackpad/force", "trackpad/touch", "grip/pose", "aim/pose"};
    static const Components vive = {"system/click", "squeeze/click", "menu/click", "trigger/click", "trigger/value",
                                    "trackpad", "trackpad/x", "trackpad/y", "trackpad/click", "trackpad/touch",
                                    "grip/pose", "aim/pose"};
    static const Components wmr = {"menu/click", "squeeze/click", "trigger/value", "thumbstick", "thumbstick/x",
                                   "thumbstick/y", "thumbstick/click", "trackpad", "trackpad/x", "trackpad/y",
                                   "trackpad/click", "trackpad/touch", "grip/pose", "aim/pose"};
    static const std::map<std::string, std::pair<Components, Components>> table = {
        {"/interaction_profiles/khr/simple_controller", {simple, simple}},
        {"/interaction_profiles/oculus/touch_controller",
         {with(touch_both, {"x/click", "x/touch", "y/click", "y/touch", "menu/click"}),
          with(touch_both, {"a/click", "a/touch", "b/click", "b/touch", "system/click"})}},
        {"/interaction_profiles/valve/index_controller", {index, index}},
        {"/interaction_profiles/htc/vive_controller", {vive, vive}},
        {"/interaction_profiles/microsoft/motion_controller", {wmr, wmr}},
    };
    return table;
}

TEST(ActionBindings, CoversTheFiveCommonControllers) {
    std::set<std::string> paths;
    for (const InteractionProfile& p : interaction_profiles()) paths.insert(p.path);
    EXPECT_EQ(paths.size(), 5u);
    for (const auto& [path, components] : spec_components()) EXPECT_TRUE(paths.count(path)) << path;
}

TEST(ActionBindings, EveryPathIsInTheSpecificationForItsProfileAndHand) {
    for (const InteractionProfile& p : interaction_profiles()) {
        const auto& [left, right] = spec_components().at(p.path);
        for (const SuggestedBinding& b : p.bindings) {
            const std::string prefix = std::string(hand_path(b.hand)) + "/input/";
            ASSERT_EQ(b.path.rfind(prefix, 0), 0u) << p.name << ": " << b.path;
            const std::string component = b.path.substr(prefix.size());
            const Components& allowed = b.hand == Hand::left ? left : right;
            EXPECT_TRUE(allowed.count(component)) << p.name << " has no " << b.path;
        }
    }
}

TEST(ActionBindings, BothHandsCanAlwaysPointHoldAndSelect) {
    for (const InteractionProfile& p : interaction_profiles()) {
        for (Hand hand : {Hand::left, Hand::right}) {
            for (ControllerAction a : {ControllerAction::aim_pose, ControllerAction::grip_pose, ControllerAction::select})
                EXPECT_EQ(bound_paths(p, a, hand).size(), 1u) << p.name << " " << hand_path(hand) << " " << action_name(a);
        }
    }
}

TEST(ActionBindings, PosesGoToPoseInputsAndLocomotionToA2dInput) {
    for (const InteractionProfile& p : interaction_profiles()) {
        for (const SuggestedBinding& b : p.bindings) {
            const bool pose = b.path.ends_with("/pose");
            const bool is_pose_action = b.action == ControllerAction::aim_pose || b.action == ControllerAction::grip_pose;
            EXPECT_EQ(pose, is_pose_action) << p.name << ": " << b.path;
            if (b.action == ControllerAction::move) {
                EXPECT_TRUE(b.path.ends_with("/thumbstick") || b.path.ends_with("/trackpad")) << b.path;
            }
        }
    }
}

TEST(ActionBindings, ThumbstickOrTrackpadTeleportsWhereTheControllerHasOne) {
    const auto profile = [](const std::string& path) {
        for (const InteractionProfile& p : interaction_profiles())
            if (p.path == path) return p;
        return InteractionProfile{};
    };
    const InteractionProfile vive = profile("/interaction_profiles/htc/vive_controller");
    EXPECT_EQ(bound_paths(vive, ControllerAction::move, Hand::right),
              std::vector<std::string>{"/user/hand/right/input/trackpad"});
    const InteractionProfile touch = profile("/interaction_profiles/oculus/touch_controller");
    EXPECT_EQ(bound_paths(touch, ControllerAction::move, Hand::left),
              std::vector<std::string>{"/user/hand/left/input/thumbstick"});
    // The right Touch controller's menu button is the system button, which apps may not bind.
    EXPECT_TRUE(bound_paths(touch, ControllerAction::menu, Hand::right).empty());
    const InteractionProfile simple = profile("/interaction_profiles/khr/simple_controller");
    EXPECT_TRUE(bound_paths(simple, ControllerAction::move, Hand::left).empty());
    EXPECT_TRUE(bound_paths(simple, ControllerAction::grab, Hand::left).empty());
}

TEST(ActionBindings, NoActionIsBoundTwiceForOneHand) {
    for (const InteractionProfile& p : interaction_profiles()) {
        std::set<std::pair<int, int>> seen;
        for (const SuggestedBinding& b : p.bindings)
            EXPECT_TRUE(seen.insert({int(b.action), int(b.hand)}).second) << p.name << " " << action_name(b.action);
    }
}

TEST(ActionBindings, ActionNamesAreValidOpenXrNames) {
    for (int i = 0; i < kControllerActionCount; ++i) {
        const std::string name = action_name(static_cast<ControllerAction>(i));
        EXPECT_FALSE(name.empty());
        for (char c : name) EXPECT_TRUE((c >= 'a' && c <= 'z') || c == '_' || c == '-' || c == '.' || (c >= '0' && c <= '9')) << name;
    }
}

}  // namespace
}  // namespace perfuse
