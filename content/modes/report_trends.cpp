#include "modes/report_trends.h"

#include "readings.h"
#include "world/json_reader.h"

namespace perfuse::modes {

std::vector<ReportTrendSpec> load_report_trends(const std::filesystem::path& learn_file) {
    const std::string name = learn_file.filename().string();
    const nlohmann::json doc = world::read_json_file(learn_file.string(), name);
    std::vector<ReportTrendSpec> specs;
    for (const world::JsonReader& r : world::JsonReader(doc, name).array("report_trends")) {
        ReportTrendSpec spec{r.string("reading"), r.string("name"), r.string_or("unit", "")};
        if (!find_reading(spec.reading)) r.fail_field("reading", "the console has no reading '" + spec.reading + "'");
        specs.push_back(spec);
    }
    return specs;
}

std::vector<TrendSeries> report_trends(const Trends& trends, const std::vector<ReportTrendSpec>& specs,
                                       double t0_s, double t1_s) {
    std::vector<TrendSeries> out;
    for (const ReportTrendSpec& spec : specs) {
        const perfuse::TrendSeries* series = find_series(trends, spec.reading);
        if (!series) continue;
        TrendSeries plot{.name = spec.name, .unit = spec.unit, .times_s = {}, .values = {}, .safe_low = 0.0, .safe_high = 0.0};
        for (const TrendPoint& p : points_between(*series, t0_s, t1_s)) {
            plot.times_s.push_back(p.t_s);
            plot.values.push_back(p.value);
        }
        out.push_back(std::move(plot));
    }
    return out;
}

}  // namespace perfuse::modes
