#pragma once
// Frame-time statistics for --benchmark: mean, median and 99th percentile.
#include <string>
#include <vector>

namespace perfuse {

struct FrameStats {
    int frames = 0;
    double mean_ms = 0.0;
    double p50_ms = 0.0;
    double p99_ms = 0.0;
    double min_ms = 0.0;
    double max_ms = 0.0;
};

// Samples gathered during a run: the time between frames, the CPU time spent preparing and
// recording each frame, and the GPU time measured by timestamp queries.
struct FrameTimings {
    std::vector<double> frame_ms;
    std::vector<double> cpu_ms;
    std::vector<double> gpu_ms;
};

// Nearest-rank percentiles over the samples (order does not matter). Empty input gives zeros.
FrameStats compute_frame_stats(std::vector<double> frame_ms);

}  // namespace perfuse
