#include "render/frame_stats.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace perfuse {

namespace {
double nearest_rank(const std::vector<double>& sorted, double percentile) {
    const auto rank = static_cast<std::size_t>(std::ceil(percentile / 100.0 * double(sorted.size())));
    return sorted[std::clamp<std::size_t>(rank, 1, sorted.size()) - 1];
}
}  // namespace

FrameStats compute_frame_stats(std::vector<double> frame_ms) {
    FrameStats stats;
    if (frame_ms.empty()) return stats;
    std::sort(frame_ms.begin(), frame_ms.end());
    stats.frames = static_cast<int>(frame_ms.size());
    stats.mean_ms = std::accumulate(frame_ms.begin(), frame_ms.end(), 0.0) / double(frame_ms.size());
    stats.p50_ms = nearest_rank(frame_ms, 50.0);
    stats.p99_ms = nearest_rank(frame_ms, 99.0);
    stats.min_ms = frame_ms.front();
    stats.max_ms = frame_ms.back();
    return stats;
}

}  // namespace perfuse
