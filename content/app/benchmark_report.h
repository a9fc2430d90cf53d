#pragma once
// The one JSON line --benchmark prints.
#include <string>
#include <vector>

#include "app/app_options.h"
#include "render/frame_stats.h"

namespace perfuse {

// How the last frame was drawn, to make frame times comparable.
struct RenderFacts {
    int draws = 0;
    int shadow_draws = 0;
    int shadow_renders = 0;    // frames that drew the shadow map (it is kept while nothing moves)
    long long triangles = 0;
    int msaa_samples = 1;      // what the device ended up with, not what was asked for
    std::string shadows = "";  // off, low or high
    std::string lighting = "";  // full or fast
    float render_scale = 1.0f;  // scene pixels per target pixel along each axis
    std::string present = "offscreen";  // how frames reached the screen: offscreen (headless), swapchain or x11-shm
};

// A run's first frames wait while the driver readies what it draws with (lavapipe compiles each
// pipeline variant at first use: 230-480 ms for the two, which start-up already counts). They are reported on their
// own (warmup_frames, warmup_ms: their intervals together), and mean, p50 and p99 (frame, CPU and GPU)
// describe the frames after them. Over 300 frames that one wait had added 0.3-0.8 ms to a lavapipe
// room's mean.
std::string benchmark_json(const AppOptions& options, const std::string& device_name, bool headless,
                           const FrameTimings& timings, const RenderFacts& facts = {});

}  // namespace perfuse
