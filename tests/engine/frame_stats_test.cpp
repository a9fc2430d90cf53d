#include <gtest/gtest.h>

#include "render/frame_stats.h"

namespace perfuse {

TEST(FrameStats, NearestRankPercentilesOfKnownSamples) {
    std::vector<double> samples;
    for (int i = 100; i >= 1; --i) samples.push_back(double(i));  // 1..100 ms, unsorted
    const FrameStats stats = compute_frame_stats(samples);
    EXPECT_EQ(stats.frames, 100);
    EXPECT_DOUBLE_EQ(stats.mean_ms, 50.5);
    EXPECT_DOUBLE_EQ(stats.p50_ms, 50.0);
    EXPECT_DOUBLE_EQ(stats.p99_ms, 99.0);
    EXPECT_DOUBLE_EQ(stats.min_ms, 1.0);
    EXPECT_DOUBLE_EQ(stats.max_ms, 100.0);
}

TEST(FrameStats, OneSlowFrameShowsInP99NotP50) {
    std::vector<double> samples(99, 10.0);
    samples.push_back(80.0);
    const FrameStats stats = compute_frame_stats(samples);
    EXPECT_DOUBLE_EQ(stats.p50_ms, 10.0);
    EXPECT_DOUBLE_EQ(stats.p99_ms, 10.0);  // rank 99 of 100 is still a normal frame
    EXPECT_DOUBLE_EQ(stats.max_ms, 80.0);
    samples.push_back(90.0);  // two slow frames in 101: rank 100 is slow
    EXPECT_DOUBLE_EQ(compute_frame_stats(samples).p99_ms, 80.0);
}

TEST(FrameStats, EmptyGivesZeros) {
    const FrameStats stats = compute_frame_stats({});
    EXPECT_EQ(stats.frames, 0);
    EXPECT_DOUBLE_EQ(stats.mean_ms, 0.0);
}

}  // namespace perfuse
