#include <algorithm>
#include <cstdio>
#include <cstdlib>

#include <CLI/CLI.hpp>

#include "app/app_options.h"

namespace perfuse {

namespace {
// "WxH" with both between 16 and 8192 pixels.
std::string parse_size(const std::string& text, int& width, int& height) {
    int w = 0, h = 0;
    char x = 0, extra = 0;
    if (std::sscanf(text.c_str(), "%d%c%d%c", &w, &x, &h, &extra) != 3 || (x != 'x' && x != 'X'))
        return "--size: expected WIDTHxHEIGHT, e.g. 1280x720, got '" + text + "'";
    if (w < 16 || h < 16 || w > 8192 || h > 8192) return "--size: each side must be 16 to 8192 pixels";
    width = w;
    height = h;
    return {};
}

// --console-panels: each comma-separated name must be a console panel (app/console_panels.h).
std::string console_panel_list(const std::string& list) {
    std::size_t start = 0;
    while (start <= list.size()) {
        const std::size_t end = std::min(list.find(',', start), list.size());
        const std::string name = list.substr(start, end - start);
        if (name != "console" && name != "trends" && name != "crisis" && name != "instructor" && name != "anatomy" &&
            name != "all")
            return "unknown panel '" + name + "' (console, trends, crisis, instructor, anatomy, all)";
        start = end + 1;
    }
    return {};
}
}  // namespace

ParseResult parse_command_line(int argc, char** argv) {
    ParseResult result;
    AppOptions& o = result.options;
    std::string size;
    o.validation = PERFUSE_VALIDATION_DEFAULT;
    CLI::App app{"Perfuse: explore a cardiac theatre and ICU, and learn to set up perfusion circuits.", "perfuse"};
    app.add_flag("--version", o.version, "Print the version and the Vulkan device it would use");
    app.add_option("--scene", o.scene,
                   "Room to start in (placeholder: a fixed test room of simple shapes; benchmark: 200 objects, 500k triangles)")
        ->check(CLI::IsMember({"theatre", "icu", "ilp", "placeholder", "benchmark"}));
    app.add_option("--camera", o.camera, "Start from this named camera of the scene (see its JSON file)");
    const CLI::Option* mode = app.add_option("--mode", o.mode, "Start mode, skipping the start screen (start: show it, the desktop's default; present: kiosk, Ctrl+Shift+Q exits)")
                                  ->check(CLI::IsMember({"start", "explore", "learn", "assess", "present"}));
    app.add_option("--model", o.model, "Inspect one glTF 2.0 model (.gltf or .glb) on a turntable");
    app.add_option("--select", o.select, "Start with this item's information card open (an item id from the scene)");
    app.add_option("--gpu", o.gpu, "Use the Vulkan device whose name contains NAME");
    app.add_flag("--fullscreen", o.fullscreen, "Start fullscreen on the primary monitor");
    app.add_flag("--headless", o.headless, "Render offscreen, without a window or display");
    app.add_option("--frames", o.frames, "Frames to render before exiting (headless)")->check(CLI::Range(1, 1000000));
    app.add_option("--screenshot", o.screenshot, "Write the last frame to this PNG file");
    app.add_option("--size", size, "Render size, WIDTHxHEIGHT (default 1280x720)");
    app.add_option("--benchmark", o.benchmark_frames, "Render N frames and print frame-time statistics as JSON")
        ->check(CLI::Range(1, 1000000));
    app.add_option("--msaa", o.msaa, "Multisample anti-aliasing: 1, 2 or 4 (default: 4 on GPUs, 1 on CPU renderers)")
        ->check(CLI::IsMember({1, 2, 4}));
    app.add_option("--shadows", o.shadows, "Shadow quality: off, low, high, or auto (low on CPU renderers)")
        ->check(CLI::IsMember({"off", "low", "high", "auto"}));
    app.add_option("--lighting", o.lighting,
                   "Lighting: full (every light per pixel), fast (fill lights per vertex), or auto (fast on CPU renderers)")
        ->check(CLI::IsMember({"full", "fast", "auto"}));
    app.add_option("--render-scale", o.render_scale,
                   "Draw the 3D scene at this fraction of the window's size, 0.25 to 1, and stretch it to fit: "
                   "faster on slow computers, a little blurred; the panels stay sharp (default 1)")
        ->check(CLI::Range(0.25f, 1.0f));
    app.add_option("--present", o.present,
                   "How frames reach the window: auto (shared memory on X11 for CPU renderers, else the Vulkan "
                   "swapchain), swapchain or x11-shm")
        ->check(CLI::IsMember({"auto", "swapchain", "x11-shm"}));
    app.add_flag("!--no-vsync", o.vsync, "Do not wait for the display's refresh (window only)");
    app.add_flag("--validation,!--no-validation", o.validation,
                 "Enable (or disable) the Khronos Vulkan validation layer; on by default in Debug and test builds");
    app.add_flag("--strict-validation", o.strict_validation,
                 "Exit with code 3 if the validation layer reported anything (implies --validation)");
    app.add_option("--text-scale", o.text_scale, "Size of on-screen text, 0.75 to 3")->check(CLI::Range(0.75f, 3.0f));
    app.add_flag("!--no-ui", o.show_ui, "Hide the on-screen panels");
    app.add_option("--console-panels", o.console_panels,
                   "Show these console panels at start: comma-separated console, trends, crisis, instructor, anatomy, or all")
        ->check(console_panel_list);
    app.add_option("--sim-seconds", o.sim_seconds, "Run the room's flow model this many seconds before the first frame")
        ->check(CLI::Range(0.0, 36000.0));
    app.add_option("--crisis", o.crisis, "Start this crisis on the live flow model (a file name in assets/crises, no .json)");
    app.add_option("--crisis-response", o.crisis_response, "Play the crisis's right response or its common mistake")
        ->check(CLI::IsMember({"right", "wrong"}));
    app.add_flag("!--no-audio", o.audio, "Run without sound: no narration, alarm tones or room sounds (the screen shows everything)");
    std::string vr_eye_size;
    app.add_flag("--vr", o.vr, "Use a VR headset through OpenXR; without one, say so and continue on the desktop");
    app.add_flag("--vr-required", o.vr_required, "Like --vr, but exit with an error when VR is not available");
    app.add_option("--vr-frames", o.vr_frames, "End the VR session after N submitted frames (implies --vr)")
        ->check(CLI::Range(1, 1000000));
    app.add_option("--vr-play-area", o.vr_play_area, "VR play: seated (default) or standing (uses the play area)")
        ->check(CLI::IsMember({"seated", "standing"}));
    CLI::Option* vr_snap_turn =
        app.add_option("--vr-snap-turn", o.vr_snap_turn_deg, "Degrees per VR snap turn, 15 to 90 (default: saved settings, 30)")
            ->check(CLI::Range(15.0f, 90.0f));
    app.add_option("--vr-turn", o.vr_turn, "VR turning: snap or smooth (default: saved settings, snap)")
        ->check(CLI::IsMember({"snap", "smooth"}));
    app.add_option("--vr-vignette", o.vr_vignette, "Darken the edges of the VR view while moving: on or off (default: saved settings, on)")
        ->check(CLI::IsMember({"on", "off"}));
    app.add_option("--vr-menu", o.vr_menu, "Where the VR menu is: wrist (on the left controller while it is tracked) or floating (default: saved settings, wrist)")
        ->check(CLI::IsMember({"wrist", "floating"}));
    app.add_flag("--vr-mirror", o.vr_mirror, "Show the headset's left-eye view in a desktop window (for an audience)");
    app.add_option("--vr-screenshot", o.vr_screenshot, "Write both eyes of the last VR frame side by side to this PNG");
    app.add_option("--vr-eye-size", vr_eye_size, "Per-eye render size WIDTHxHEIGHT (default: the runtime's)");
    app.add_option("--procedure", o.procedure, "Start this procedure, e.g. cpb, va_ecmo_femoral, ilp (assets/procedures)");
    app.add_option("--style", o.style, "Procedure style: guided, practice, assess or autoplay (default guided)")
        ->check(CLI::IsMember({"guided", "practice", "assess", "autoplay"}));
    app.add_option("--script", o.script,
                   "Play this JSON script of actions against the procedure; headless, exit 1 naming the first failed expectation");
    app.add_option("--report", o.report, "At exit, write the procedure's step log, score and final flow-model state (JSON)");
    app.add_flag("--list-items", o.list_items, "Print the interactable items of --scene and their port ids as JSON, then exit");
    try {
        app.parse(argc, argv);
    } catch (const CLI::CallForHelp& e) {
        result.exit_code = app.exit(e);
        return result;
    } catch (const CLI::ParseError& e) {
        std::fprintf(stderr, "perfuse: %s (see perfuse --help)\n", e.what());
        result.exit_code = 2;
        return result;
    }
    if (!size.empty()) {
        if (const std::string error = parse_size(size, o.width, o.height); !error.empty()) {
            std::fprintf(stderr, "perfuse: %s\n", error.c_str());
            result.exit_code = 2;
            return result;
        }
    }
    if (!vr_eye_size.empty()) {
        if (const std::string error = parse_size(vr_eye_size, o.vr_eye_width, o.vr_eye_height); !error.empty()) {
            std::fprintf(stderr, "perfuse: --vr-eye-size: %s\n", error.substr(error.find(": ") + 2).c_str());
            result.exit_code = 2;
            return result;
        }
    }
    o.mode_chosen = mode->count() > 0;
    o.vr_snap_turn_given = vr_snap_turn->count() > 0;
    if (o.vr_required || o.vr_frames > 0) o.vr = true;
    if (o.strict_validation) o.validation = true;
    if (const char* strict = std::getenv("PERFUSE_STRICT_VALIDATION"); strict && std::string(strict) == "1") {
        o.validation = true;
        o.strict_validation = true;
    }
    if (o.headless && o.frames == 0 && o.benchmark_frames == 0) o.frames = 1;
    return result;
}

}  // namespace perfuse
