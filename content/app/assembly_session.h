#pragma once
// The hands-on side of a procedure in the app: while a procedure runs in a room that has an assembly
// layout, its parts wait on a trolley, and what the trainee points at or clicks (mouse, keyboard,
// gamepad, VR controllers) goes to the workbench. Each run (desktop or headset) holds one
// AssemblySession and hands it in with the rest of what the assembly needs as an AssemblyHost; the
// functions below are the run's hooks into it, each one line at its place in the frame.
#include <memory>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "app/assembly_state.h"
#include "app/assembly_world.h"
#include "app/procedure_panel.h"
#include "app/room.h"
#include "app/selection.h"
#include "render/draw_list.h"

namespace perfuse {

class Device;
class TextureTable;
namespace procedures {
class ProcedureRun;
}

struct AssemblySession {
    procedures::ProcedureRun* run = nullptr;  // the procedure being done (owned by the run), or none
    std::unique_ptr<AssemblyWorld> world;  // null: no procedure, or the room has no assembly layout
    std::string room;                      // the room the world was built for
    // What stepped aside for the assembly (the room's copies of the parts), given back when it ends.
    std::vector<NodeId> hidden_nodes;
    std::vector<Interactable> interactables_before;
    AssemblyTarget hovered;                // under the pointer
    AssemblyTarget focused;                // chosen with Tab (keyboard, gamepad X)
    PortKey chosen;                        // first port of a joint being made
    std::string message;                   // what the last action did, or why it was refused
    bool message_refused = false;
    std::string error;                     // why the 3D assembly could not be set up (shown once)
    std::shared_ptr<const ProcedurePanelText> panel_text;  // loaded when the panel first shows
};

// What a run lends the assembly: its session, the room the parts stand in, what the viewer has
// selected, where the part models go on the GPU, the list of texts to read aloud, and a comfort
// setting. The desktop's AppRenderer and the headset's VrRenderer each make one.
struct AssemblyHost {
    AssemblySession& session;
    Room& room;
    Selection& selection;
    Device& device;
    TextureTable& textures;
    std::vector<std::string>& speak_requests;
    bool reduced_motion = false;
};

// Builds the room's assembly objects when RUN is a procedure (null: none), then follows its workbench
// each frame. When the procedure ends or is left, what stepped aside for it comes back.
void update_assembly(const AssemblyHost& h, procedures::ProcedureRun* run, float dt_s);
// Adds the assembly objects to DRAWS (after the room's were built), the held part before CAMERA.
void add_assembly_draws(const AssemblyHost& h, const ViewCamera& camera, DrawList& draws);
// The same without moving the held part (a headset's hand holds it: see vr_assembly.h).
void append_assembly_draws(const AssemblySession& a, const ViewCamera& camera, DrawList& draws);
// What a pointer ray meets first among the assembly's objects, when nearer than anything in the room
// (a held part's mount outline also a little behind a surface). Kind none: nothing, or no assembly.
AssemblyPick assembly_pick(const AssemblyHost& h, const glm::vec3& ray_origin_m, const glm::vec3& ray_direction);
// Acts on TARGET as a click does (take, mount, join, clamp); the outcome is spoken and kept in the
// session's message. False when there is no assembly or the click did nothing.
bool assembly_act(const AssemblyHost& h, const AssemblyTarget& target);
// Pointer: hover and click. True when the assembly took the pointer (nearer than anything in the room).
bool assembly_pointer(const AssemblyHost& h, const glm::vec3& ray_origin_m, const glm::vec3& ray_direction, bool clicked);
// Keyboard and gamepad: Tab / Shift+Tab move the focus (STEP +1 / -1); false when no assembly is active.
bool assembly_focus_next(const AssemblyHost& h, int step);
// Enter (gamepad A with nothing under the centre): acts on the focused target. False when nothing is.
bool assembly_activate(const AssemblyHost& h);
// Esc: lets go of a chosen port. False when there was none (Esc then does its usual job).
bool assembly_cancel(const AssemblyHost& h);
// Labels of the target under the pointer or in focus, and of free ports near the viewer.
void draw_assembly_labels(const AssemblySession& a, const glm::mat4& view_proj, const glm::vec3& eye_m,
                          const glm::vec2& viewport_px);

}  // namespace perfuse
