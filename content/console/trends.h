#pragma once
// Trends: fixed-capacity ring buffers of readings against simulated time. The last `fine_capacity`
// samples are kept at full resolution (10 minutes at 1 s by default); every `coarse_every` samples
// are also averaged into one coarse point kept for hours, so memory stays fixed on long runs.
// Plotting asks for the points between t0 and t1: coarse points older than the fine window, then fine.
#include <cstddef>
#include <optional>
#include <string>
#include <vector>

#include "readings.h"

namespace perfuse {

struct TrendPoint {
    double t_s = 0.0;
    double value = 0.0;
};

// A ring of points; push overwrites the oldest once full.
struct TrendRing {
    std::vector<TrendPoint> points;  // storage, capacity fixed at creation
    size_t head = 0;                 // index of the oldest point
    size_t size = 0;
};
TrendRing make_ring(size_t capacity);
void push(TrendRing& r, TrendPoint p);
const TrendPoint& at(const TrendRing& r, size_t i);  // 0 = oldest

struct TrendOptions {
    double sample_period_s = 1.0;
    size_t fine_capacity = 600;    // 10 min at 1 s
    size_t coarse_every = 30;      // one coarse point per 30 fine samples (30 s)
    size_t coarse_capacity = 960;  // 8 h at 30 s
};

struct TrendSeries {
    std::string reading;
    TrendRing fine, coarse;
    double block_sum = 0.0, block_t_sum = 0.0;
    size_t block_count = 0;
};

struct Trends {
    TrendOptions options;
    std::vector<TrendSeries> series;
    std::optional<double> next_sample_t_s;
};

// Trends of the named readings (names from reading_fields(); unknown names are an error message).
Trends make_trends(const std::vector<std::string>& readings, const TrendOptions& o, std::string* error);
// The readings the consoles plot by default.
std::vector<std::string> default_trend_readings();
// Records a sample when one is due (every sample_period_s of simulated time); empty readings leave a gap.
void record(Trends& t, const Readings& r);
// Points with t0 <= t <= t1 in time order: coarse where the fine window no longer reaches, then fine.
std::vector<TrendPoint> points_between(const TrendSeries& s, double t0_s, double t1_s);
const TrendSeries* find_series(const Trends& t, const std::string& reading);

}  // namespace perfuse
