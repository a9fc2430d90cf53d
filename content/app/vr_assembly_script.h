#pragma once
// Scripted controllers for VR tests: the simulated headset has none, so a test hands in each frame's
// hand poses and buttons from a file. Off unless PERFUSE_TEST_VR_SCRIPT names the file:
//   {"steps": [{"frame": N,                      on frame N (from 1), and then until a later step says
//               "menu": "procedure=ID" | "console_step" | "stop",   otherwise:
//               "hand": "left" | "right",         the procedures page's press (as its buttons do)
//               "aim_at": "part:ID" | "mount:ID" | "port:ID.PORT" | "line:ID",
//               "from": [x, y, z], "toward": [x, y, z],
//               "grip": true | false, "trigger": true | false}, ...]}
// "aim_at" holds the hand 35 cm from the assembly target, between it and the head, and points at it
// (re-aimed every frame, so it follows a part that moves); "from"/"toward" place the hand at a point in
// the world pointing at another. A hand keeps its pose and buttons until a later step changes them;
// the trigger's press is its first frame held. Steps must come in frame order.
#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "app/assembly_session.h"
#include "xr/controller_actions.h"
#include "xr/locomotion.h"

namespace perfuse {

struct VrProcedureMenu;

struct VrScriptStep {
    int frame = 0;
    std::string menu;  // empty: none
    int hand = -1;     // Hand index, -1: no hand in this step
    std::optional<AssemblyTarget> aim_at;
    std::optional<std::pair<glm::vec3, glm::vec3>> from_toward;  // world
    std::optional<bool> grip, trigger;
};

struct VrScriptHand {
    bool active = false;
    std::optional<AssemblyTarget> aim_at;
    std::pair<glm::vec3, glm::vec3> from_toward{};
    bool grip = false, trigger = false, trigger_was = false;
};

struct VrAssemblyScript {
    std::vector<VrScriptStep> steps;
    std::size_t next = 0;
    std::array<VrScriptHand, 2> hands;
};

// Reads FILE. Throws std::runtime_error with one line naming the file, the step and the problem.
VrAssemblyScript load_vr_assembly_script(const std::filesystem::path& file);
// The script PERFUSE_TEST_VR_SCRIPT names, or null when it is not set.
std::unique_ptr<VrAssemblyScript> vr_assembly_script_from_env();

// A hand's place and pointing direction (world) 35 cm short of TARGET on the side of the head (HEAD_M),
// from which its pointer lands on TARGET (trying the anchor, then a little below and beside it, as the
// assembly tests' pointer does); when none does, pointing at its anchor.
std::pair<glm::vec3, glm::vec3> vr_aim_at(const AssemblyHost& h, const AssemblyTarget& target, const glm::vec3& head_m);

// FRAME's input: the scripted hands replace INPUT's, aimed with H's picking (RIG: tracking space in the
// world; HEAD_TRACKING_M: the head); a menu press goes to MENU.
void apply_vr_assembly_script(VrAssemblyScript& script, int frame, ControllerInput& input, const AssemblyHost& h,
                              const PlayerRig& rig, const glm::vec3& head_tracking_m, VrProcedureMenu& menu);

}  // namespace perfuse
