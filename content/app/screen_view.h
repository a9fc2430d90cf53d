#pragma once
// Draws one machine screen's picture with ImGui into the current context, filling SIZE pixels: the
// machine's title and its most urgent alarm, then the console's readings in two columns (heart-lung
// machine, ECMO, limb perfusion) or the monitor's traces and numbers (console_monitor_panel.cpp).
#include <imgui.h>

#include "app/console_panels.h"
#include "app/screen_content.h"

namespace perfuse {

// The picture has no window background of its own: the surface it draws into is cleared to this
// colour first (bind_machine_screens), which on a CPU renderer costs a fraction of blending a
// screen-sized rectangle over every pixel (README "Benchmarks"). Rounded to 8 bits as ImGui would
// have drawn it.
ImVec4 screen_background();

void draw_screen_view(ScreenKind kind, const ConsolePanels& p, const LiveModel& live, ImVec2 size);

}  // namespace perfuse
