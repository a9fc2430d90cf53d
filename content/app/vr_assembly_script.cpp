#include "app/vr_assembly_script.h"

#include <cstdlib>
#include <stdexcept>

#include <glm/gtc/matrix_transform.hpp>
#include <glm/gtc/quaternion.hpp>

#include "app/text_file.h"
#include "app/vr_menu_procedures.h"
#include "xr/xr_math.h"

namespace perfuse {

namespace {
constexpr float kHandFromTargetM = 0.35f;  // an arm's reach short of it: the pointer does the rest

[[noreturn]] void fail(const std::filesystem::path& file, std::size_t step, const std::string& what) {
    throw std::runtime_error(file.string() + ": steps[" + std::to_string(step) + "]: " + what);
}

std::optional<AssemblyTarget> parse_target(const std::string& text) {
    using Kind = AssemblyTarget::Kind;
    const std::size_t colon = text.find(':');
    if (colon == std::string::npos || colon + 1 == text.size()) return std::nullopt;
    const std::string kind = text.substr(0, colon), id = text.substr(colon + 1);
    if (kind == "part") return AssemblyTarget{.kind = Kind::part, .part = id};
    if (kind == "mount") return AssemblyTarget{.kind = Kind::mount, .part = id};
    if (kind == "line") return AssemblyTarget{.kind = Kind::line, .line = id};
    const std::size_t dot = id.find('.');
    if (kind == "port" && dot != std::string::npos && dot > 0 && dot + 1 < id.size())
        return AssemblyTarget{.kind = Kind::port, .part = id.substr(0, dot), .port = id.substr(dot + 1)};
    return std::nullopt;
}

glm::vec3 parse_point(const nlohmann::json& j, const std::filesystem::path& file, std::size_t i, const char* key) {
    if (!j.is_array() || j.size() != 3 || !j[0].is_number() || !j[1].is_number() || !j[2].is_number())
        fail(file, i, std::string("'") + key + "' must be [x, y, z] in metres");
    return {j[0].get<float>(), j[1].get<float>(), j[2].get<float>()};
}

std::optional<bool> parse_flag(const nlohmann::json& step, const std::filesystem::path& file, std::size_t i, const char* key) {
    if (!step.contains(key)) return std::nullopt;
    if (!step[key].is_boolean()) fail(file, i, std::string("'") + key + "' must be true or false");
    return step[key].get<bool>();
}

VrScriptStep parse_step(const nlohmann::json& j, const std::filesystem::path& file, std::size_t i, int previous_frame) {
    VrScriptStep step;
    if (!j.is_object()) fail(file, i, "must be an object");
    if (!j.contains("frame") || !j["frame"].is_number_integer() || j["frame"].get<int>() < 1)
        fail(file, i, "'frame' must be a whole number from 1");
    step.frame = j["frame"].get<int>();
    if (step.frame < previous_frame) fail(file, i, "'frame' comes before the step above");
    if (j.contains("menu")) {
        step.menu = j["menu"].is_string() ? j["menu"].get<std::string>() : "";
        const bool known = (step.menu.rfind("procedure=", 0) == 0 && step.menu.size() > 10) ||
                           step.menu == "console_step" || step.menu == "stop";
        if (!known) fail(file, i, "'menu' must be \"procedure=ID\", \"console_step\" or \"stop\"");
    }
    if (j.contains("hand")) {
        const std::string hand = j["hand"].is_string() ? j["hand"].get<std::string>() : "";
        if (hand != "left" && hand != "right") fail(file, i, "'hand' must be \"left\" or \"right\"");
        step.hand = hand == "left" ? int(Hand::left) : int(Hand::right);
    }
    if (j.contains("aim_at")) {
        step.aim_at = j["aim_at"].is_string() ? parse_target(j["aim_at"].get<std::string>()) : std::nullopt;
        if (!step.aim_at) fail(file, i, "'aim_at' must be part:ID, mount:ID, port:ID.PORT or line:ID");
    }
    if (j.contains("from") || j.contains("toward")) {
        if (!j.contains("from") || !j.contains("toward")) fail(file, i, "'from' and 'toward' go together");
        step.from_toward.emplace(parse_point(j["from"], file, i, "from"), parse_point(j["toward"], file, i, "toward"));
        if (glm::distance(step.from_toward->first, step.from_toward->second) < 1e-3f)
            fail(file, i, "'toward' must be a point away from 'from'");
    }
    step.grip = parse_flag(j, file, i, "grip");
    step.trigger = parse_flag(j, file, i, "trigger");
    const bool moves_a_hand = step.aim_at || step.from_toward || step.grip || step.trigger;
    if (moves_a_hand && step.hand < 0) fail(file, i, "says what a hand does but not which ('hand')");
    return step;
}

// A pose in tracking space at ORIGIN (world) pointing along DIRECTION (world, unit).
XrPosef pose_toward(const glm::mat4& tracking_from_world, const glm::vec3& origin, const glm::vec3& direction) {
    const glm::vec3 up = std::abs(direction.y) > 0.99f ? glm::vec3(1.0f, 0.0f, 0.0f) : glm::vec3(0.0f, 1.0f, 0.0f);
    return to_xr_pose(tracking_from_world * glm::inverse(glm::lookAt(origin, origin + direction, up)));
}

}  // namespace

std::pair<glm::vec3, glm::vec3> vr_aim_at(const AssemblyHost& h, const AssemblyTarget& target, const glm::vec3& head_m) {
    const glm::vec3 anchor = h.session.world ? h.session.world->anchor_of(target) : head_m;
    std::pair<glm::vec3, glm::vec3> first{};
    bool have_first = false;
    for (float down : {0.0f, 0.07f, 0.09f, 0.12f})
        for (const glm::vec3 side : {glm::vec3(0.0f), glm::vec3(0.06f, 0.0f, 0.0f), glm::vec3(-0.06f, 0.0f, 0.0f),
                                     glm::vec3(0.0f, 0.0f, 0.06f), glm::vec3(0.0f, 0.0f, -0.06f)}) {
            const glm::vec3 at = anchor - glm::vec3(0.0f, down, 0.0f) + side;
            const glm::vec3 direction = glm::normalize(at - head_m);
            const std::pair<glm::vec3, glm::vec3> pose{at - kHandFromTargetM * direction, direction};
            if (!have_first) first = pose, have_first = true;
            if (assembly_pick(h, pose.first, pose.second).target == target) return pose;
        }
    return first;  // nothing lands on it: point at its anchor anyway (the test then sees nothing happen)
}

VrAssemblyScript load_vr_assembly_script(const std::filesystem::path& file) {
    const nlohmann::json j = read_text_file(file);
    if (!j.contains("steps") || !j["steps"].is_array() || j["steps"].empty())
        throw std::runtime_error(file.string() + ": 'steps' must be a non-empty list");
    VrAssemblyScript script;
    int frame = 1;
    for (std::size_t i = 0; i < j["steps"].size(); ++i) {
        script.steps.push_back(parse_step(j["steps"][i], file, i, frame));
        frame = script.steps.back().frame;
    }
    return script;
}

std::unique_ptr<VrAssemblyScript> vr_assembly_script_from_env() {
    const char* file = std::getenv("PERFUSE_TEST_VR_SCRIPT");
    if (!file || !*file) return nullptr;
    return std::make_unique<VrAssemblyScript>(load_vr_assembly_script(file));
}

void apply_vr_assembly_script(VrAssemblyScript& script, int frame, ControllerInput& input, const AssemblyHost& h,
                              const PlayerRig& rig, const glm::vec3& head_tracking_m, VrProcedureMenu& menu) {
    for (; script.next < script.steps.size() && script.steps[script.next].frame <= frame; ++script.next) {
        const VrScriptStep& step = script.steps[script.next];
        if (step.menu.rfind("procedure=", 0) == 0)
            menu.pressed = VrProcedureMenu::Press{VrProcedureMenu::Press::Kind::start, step.menu.substr(10)};
        else if (step.menu == "console_step") menu.pressed = VrProcedureMenu::Press{VrProcedureMenu::Press::Kind::console_step, {}};
        else if (step.menu == "stop") menu.pressed = VrProcedureMenu::Press{VrProcedureMenu::Press::Kind::stop, {}};
        if (step.hand < 0) continue;
        VrScriptHand& hand = script.hands[std::size_t(step.hand)];
        hand.active = true;
        if (step.aim_at) hand.aim_at = step.aim_at;
        if (step.from_toward) {
            hand.aim_at.reset();
            hand.from_toward = *step.from_toward;
        }
        if (step.grip) hand.grip = *step.grip;
        if (step.trigger) hand.trigger = *step.trigger;
    }
    const glm::mat4 world_from = world_from_tracking(rig);
    const glm::mat4 tracking_from_world = glm::inverse(world_from);
    const glm::vec3 head_m = glm::vec3(world_from * glm::vec4(head_tracking_m, 1.0f));
    for (std::size_t i = 0; i < script.hands.size(); ++i) {
        VrScriptHand& hand = script.hands[i];
        if (!hand.active) continue;
        const auto [origin, direction] =
            hand.aim_at ? vr_aim_at(h, *hand.aim_at, head_m)
                        : std::pair{hand.from_toward.first, glm::normalize(hand.from_toward.second - hand.from_toward.first)};
        HandInput& in = input.hands[i];
        in = {};
        in.active = true;
        in.aim = pose_toward(tracking_from_world, origin, direction);
        in.grip = in.aim;
        in.grab = hand.grip;
        in.select = hand.trigger;
        in.select_pressed = hand.trigger && !hand.trigger_was;
        hand.trigger_was = hand.trigger;
    }
}

}  // namespace perfuse
