#pragma once
// Everything the command line can set, as plain data.
#include <optional>
#include <string>

namespace perfuse {

struct AppOptions {
    std::string scene = "theatre";
    std::string mode = "explore";
    bool mode_chosen = false;        // --mode was given (else: start screen on the desktop, no mode UI headless)
    std::string model;               // --model FILE.gltf|.glb: inspect one model instead of a room
    std::string camera;              // --camera NAME: start from a named camera of the scene
    std::string select;              // --select ID: open this item's information card
    std::string gpu;                 // --gpu NAME: part of the device name
    bool fullscreen = false;
    bool headless = false;
    int frames = 0;                  // --frames N (headless): frames to render before exiting
    std::string screenshot;          // --screenshot FILE.png
    int width = 1280;
    int height = 720;
    int benchmark_frames = 0;        // --benchmark N
    int msaa = 0;                    // 1, 2 or 4; 0: auto (4 on GPUs, 1 on CPU renderers)
    std::string shadows = "auto";    // off, low, high, or auto (low on CPU renderers, high on GPUs)
    std::string lighting = "auto";   // full, fast, or auto (fast on CPU renderers, full on GPUs)
    float render_scale = 1.0f;       // 3D scene pixels per window pixel along each axis, 0.25 to 1
    bool vsync = true;
    std::string present = "auto";    // --present auto|swapchain|x11-shm: how frames reach the window
    bool validation = false;         // Khronos validation layer (on by default in Debug/test builds)
    bool strict_validation = false;  // any validation message fails the run (tests)
    float text_scale = 1.0f;
    bool version = false;
    bool show_ui = true;
    std::string console_panels;      // --console-panels LIST: console, trends, crisis, instructor or all, shown at start
    double sim_seconds = 0.0;        // --sim-seconds S: run the room's flow model S seconds before the first frame
    std::string crisis;              // --crisis ID: start this crisis (assets/crises/ID.json) on the live model
    std::string crisis_response;     // --crisis-response right|wrong: play it (tests and demonstrations)
    bool audio = true;               // --no-audio: no sound device, narration, alarms or room sounds
    bool vr = false;                 // --vr: a headset through OpenXR; the desktop when there is none
    bool vr_required = false;        // --vr-required: no headset is an error instead
    int vr_frames = 0;               // --vr-frames N: end the session after N submitted frames (tests)
    std::string vr_play_area = "seated";  // --vr-play-area seated|standing
    float vr_snap_turn_deg = 30.0f;  // --vr-snap-turn DEG
    bool vr_snap_turn_given = false; // --vr-snap-turn was given: it wins over the saved settings
    std::string vr_turn;             // --vr-turn snap|smooth; empty: the saved settings' choice
    std::string vr_vignette;         // --vr-vignette on|off; empty: the saved settings' choice
    std::string vr_menu;             // --vr-menu wrist|floating; empty: the saved settings' choice
    bool vr_mirror = false;          // --vr-mirror: a desktop window shows the left eye's view
    std::string vr_screenshot;       // --vr-screenshot FILE.png: both eyes of the last VR frame, side by side
    int vr_eye_width = 0;            // --vr-eye-size WxH; 0: the runtime's recommended size
    int vr_eye_height = 0;
    std::string procedure;           // --procedure ID: start this procedure (assets/procedures/ID.json)
    std::string style;               // --style guided|practice|assess|autoplay (default: the script's, else guided)
    std::string script;              // --script FILE.json: play these actions against the procedure
    std::string report;              // --report FILE.json: step log, score and final flow-model state at exit
    bool list_items = false;         // --list-items: print the scene's interactable items and ports as JSON
};

struct ParseResult {
    AppOptions options;
    int exit_code = -1;  // >= 0: exit now with this code (after --help, or on a bad flag)
};

// Parses argv with CLI11. Prints --help itself; bad input gives one line on stderr and exit code 2.
ParseResult parse_command_line(int argc, char** argv);

}  // namespace perfuse
