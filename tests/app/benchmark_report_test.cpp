#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "app/benchmark_report.h"

namespace perfuse {

TEST(BenchmarkReport, OneJsonLineWithStatisticsAndDevice) {
    AppOptions options;
    options.width = 1280;
    options.height = 720;
    const FrameTimings timings{.frame_ms = {10.0, 10.0, 10.0, 40.0}, .cpu_ms = {2.0, 4.0}, .gpu_ms = {8.0}};
    const std::string line = benchmark_json(options, "Test GPU", true, timings);
    EXPECT_EQ(line.find('\n'), std::string::npos);
    const nlohmann::json json = nlohmann::json::parse(line);
    EXPECT_EQ(json["device"], "Test GPU");
    EXPECT_EQ(json["frames"], 4);
    EXPECT_DOUBLE_EQ(json["mean_ms"].get<double>(), 17.5);
    EXPECT_DOUBLE_EQ(json["p50_ms"].get<double>(), 10.0);
    EXPECT_DOUBLE_EQ(json["p99_ms"].get<double>(), 40.0);
    EXPECT_EQ(json["width"], 1280);
    EXPECT_EQ(json["headless"], true);
    EXPECT_DOUBLE_EQ(json["cpu_mean_ms"].get<double>(), 3.0);
    EXPECT_DOUBLE_EQ(json["gpu_p99_ms"].get<double>(), 8.0);
    EXPECT_EQ(json["gpu_frames"], 1);
}

}  // namespace perfuse
