#pragma once
// The hands-on side of a procedure in the app: while a procedure runs in a room that has an assembly
// layout, its parts wait on a trolley, and what the trainee points at or clicks (mouse, keyboard,
// gamepad) goes to the workbench. AppRenderer holds one AssemblySession; the functions below are the
// app's hooks into it, each one line at its place in the frame.
#include <memory>
#include <string>

#include <glm/glm.hpp>

#include "app/assembly_state.h"
#include "app/assembly_world.h"
#include "app/procedure_panel.h"
#include "render/draw_list.h"

namespace perfuse {

struct AppRenderer;
namespace procedures {
class ProcedureRun;
}

struct AssemblySession {
    procedures::ProcedureRun* run = nullptr;  // the procedure being done (owned by the app), or none
    std::unique_ptr<AssemblyWorld> world;  // null: no procedure, or the room has no assembly layout
    std::string room;                      // the room the world was built for
    std::size_t obstacles_added = 0;       // the trolley's, at the end of the room's obstacles
    AssemblyTarget hovered;                // under the pointer
    AssemblyTarget focused;                // chosen with Tab (keyboard, gamepad X)
    PortKey chosen;                        // first port of a joint being made
    std::string message;                   // what the last action did, or why it was refused
    bool message_refused = false;
    std::string error;                     // why the 3D assembly could not be set up (shown once)
    std::shared_ptr<const ProcedurePanelText> panel_text;  // loaded when the panel first shows
};

// Builds the room's assembly objects when RUN is a procedure (null: none), then follows its workbench
// each frame.
void update_assembly(AppRenderer& r, procedures::ProcedureRun* run, float dt_s);
// Adds the assembly objects to this frame's draws (after the room's were built).
void add_assembly_draws(AppRenderer& r, const ViewCamera& camera);
// Pointer: hover and click. True when the assembly took the pointer (nearer than anything in the room).
bool assembly_pointer(AppRenderer& r, const glm::vec3& ray_origin_m, const glm::vec3& ray_direction, bool clicked);
// Keyboard and gamepad: Tab / Shift+Tab move the focus (STEP +1 / -1); false when no assembly is active.
bool assembly_focus_next(AppRenderer& r, int step);
// Enter (gamepad A with nothing under the centre): acts on the focused target. False when nothing is.
bool assembly_activate(AppRenderer& r);
// Esc: lets go of a chosen port. False when there was none (Esc then does its usual job).
bool assembly_cancel(AppRenderer& r);
// Labels of the target under the pointer or in focus, and of free ports near the viewer.
void draw_assembly_labels(AppRenderer& r, const glm::mat4& view_proj, const glm::vec3& eye_m, const glm::vec2& viewport_px);

}  // namespace perfuse
