// Trends: ring buffers keep fixed memory, full resolution for the recent window, decimated (averaged)
// points for hours, and windows between t0 and t1 in time order.
#include <gtest/gtest.h>

#include "trends.h"

namespace perfuse {
namespace {

Readings flow_at(double t_s, double flow) {
    Readings r;
    r.t_s = t_s;
    r.pump_flow_l_min = flow;
    return r;
}

TEST(Trends, RingOverwritesTheOldest) {
    TrendRing r = make_ring(3);
    for (int i = 0; i < 5; ++i) push(r, {static_cast<double>(i), 10.0 * i});
    ASSERT_EQ(r.size, 3u);
    EXPECT_EQ(at(r, 0).t_s, 2.0);
    EXPECT_EQ(at(r, 2).t_s, 4.0);
    EXPECT_EQ(r.points.size(), 3u);
}

TEST(Trends, SamplesEveryPeriodOfSimulatedTime) {
    std::string error;
    Trends t = make_trends({"pump_flow_l_min"}, TrendOptions{}, &error);
    EXPECT_EQ(error, "");
    for (int i = 0; i <= 500; ++i) record(t, flow_at(i * 0.02, 4.0));  // 10 s at the model's step
    const TrendSeries& s = *find_series(t, "pump_flow_l_min");
    EXPECT_EQ(s.fine.size, 11u);  // t = 0, 1, ..., 10
    EXPECT_NEAR(at(s.fine, 10).t_s, 10.0, 1e-9);
}

TEST(Trends, LongRunsKeepRecentPointsFineAndOlderOnesDecimated) {
    TrendOptions o;
    o.sample_period_s = 1.0;
    o.fine_capacity = 600;
    o.coarse_every = 30;
    o.coarse_capacity = 480;
    Trends t = make_trends({"pump_flow_l_min"}, o, nullptr);
    const int seconds = 4 * 3600;
    for (int i = 0; i < seconds; ++i) record(t, flow_at(i, static_cast<double>(i)));  // value = time
    const TrendSeries& s = *find_series(t, "pump_flow_l_min");
    EXPECT_EQ(s.fine.size, 600u);
    EXPECT_EQ(s.coarse.size, 480u);
    // The whole run, asked for at once: coarse points up to the fine window, then every fine second.
    const auto all = points_between(s, 0.0, seconds);
    ASSERT_FALSE(all.empty());
    for (size_t i = 1; i < all.size(); ++i) EXPECT_LT(all[i - 1].t_s, all[i].t_s);
    EXPECT_EQ(all.back().t_s, seconds - 1);
    // A coarse point is the mean of its 30 samples (value = time, so it sits at the block's mean time).
    EXPECT_DOUBLE_EQ(all.front().value, all.front().t_s);
    EXPECT_LE(all.front().t_s, seconds - 480 * 30 + 30);  // reaches back about 4 h
    // The last 10 minutes at full resolution.
    const auto recent = points_between(s, seconds - 600, seconds);
    EXPECT_EQ(recent.size(), 600u);
    // An hour ago: only coarse points, 30 s apart.
    const auto hour_ago = points_between(s, seconds - 3600 - 300, seconds - 3600 + 300);
    ASSERT_EQ(hour_ago.size(), 20u);
    EXPECT_NEAR(hour_ago[1].t_s - hour_ago[0].t_s, 30.0, 1e-9);
}

TEST(Trends, EmptyReadingsLeaveAGap) {
    Trends t = make_trends({"pump_flow_l_min"}, TrendOptions{}, nullptr);
    record(t, flow_at(0.0, 1.0));
    Readings none;
    none.t_s = 1.0;
    record(t, none);
    record(t, flow_at(2.0, 3.0));
    const auto p = points_between(*find_series(t, "pump_flow_l_min"), 0.0, 2.0);
    ASSERT_EQ(p.size(), 2u);
    EXPECT_EQ(p[1].t_s, 2.0);
}

TEST(Trends, UnknownReadingIsAnError) {
    std::string error;
    Trends t = make_trends({"pump_speed"}, TrendOptions{}, &error);
    EXPECT_EQ(error, "trend reading \"pump_speed\" is not a console reading");
    EXPECT_TRUE(t.series.empty());
}

}  // namespace
}  // namespace perfuse
