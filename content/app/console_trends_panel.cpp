// Scrolling trends of the key readings for the running circuit over the last ten minutes of model
// time, in the shown units, with a time axis in minutes.
#include <imgui.h>

#include <algorithm>

#include "app/console_panels.h"
#include "app/console_plot.h"
#include "app/console_style.h"
#include "display.h"

namespace perfuse {

namespace {
constexpr double kWindowS = 600.0;
constexpr float kPlotHeightEm = 3.4f;
constexpr ImU32 kTrendColour = IM_COL32(255, 210, 90, 255);

std::vector<std::string> trended(ConsoleKind k) {
    switch (k) {
        case ConsoleKind::ecmo: return {"pump_flow_l_min", "spo2", "venous_line_mmHg", "oxygenator_dp_mmHg"};
        case ConsoleKind::ilp: return {"limb_flow_ml_min", "leak_percent", "limb_temp_c", "map_mmHg"};
        default: return {"pump_flow_l_min", "map_mmHg", "reservoir_ml", "patient_temp_c"};
    }
}

// The smallest value span a plot shows, in the shown unit, so a steady reading draws as a flat line.
double min_span(const std::string& reading) {
    const DisplayFormat f = display_format(reading);
    return f.decimals == 0 ? 4.0 : f.decimals == 1 ? 1.0 : 0.2;
}

// Points of READING between T0 and T1 scaled to the unit the console shows.
std::vector<TrendPoint> shown_points(const Trends& trends, const std::string& reading, double t0_s, double t1_s) {
    const TrendSeries* series = find_series(trends, reading);
    if (!series) return {};
    std::vector<TrendPoint> points = points_between(*series, t0_s, t1_s);
    const double scale = display_format(reading).scale;
    for (TrendPoint& pt : points) pt.value *= scale;
    return points;
}
}  // namespace

void plot_reading(const ConsolePanels& p, const Trends& trends, const std::string& reading, double t0_s, double t1_s,
                  float height_px) {
    const std::vector<TrendPoint> points = shown_points(trends, reading, t0_s, t1_s);
    const ReadingLabel& label = p.text.reading(reading);
    const std::string title = label.unit.empty() ? label.label : label.label + " (" + label.unit + ")";
    plot_trend(title, points, fit_range(points, t0_s, t1_s, min_span(reading)), kTrendColour, height_px,
               p.text["trend_minutes"]);
}

void draw_trends_panel(ConsolePanels& p, LiveModel& live) {
    if (!live.sim()) return;
    if (begin_panel(p.text["trends_title"], "console_trends", PanelSlot::bottom, 22.0f)) {
        ImGui::TextDisabled("%s", p.text["trend_window"].c_str());
        const double t1 = live.sim()->time_s(), t0 = std::max(0.0, t1 - kWindowS);
        const float h = ImGui::GetFontSize() * kPlotHeightEm;
        for (const std::string& reading : trended(console_kind(live.sim()->type())))
            plot_reading(p, live.console().trends, reading, t0, t1, h);
    }
    end_panel();
}

}  // namespace perfuse
