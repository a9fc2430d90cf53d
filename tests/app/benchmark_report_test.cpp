#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/benchmark_report.h"

namespace perfuse {

TEST(BenchmarkReport, OneJsonLineWithStatisticsAndDevice) {
    AppOptions options;
    options.width = 1280;
    options.height = 720;
    // The warm-up (two frames in flight: the driver readying its pipelines shows in the second
    // interval) is reported apart from the rest.
    const FrameTimings timings{
        .frame_ms = {20.0, 250.0, 10.0, 10.0, 10.0, 40.0}, .cpu_ms = {30.0, 3.0, 2.0, 4.0}, .gpu_ms = {8.0}};
    const std::string line = benchmark_json(options, "Test GPU", true, timings);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    const nlohmann::json json = nlohmann::json::parse(line);
    EXPECT_EQ(json["device"], "Test GPU");
    EXPECT_EQ(json["frames"], 4);
    EXPECT_EQ(json["warmup_frames"], 2);
    EXPECT_DOUBLE_EQ(json["warmup_ms"].get<double>(), 270.0);
    EXPECT_DOUBLE_EQ(json["mean_ms"].get<double>(), 17.5);
    EXPECT_DOUBLE_EQ(json["p50_ms"].get<double>(), 10.0);
    EXPECT_DOUBLE_EQ(json["p99_ms"].get<double>(), 40.0);
    EXPECT_EQ(json["width"], 1280);
    EXPECT_EQ(json["headless"], true);
    EXPECT_DOUBLE_EQ(json["cpu_mean_ms"].get<double>(), 3.0);
    EXPECT_DOUBLE_EQ(json["gpu_p99_ms"].get<double>(), 8.0);  // one sample: kept
    EXPECT_EQ(json["gpu_frames"], 1);
}

}  // namespace perfuse
