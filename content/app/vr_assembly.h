#pragma once
// Circuit assembly with the controllers in a headset. A procedure started from the VR menu sets its
// parts out on the trolley as on the desktop (assembly_session.h) and its flow model runs the room.
// Each hand's laser pointer hovers the parts, mounts, ports and lines (the desktop mouse's picking);
// GRIP on a loose part takes it, and it then follows that hand; letting go of the grip with the pointer
// on the part's glowing mount outline, or with the part near it, mounts it. TRIGGER or GRIP on a port
// takes that tubing end, which then follows the controller until trigger or grip on another port joins
// them (or the workbench refuses, in the desktop's words, read aloud). TRIGGER on anything else is a
// click. Everything goes through the same act_on as a desktop click.
#include <array>
#include <memory>
#include <string>

#include <glm/glm.hpp>
#include <nlohmann/json.hpp>

#include "app/assembly_session.h"
#include "app/vr_controls.h"
#include "app/vr_pointer.h"
#include "xr/controller_actions.h"

namespace perfuse {

class LiveModel;
struct VrRenderer;

struct VrAssembly {
    std::unique_ptr<procedures::ProcedureRun> run;  // the procedure being done, or none
    std::string error;                              // why the last one could not start, or empty
    std::array<AssemblyPick, 2> pointed;            // this frame: what each hand's pointer is on
    std::array<bool, 2> grip_down{};                // last frame's grip, for its press and release
    std::array<bool, 2> hand_tracked{};
    std::array<glm::vec3, 2> hold_m{};              // this frame: where each hand holds a part (world)
    int holding = -1;  // the hand the part in hand follows
    int joining = -1;  // the hand the chosen tubing end follows
    int grabs = 0, mounts = 0, joins = 0, refusals = 0;  // done with the controllers (the run's report)
};

// What the assembly works with in a VR run: the renderer's room, selection, GPU and session; SPEAK is
// the run's list of texts to read aloud.
AssemblyHost vr_assembly_host(VrRenderer& r, std::vector<std::string>& speak, bool reduced_motion);

// Starts procedure ID (guided) in ROOM_ID, replacing any running one; LIVE then shows and steps its flow
// model. Returns an empty string, or one line saying why not (kept in A.error; nothing changes then).
std::string start_vr_procedure(VrAssembly& a, LiveModel& live, const std::string& room_id, const std::string& id);
// Ends the procedure (LIVE goes back to the room's own model; the room gets its parts back next frame).
void end_vr_procedure(VrAssembly& a, LiveModel& live);

// What the controls ask before the room: the assembly object each hand's pointer is on (kept in A for
// apply_vr_assembly_input). Call once a frame, before update_controls.
VrPointerClaim vr_assembly_claim(VrAssembly& a, const AssemblyHost& h);
// After update_controls: grip and trigger act on what each hand points at (see above).
void apply_vr_assembly_input(VrAssembly& a, const AssemblyHost& h, const ControllerInput& input,
                             const glm::mat4& world_from_tracking);
// Once a frame after the flow model: moves the steps on, follows the workbench in the room (the parts,
// tubes, markers), and puts the part in hand where that hand is. A room left ends the procedure.
void update_vr_procedure(VrAssembly& a, const AssemblyHost& h, LiveModel& live, float dt_s);

// The tubing end being carried: a short tube from the chosen port to the hand.
DrawList vr_assembly_draws(const VrAssembly& a, const AssemblySession& session, const VrPointerMeshes& meshes);

// {"id", "steps_complete", "steps_total", "finished", "parts_mounted", "joints", "grabs", "mounts",
// "joins", "refusals", "message"}, or {"id": null} with no procedure.
nlohmann::ordered_json vr_assembly_report(const VrAssembly& a);

}  // namespace perfuse
