// Trend ring buffers and decimation (see trends.h).
#include "trends.h"

#include <algorithm>

namespace perfuse {

TrendRing make_ring(size_t capacity) {
    TrendRing r;
    r.points.resize(std::max<size_t>(capacity, 1));
    return r;
}

void push(TrendRing& r, TrendPoint p) {
    const size_t cap = r.points.size();
    if (r.size < cap) {
        r.points[(r.head + r.size) % cap] = p;
        ++r.size;
    } else {
        r.points[r.head] = p;
        r.head = (r.head + 1) % cap;
    }
}

const TrendPoint& at(const TrendRing& r, size_t i) { return r.points[(r.head + i) % r.points.size()]; }

Trends make_trends(const std::vector<std::string>& readings, const TrendOptions& o, std::string* error) {
    Trends t;
    t.options = o;
    for (const std::string& name : readings) {
        if (find_reading(name) == nullptr) {
            if (error != nullptr) *error = "trend reading \"" + name + "\" is not a console reading";
            continue;
        }
        t.series.push_back({name, make_ring(o.fine_capacity), make_ring(o.coarse_capacity)});
    }
    return t;
}

std::vector<std::string> default_trend_readings() {
    return {"pump_flow_l_min", "pump_rpm", "arterial_line_mmHg", "venous_line_mmHg", "reservoir_ml",
            "oxygenator_dp_mmHg", "post_oxygenator_po2_mmHg", "map_mmHg", "cvp_mmHg", "spo2", "spo2_lower", "svo2",
            "patient_temp_c", "water_temp_c", "limb_flow_ml_min", "limb_temp_c", "leak_percent"};
}

void record(Trends& t, const Readings& r) {
    if (t.next_sample_t_s && r.t_s < *t.next_sample_t_s - 1e-9) return;
    // The next sample is due one period on from this one's slot, so a late call does not drift the grid.
    const double base = t.next_sample_t_s.value_or(r.t_s);
    t.next_sample_t_s = std::max(base, r.t_s - t.options.sample_period_s) + t.options.sample_period_s;
    for (TrendSeries& s : t.series) {
        const std::optional<double> v = value_of(r, *find_reading(s.reading));
        if (!v) continue;
        push(s.fine, {r.t_s, *v});
        s.block_sum += *v;
        s.block_t_sum += r.t_s;
        if (++s.block_count >= std::max<size_t>(t.options.coarse_every, 1)) {
            const double n = static_cast<double>(s.block_count);
            push(s.coarse, {s.block_t_sum / n, s.block_sum / n});
            s.block_sum = s.block_t_sum = 0.0;
            s.block_count = 0;
        }
    }
}

std::vector<TrendPoint> points_between(const TrendSeries& s, double t0_s, double t1_s) {
    std::vector<TrendPoint> out;
    const double fine_start = s.fine.size > 0 ? at(s.fine, 0).t_s : t1_s + 1.0;
    for (size_t i = 0; i < s.coarse.size; ++i) {
        const TrendPoint& p = at(s.coarse, i);
        if (p.t_s >= t0_s && p.t_s <= t1_s && p.t_s < fine_start) out.push_back(p);
    }
    for (size_t i = 0; i < s.fine.size; ++i) {
        const TrendPoint& p = at(s.fine, i);
        if (p.t_s >= t0_s && p.t_s <= t1_s) out.push_back(p);
    }
    return out;
}

const TrendSeries* find_series(const Trends& t, const std::string& reading) {
    for (const TrendSeries& s : t.series) {
        if (s.reading == reading) return &s;
    }
    return nullptr;
}

}  // namespace perfuse
