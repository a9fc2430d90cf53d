#pragma once
// Desktop keys and mouse for the modes, applied before the app's own shortcuts: the start screen
// and tour by keyboard alone, Esc leaving the tour (not quitting), the look settings (sensitivity,
// invert Y), and Present mode's lock (only Ctrl+Shift+Q exits; no walking, next/previous only).
#include "app/desktop_input.h"
#include "app/mode_session.h"
#include "app/viewer_camera.h"

struct GLFWwindow;

namespace perfuse {

struct AppRenderer;
struct AppOptions;

// The pose to draw from: the mode's (the tour's) when it drives the camera, and then the walker
// carries on from there; else WALKER_POSE. Also remembers where the walker was.
CameraPose mode_view(ModeSession& modes, ViewerCamera& viewer, const CameraPose& walker_pose);
// Present mode, or the saved "fullscreen" setting (read without reporting: the run reports it later).
bool mode_wants_fullscreen(const AppOptions& options);

void apply_mode_input(AppRenderer& r, GLFWwindow* window, CameraInput& camera, AppShortcuts& shortcuts);

// What the mode choices on the start screen and the tour's keys do (also used by the panels' buttons).
enum class ModeAction { none, next, previous, leave, choose_1, choose_2, choose_3, choose_4, focus_up, focus_down, activate,
                        open_tour, open_career, open_quiz, open_settings };

}  // namespace perfuse
