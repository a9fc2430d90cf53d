#pragma once
// The state of the modes for one run of the app: which screen is up (start screen, Explore,
// Learn/Assess, Present), the player's settings, the tour, quiz, career panel, progress, the kiosk
// timer and the camera the mode is flying. The logic and data live in content/modes; this is the
// glue the per-frame hook (update_modes) and the panels (draw_mode_ui) share.
#include <array>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "modes/kiosk.h"
#include "modes/learn_choice.h"
#include "modes/mode_text.h"
#include "modes/progress.h"
#include "modes/quiz.h"
#include "modes/settings.h"
#include "modes/tour.h"
#include "modes/tour_player.h"
#include "platform/fatal_hooks.h"
#include "scene/fly_to.h"
#include "world/career.h"

namespace perfuse {

struct AppOptions;

enum class ModeScreen {
    off,      // no mode UI: headless runs without --mode, --model, benchmarks (today's behaviour)
    start,    // the start screen
    explore,  // walking, the guided tour, career and quiz
    learn,    // choosing and running a procedure (Learn and Assess)
    present,  // kiosk
};

// Where a mode wants the camera: flying there, or held there while the tour shows a stop.
struct ModeCamera {
    std::optional<FlyTo> flight;
    std::optional<CameraPose> held;
    CameraPose last_viewer_pose;  // where the walker was: a tour's first flight starts there
};

struct ModeSession {
    ModeSession() = default;
    ModeSession(const ModeSession&) = delete;  // the tour player and quiz point into it: it stays put
    ModeSession& operator=(const ModeSession&) = delete;

    ModeScreen screen = ModeScreen::off;
    bool headless = false;
    modes::Settings settings;
    std::filesystem::path settings_file;  // empty: not saved (headless runs use the defaults)
    std::string settings_status;          // "Saved." or why not, shown in the panel
    modes::ModeText text;
    modes::Tour tour;
    std::optional<modes::TourPlayer> tour_player;
    modes::Quiz quiz;
    std::optional<modes::QuizAttempt> quiz_attempt;
    world::Career career;
    modes::LearnOptions learn_options;
    modes::LearnChoice learn_choice;
    std::string learn_status;             // what Start did, shown under the choices
    bool learn_running = false;           // a run was started from the Learn screen and goes on
    std::string learn_patient;            // the running run's patient, in words
    std::string report_folder_text;       // where Assess reports go (editable in the Learn panel)
    modes::Progress progress;
    std::filesystem::path progress_file;
    modes::KioskTimings kiosk_timings;
    std::optional<modes::Kiosk> kiosk;    // Present mode only
    bool attract_procedure_running = false;  // the attract loop is showing a procedure set itself up
    float attract_procedure_left_s = 0.0f;
    ModeCamera camera;
    bool show_settings = false;
    bool show_career = false;
    bool overlay_hidden = false;          // the mode hid the corner panel (start screen, Present)
    bool exit_requested = false;          // Present mode's exit combo was pressed: closing is allowed
    bool had_input = false;               // set by the desktop input each frame (kiosk idle timer)
    std::vector<std::string> warnings;    // new one-line notes (a save set aside): printed once, then kept below
    std::vector<std::string> shown_warnings;  // shown in the settings panel
    int start_focus = 0;                  // keyboard focus on the start screen: 0 Explore .. 3 Settings
    int applied_style = -1;               // the ImGui style in use: -1 none yet, 0 normal, 1 high contrast
    std::array<bool, 512> key_was_down{}; // GLFW key codes, for keys that act once per press
    // Saves settings and progress if the app must close on a lost device or window (desktop runs).
    std::unique_ptr<ScopedFatalHook> save_on_fatal;
};

// Fills SESSION in place: loads the modes' data and the saved settings and progress (desktop runs only), and picks the
// first screen: --mode's, else the start screen on the desktop, else none. Throws one line naming
// a broken data file.
void init_mode_session(ModeSession& session, const AppOptions& options);

// Enters a mode from the start screen (or --mode): explore starts the guided tour, present starts
// the kiosk with the tour under the presenter's control.
void enter_mode(ModeSession& session, ModeScreen screen);

// Saves the settings now (after a change in the panel); the status line says how it went.
void save_mode_settings(ModeSession& session);

}  // namespace perfuse
