#include "app/console_plot.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace perfuse {

namespace {
constexpr ImU32 kFrame = IM_COL32(90, 100, 110, 255);
constexpr ImU32 kBackground = IM_COL32(12, 16, 20, 255);
constexpr ImU32 kGrid = IM_COL32(45, 55, 65, 255);
constexpr ImU32 kAxisText = IM_COL32(170, 180, 190, 255);

float to_x(double t, const PlotRange& r, ImVec2 p0, ImVec2 p1) {
    const double span = std::max(r.t1_s - r.t0_s, 1e-9);
    return p0.x + float((t - r.t0_s) / span) * (p1.x - p0.x);
}

float to_y(double v, const PlotRange& r, ImVec2 p0, ImVec2 p1) {
    const double span = std::max(r.hi - r.lo, 1e-9);
    const double f = std::clamp((v - r.lo) / span, 0.0, 1.0);
    return p1.y - float(f) * (p1.y - p0.y);
}

// Reserves the box in the layout and draws its frame; returns its corners.
std::pair<ImVec2, ImVec2> plot_box(float height_px, float left_margin_px, float bottom_margin_px) {
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = std::max(ImGui::GetContentRegionAvail().x, 60.0f);
    ImGui::Dummy(ImVec2(width, height_px));
    const ImVec2 p0(origin.x + left_margin_px, origin.y + 2.0f);
    const ImVec2 p1(origin.x + width - 4.0f, origin.y + height_px - bottom_margin_px);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    draw->AddRectFilled(p0, p1, kBackground);
    draw->AddRect(p0, p1, kFrame);
    return {p0, p1};
}

// Minute ticks: 1, 2, 5, 10 ... minutes apart so that about five fit.
double tick_step_s(double span_s) {
    for (double step : {60.0, 120.0, 300.0, 600.0, 1800.0, 3600.0})
        if (span_s / step <= 6.0) return step;
    return 7200.0;
}

std::string format_number(double v) {
    char buf[32];
    const double a = std::fabs(v);
    std::snprintf(buf, sizeof buf, a >= 100 || v == std::floor(v) ? "%.0f" : a >= 10 ? "%.1f" : "%.2f", v);
    return buf;
}
}  // namespace

PlotRange fit_range(const std::vector<TrendPoint>& points, double t0_s, double t1_s, double min_span) {
    PlotRange r{t0_s, t1_s, 0.0, min_span};
    if (points.empty()) return r;
    double lo = points.front().value, hi = lo;
    for (const TrendPoint& p : points) {
        lo = std::min(lo, p.value);
        hi = std::max(hi, p.value);
    }
    const double mid = 0.5 * (lo + hi);
    const double half = 0.5 * std::max(hi - lo, min_span) * 1.15;
    r.lo = mid - half;
    r.hi = mid + half;
    if (lo >= 0.0 && r.lo < 0.0) {  // a quantity that cannot go negative keeps zero as its floor
        r.hi -= r.lo;
        r.lo = 0.0;
    }
    return r;
}

void plot_trend(const std::string& title, const std::vector<TrendPoint>& points, const PlotRange& range,
                ImU32 colour, float height_px, const std::string& minutes_word) {
    ImGui::TextUnformatted(title.c_str());
    const float label_w = ImGui::CalcTextSize("00000").x;
    const auto [p0, p1] = plot_box(height_px, label_w + 4.0f, ImGui::GetFontSize() + 2.0f);
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const double step = tick_step_s(range.t1_s - range.t0_s);
    for (double t = std::ceil(range.t0_s / step) * step; t <= range.t1_s + 1e-9; t += step) {
        const float x = to_x(t, range, p0, p1);
        draw->AddLine(ImVec2(x, p0.y), ImVec2(x, p1.y), kGrid);
        const std::string label = format_number(t / 60.0) + (t == 0.0 ? " " + minutes_word : "");
        draw->AddText(ImVec2(x - 4.0f, p1.y + 1.0f), kAxisText, label.c_str());
    }
    draw->AddText(ImVec2(p0.x - label_w - 2.0f, p0.y), kAxisText, format_number(range.hi).c_str());
    draw->AddText(ImVec2(p0.x - label_w - 2.0f, p1.y - ImGui::GetFontSize()), kAxisText,
                  format_number(range.lo).c_str());
    draw->PushClipRect(p0, p1, true);
    for (size_t i = 1; i < points.size(); ++i) {
        // A gap in the samples (a reading that did not apply) is left as a gap.
        if (points[i].t_s - points[i - 1].t_s > 31.0) continue;
        draw->AddLine(ImVec2(to_x(points[i - 1].t_s, range, p0, p1), to_y(points[i - 1].value, range, p0, p1)),
                      ImVec2(to_x(points[i].t_s, range, p0, p1), to_y(points[i].value, range, p0, p1)), colour, 2.0f);
    }
    draw->PopClipRect();
}

void plot_waveform(const std::string& title, const std::function<double(double)>& sample, double t_now_s,
                   double window_s, double lo, double hi, ImU32 colour, float height_px) {
    ImGui::TextUnformatted(title.c_str());
    const auto [p0, p1] = plot_box(height_px, 2.0f, 2.0f);
    const PlotRange range{t_now_s - window_s, t_now_s, lo, hi};
    ImDrawList* draw = ImGui::GetWindowDrawList();
    const int samples = std::max(2, int(p1.x - p0.x) / 2);
    ImVec2 last;
    for (int i = 0; i <= samples; ++i) {
        const double t = range.t0_s + window_s * double(i) / double(samples);
        const ImVec2 p(to_x(t, range, p0, p1), to_y(sample(t), range, p0, p1));
        if (i > 0) draw->AddLine(last, p, colour, 2.0f);
        last = p;
    }
}

}  // namespace perfuse
