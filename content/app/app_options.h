#pragma once
// Everything the command line can set, as plain data.
#include <optional>
#include <string>

namespace perfuse {

struct AppOptions {
    std::string scene = "theatre";
    std::string mode = "explore";
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
    int msaa = 4;                    // 1, 2 or 4
    bool vsync = true;
    bool validation = false;         // Khronos validation layer (on by default in Debug/test builds)
    bool strict_validation = false;  // any validation message fails the run (tests)
    float text_scale = 1.0f;
    bool version = false;
    bool show_ui = true;
};

struct ParseResult {
    AppOptions options;
    int exit_code = -1;  // >= 0: exit now with this code (after --help, or on a bad flag)
};

// Parses argv with CLI11. Prints --help itself; bad input gives one line on stderr and exit code 2.
ParseResult parse_command_line(int argc, char** argv);

}  // namespace perfuse
