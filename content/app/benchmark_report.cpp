#include "app/benchmark_report.h"

#include <vector>

#include <nlohmann/json.hpp>

#include "gpu/frames.h"


namespace perfuse {

namespace {
// The frames a run starts with while the driver readies its pipelines. The first frame's wait shows
// in the interval where the frame ring first comes round to its slot, not in the first interval.
constexpr std::size_t kWarmupFrames = FrameRing::kFramesInFlight;

// SAMPLES after the warm-up, when there are any.
std::vector<double> after_warmup(const std::vector<double>& samples) {
    if (samples.size() <= kWarmupFrames) return samples;
    return {samples.begin() + std::ptrdiff_t(kWarmupFrames), samples.end()};
}

double warmup_ms(const std::vector<double>& frame_ms) {
    double sum = 0.0;
    for (std::size_t i = 0; i < frame_ms.size() && i < kWarmupFrames; ++i) sum += frame_ms[i];
    return sum;
}
}  // namespace

std::string benchmark_json(const AppOptions& options, const std::string& device_name, bool headless,
                           const FrameTimings& timings, const RenderFacts& facts) {
    const FrameStats stats = compute_frame_stats(after_warmup(timings.frame_ms));
    const FrameStats cpu = compute_frame_stats(after_warmup(timings.cpu_ms));
    const FrameStats gpu = compute_frame_stats(after_warmup(timings.gpu_ms));
    const auto round3 = [](double v) { return std::round(v * 1000.0) / 1000.0; };
    const nlohmann::json line = {
        {"benchmark", "perfuse"},  {"device", device_name},        {"scene", options.scene},
        {"headless", headless},    {"width", options.width},       {"height", options.height},
        {"msaa", facts.msaa_samples}, {"shadows", facts.shadows},    {"frames", stats.frames},       {"mean_ms", round3(stats.mean_ms)},
        {"p50_ms", round3(stats.p50_ms)}, {"p99_ms", round3(stats.p99_ms)}, {"min_ms", round3(stats.min_ms)},
        {"max_ms", round3(stats.max_ms)}, {"warmup_frames", kWarmupFrames}, {"warmup_ms", round3(warmup_ms(timings.frame_ms))},
        {"fps_mean", stats.mean_ms > 0 ? round3(1000.0 / stats.mean_ms) : 0.0},
        {"cpu_mean_ms", round3(cpu.mean_ms)}, {"cpu_p99_ms", round3(cpu.p99_ms)},
        {"gpu_mean_ms", round3(gpu.mean_ms)}, {"gpu_p50_ms", round3(gpu.p50_ms)}, {"gpu_p99_ms", round3(gpu.p99_ms)},
        {"gpu_frames", gpu.frames},
        {"draws", facts.draws},    {"shadow_draws", facts.shadow_draws}, {"triangles", facts.triangles},
        {"shadow_renders", facts.shadow_renders}, {"lighting", facts.lighting},
        {"render_scale", facts.render_scale}, {"present", facts.present},
    };
    return line.dump();
}

}  // namespace perfuse
