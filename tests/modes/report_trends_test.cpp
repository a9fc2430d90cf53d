// The console's trends become the report's plots: names and units from data, points from the run.
#include <gtest/gtest.h>

#include "modes/report_trends.h"
#include "modes_test_files.h"
#include "world/world_error.h"

namespace perfuse::modes {
namespace {

TEST(ReportTrends, ConsoleTrendsBecomePlotsOfTheRun) {
    const std::vector<ReportTrendSpec> specs = load_report_trends(test::kAssets / "modes" / "learn.json");
    ASSERT_FALSE(specs.empty());
    EXPECT_EQ(specs[1].reading, "map_mmHg");
    std::string error;
    Trends trends = make_trends({"map_mmHg", "pump_flow_l_min"}, TrendOptions{}, &error);
    ASSERT_EQ(error, "");
    for (int t = 0; t < 10; ++t) push(trends.series[0].fine, {double(t), 60.0 + t});
    const std::vector<TrendSeries> plots = report_trends(trends, specs, 2.0, 5.0);
    ASSERT_EQ(plots.size(), 2u);  // flow and MAP: the only readings these trends hold
    EXPECT_EQ(plots[0].name, "Pump flow");
    EXPECT_TRUE(plots[0].values.empty());
    EXPECT_EQ(plots[1].name, "Mean arterial pressure");
    EXPECT_EQ(plots[1].unit, "mmHg");
    EXPECT_EQ(plots[1].times_s, (std::vector<double>{2, 3, 4, 5}));
    EXPECT_EQ(plots[1].values, (std::vector<double>{62, 63, 64, 65}));
}

TEST(ReportTrends, UnknownReadingIsOneLine) {
    test::ScratchDir dir;
    test::write_text(dir.path() / "learn.json", R"({"report_trends": [{"reading": "heart_colour", "name": "x"}]})");
    try {
        load_report_trends(dir.path() / "learn.json");
        FAIL() << "expected an error";
    } catch (const world::WorldError& e) {
        EXPECT_STREQ(e.what(), "learn.json: report_trends[0].reading: the console has no reading 'heart_colour'");
    }
}

}  // namespace
}  // namespace perfuse::modes
