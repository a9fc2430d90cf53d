#pragma once
// What the modes' keys and buttons do, in one place, so a key and the button beside it always
// agree (keyboard-only operation everywhere).
#include "app/mode_input.h"
#include "app/mode_session.h"

namespace perfuse {

struct AppRenderer;

// The start screen's four choices, in their order on screen.
enum class StartChoice { explore = 0, learn = 1, present = 2, settings = 3 };
inline constexpr int kStartChoices = 4;

void choose_start(AppRenderer& r, StartChoice choice);
void run_mode_action(AppRenderer& r, ModeAction action);
// Esc: closes the top panel, leaves the tour, or goes back to the start screen. False when the
// modes had nothing to close (the app's own Esc handling then applies).
bool step_back(AppRenderer& r);
// The tour (or another mode) is holding or flying the camera.
bool mode_camera_held(const ModeSession& m);

}  // namespace perfuse
