#include "modes/trend_svg.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "modes/html_escape.h"

namespace perfuse::modes {

namespace {
constexpr double kLeftPx = 56.0, kRightPx = 12.0, kTopPx = 12.0, kBottomPx = 28.0;  // room for labels

std::string num(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.4g", v);
    return buf;
}

struct Scale {
    double t0, t1, v0, v1, w, h;
    double x(double t) const { return kLeftPx + (t1 > t0 ? (t - t0) / (t1 - t0) : 0.0) * w; }
    double y(double v) const { return kTopPx + (1.0 - (v1 > v0 ? (v - v0) / (v1 - v0) : 0.5)) * h; }
};

Scale scale_for(const TrendSeries& s, SvgSize size) {
    const auto [vmin, vmax] = std::minmax_element(s.values.begin(), s.values.end());
    double v0 = *vmin, v1 = *vmax;
    if (s.safe_high > s.safe_low) {
        v0 = std::min(v0, s.safe_low);
        v1 = std::max(v1, s.safe_high);
    }
    const double pad = (v1 - v0) * 0.08 + (v1 == v0 ? 1.0 : 0.0);  // keep the line off the frame
    return {s.times_s.front(), s.times_s.back(), v0 - pad, v1 + pad,
            size.width_px - kLeftPx - kRightPx, size.height_px - kTopPx - kBottomPx};
}

std::string polyline(const TrendSeries& s, const Scale& sc) {
    std::string points;
    for (std::size_t i = 0; i < s.values.size(); ++i) {
        if (!std::isfinite(s.values[i]) || !std::isfinite(s.times_s[i])) continue;
        points += num(sc.x(s.times_s[i])) + "," + num(sc.y(s.values[i])) + " ";
    }
    return "<polyline fill=\"none\" stroke=\"#0072b2\" stroke-width=\"2\" points=\"" + points + "\"/>";
}
}  // namespace

std::string trend_svg(const TrendSeries& s, const std::string& no_data_text, SvgSize size) {
    const std::string label = html_escape(s.name + (s.unit.empty() ? "" : " (" + s.unit + ")"));
    std::string svg = "<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"" + std::to_string(size.width_px) +
                      "\" height=\"" + std::to_string(size.height_px) + "\" role=\"img\" aria-label=\"" + label + "\">";
    svg += "<rect x=\"" + num(kLeftPx) + "\" y=\"" + num(kTopPx) + "\" width=\"" +
           num(size.width_px - kLeftPx - kRightPx) + "\" height=\"" + num(size.height_px - kTopPx - kBottomPx) +
           "\" fill=\"#ffffff\" stroke=\"#888888\"/>";
    const bool plottable = s.values.size() >= 2 && s.values.size() == s.times_s.size() &&
                           std::all_of(s.values.begin(), s.values.end(), [](double v) { return std::isfinite(v); });
    if (!plottable) {
        svg += "<text x=\"" + num(kLeftPx + 8) + "\" y=\"" + num(size.height_px / 2.0) + "\">" +
               html_escape(no_data_text) + "</text></svg>";
        return svg;
    }
    const Scale sc = scale_for(s, size);
    if (s.safe_high > s.safe_low)
        svg += "<rect class=\"safe\" x=\"" + num(kLeftPx) + "\" y=\"" + num(sc.y(s.safe_high)) + "\" width=\"" +
               num(sc.w) + "\" height=\"" + num(sc.y(s.safe_low) - sc.y(s.safe_high)) + "\" fill=\"#d9f0d3\"/>";
    svg += polyline(s, sc);
    const double axis_y = size.height_px - 8.0;
    svg += "<text x=\"4\" y=\"" + num(kTopPx + 10) + "\" font-size=\"11\">" + num(sc.v1) + "</text>";
    svg += "<text x=\"4\" y=\"" + num(kTopPx + sc.h) + "\" font-size=\"11\">" + num(sc.v0) + "</text>";
    svg += "<text x=\"" + num(kLeftPx) + "\" y=\"" + num(axis_y) + "\" font-size=\"11\">" + num(sc.t0) + " s</text>";
    svg += "<text x=\"" + num(kLeftPx + sc.w) + "\" y=\"" + num(axis_y) + "\" font-size=\"11\" text-anchor=\"end\">" +
           num(sc.t1) + " s</text>";
    return svg + "</svg>";
}

}  // namespace perfuse::modes
