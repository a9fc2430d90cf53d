#pragma once
// The console's trends (content/console) turned into the report's plots: which readings, their names
// and units come from assets/modes/learn.json ("report_trends"), the points from the run's time span.
#include <filesystem>
#include <string>
#include <vector>

#include "modes/assessment.h"
#include "trends.h"

namespace perfuse::modes {

struct ReportTrendSpec {
    std::string reading;  // a console reading name, e.g. "map_mmHg"
    std::string name;     // shown on the report
    std::string unit;
};

// Throws world::WorldError naming the field; every reading must be one the console knows.
std::vector<ReportTrendSpec> load_report_trends(const std::filesystem::path& learn_file);

// One plot per spec that the trends hold, with the points between T0_S and T1_S (no safe band).
std::vector<TrendSeries> report_trends(const Trends& trends, const std::vector<ReportTrendSpec>& specs,
                                       double t0_s, double t1_s);

}  // namespace perfuse::modes
