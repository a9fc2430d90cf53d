#include "app/vr_test_hooks.h"

#include <cstdlib>
#include <sstream>
#include <string>

#include "xr/xr_math.h"

namespace perfuse {

namespace {
constexpr float kEyeDistanceM = 0.064f;  // a typical adult's
constexpr float kHalfFovRad = 0.785398f;  // 45 degrees each way
constexpr float kFixedStepS = 1.0f / 90.0f;  // a headset's usual rate

bool armed(const char* variable, const char* value) {
    const char* set = std::getenv(variable);
    return set && std::string(set) == value;
}
}  // namespace

void add_test_input(ControllerInput& input, int frame) {
    if (armed("PERFUSE_TEST_VR_LEFT_WRIST", "1")) {
        // Raised below and left of the eyes, the forearm across the body, the back of the hand turned up
        // and towards the face (the grip's +Y), pointing ahead and to the right; its pointer aimed at the
        // floor ahead, out of the way.
        HandInput& left = input.hands[0];
        left.active = left.grip_tracked = true;
        const glm::quat turned = glm::angleAxis(-0.6f, glm::vec3(0.0f, 1.0f, 0.0f)) *
                                 glm::angleAxis(0.5f, glm::vec3(1.0f, 0.0f, 0.0f));
        left.grip = {.orientation = to_xr(turned), .position = {-0.1f, -0.24f, -0.4f}};
        left.aim = {.orientation = to_xr(glm::angleAxis(-0.9f, glm::vec3(1.0f, 0.0f, 0.0f))), .position = left.grip.position};
    }
    const char* at = std::getenv("PERFUSE_TEST_VR_SNAP_TURN_AT_FRAME");
    if (!at || std::atoi(at) != frame) return;
    HandInput& right = input.hands[1];
    right.active = true;
    // In front of the chest, to the right, pointing ahead: where a hand holding a controller is.
    right.aim = identity_pose();
    right.aim.position = {0.2f, -0.4f, -0.3f};
    right.grip = right.aim;
    right.move = {1.0f, 0.0f};
}

std::optional<VrMenuChoice> test_menu_choice(int frame) {
    const char* set = std::getenv("PERFUSE_TEST_VR_MENU_AT_FRAME");
    if (!set) return std::nullopt;
    const std::string value = set;
    const std::size_t colon = value.find(':');
    if (colon == std::string::npos || std::atoi(value.c_str()) != frame) return std::nullopt;
    const std::string what = value.substr(colon + 1);
    if (what == "next") return VrMenuChoice{VrMenuChoice::Kind::next_stop, {}};
    if (what == "back") return VrMenuChoice{VrMenuChoice::Kind::previous_stop, {}};
    if (what.rfind("room=", 0) == 0) return VrMenuChoice{VrMenuChoice::Kind::go_to_room, what.substr(5)};
    return std::nullopt;
}

std::optional<std::string> test_selection(int frame) {
    const char* set = std::getenv("PERFUSE_TEST_VR_SELECT_AT_FRAME");
    if (!set) return std::nullopt;
    const std::string value = set;
    const std::size_t colon = value.find(':');
    if (colon == std::string::npos || std::atoi(value.c_str()) != frame) return std::nullopt;
    return value.substr(colon + 1);
}

VrCardChoice test_card_choice(int frame) {
    const char* set = std::getenv("PERFUSE_TEST_VR_CARD_AT_FRAME");
    if (!set) return VrCardChoice::none;
    std::stringstream entries{std::string(set)};
    for (std::string entry; std::getline(entries, entry, ',');) {
        const std::size_t colon = entry.find(':');
        if (colon == std::string::npos || std::atoi(entry.c_str()) != frame) continue;
        const std::string what = entry.substr(colon + 1);
        if (what == "read_aloud") return VrCardChoice::read_aloud;
        if (what == "close") return VrCardChoice::close;
    }
    return VrCardChoice::none;
}

float test_frame_step(float dt_s) {
    return armed("PERFUSE_TEST_VR_FIXED_VIEWS", "1") ? kFixedStepS : dt_s;
}

void apply_test_views(StereoViews& views) {
    if (!armed("PERFUSE_TEST_VR_FIXED_VIEWS", "1")) return;
    for (size_t i = 0; i < views.eyes.size(); ++i) {
        XrView& eye = views.eyes[i];
        eye.pose = identity_pose();
        eye.pose.position.x = (i == 0 ? -0.5f : 0.5f) * kEyeDistanceM;
        eye.fov = {-kHalfFovRad, kHalfFovRad, kHalfFovRad, -kHalfFovRad};
    }
    views.tracked = true;
}

}  // namespace perfuse
