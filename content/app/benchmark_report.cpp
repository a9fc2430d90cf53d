#include "app/benchmark_report.h"

#include <nlohmann/json.hpp>

#include "render/frame_stats.h"

namespace perfuse {

std::string benchmark_json(const AppOptions& options, const std::string& device_name, bool headless,
                           const std::vector<double>& frame_ms, const RenderFacts& facts) {
    const FrameStats stats = compute_frame_stats(frame_ms);
    const auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    const nlohmann::json line = {
        {"benchmark", "perfuse"},  {"device", device_name},        {"scene", options.scene},
        {"headless", headless},    {"width", options.width},       {"height", options.height},
        {"msaa", facts.msaa_samples}, {"shadows", facts.shadows},    {"frames", stats.frames},       {"mean_ms", round3(stats.mean_ms)},
        {"p50_ms", round3(stats.p50_ms)}, {"p99_ms", round3(stats.p99_ms)}, {"min_ms", round3(stats.min_ms)},
        {"max_ms", round3(stats.max_ms)},
        {"fps_mean", stats.mean_ms > 0 ? round3(1000.0 / stats.mean_ms) : 0.0},
        {"draws", facts.draws},    {"shadow_draws", facts.shadow_draws}, {"triangles", facts.triangles},
    };
    return line.dump();
}

}  // namespace perfuse
