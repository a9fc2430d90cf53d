// Runner timing and the CSV format.
#include <gtest/gtest.h>

#include <sstream>

#include "csv.h"
#include "runner.h"

namespace perfuse::scenarios {
namespace {

Scenario parse_ok(const std::string& json) {
    auto r = parse_scenario(json, "t.json");
    EXPECT_TRUE(r.scenario) << r.error;
    return *r.scenario;
}

TEST(Csv, HeaderHasTheFixedColumnNamesFirst) {
    const std::string fixed =
        "t_s,map_mmhg,cvp_mmhg,heart_output_l_min,pump_flow_l_min,pump_rpm,arterial_line_mmhg,venous_line_mmhg,sao2,"
        "svo2,sao2_upper,sao2_lower,pao2_mmhg,paco2_mmhg,hb_g_dl,hct,temp_c,do2_ml_min,vo2_ml_min,reservoir_ml,"
        "blood_volume_ml,recirculation,limb_temp_c,limb_flow_ml_min,leak_percent,limb_melphalan_mg_l,"
        "systemic_melphalan_mg_l";
    EXPECT_EQ(csv_header().rfind(fixed, 0), 0u);
}

TEST(Csv, RowsHaveOneCellPerColumnAndLeaveNotApplicableEmpty) {
    phys::Snapshot s;
    s.map_mmHg = 72.5;
    const std::string row = csv_row(s);
    const auto commas = [](const std::string& x) { return std::count(x.begin(), x.end(), ','); };
    EXPECT_EQ(commas(row), commas(csv_header()));
    EXPECT_EQ(row.rfind("0,72.5,0,0,,,,,", 0), 0u) << row;  // no pump on a patient alone
}

TEST(Runner, SamplesEverySecondFromZeroAndAppliesEventsOnTime) {
    const Scenario s = parse_ok(R"({"patient": {}, "circuit": {"type": "cpb"},
      "events": [{"t": 2.5, "fault": "pump_stop"}]})");
    RunOptions o;
    o.duration_s = 5;
    o.dt_s = 0.02;
    o.every_s = 1;
    std::vector<phys::Snapshot> samples;
    std::string error;
    ASSERT_TRUE(run(s, o, [&](const phys::Snapshot& x) { samples.push_back(x); }, &error)) << error;
    ASSERT_EQ(samples.size(), 6u);
    EXPECT_EQ(samples[0].t_s, 0.0);
    EXPECT_EQ(samples[5].t_s, 5.0);
    EXPECT_GT(*samples[2].pump_flow_l_min, 3.0);
    EXPECT_EQ(*samples[3].pump_flow_l_min, 0.0);
}

TEST(Runner, StartingSettingsApplyBeforeTheFirstStep) {
    const Scenario s = parse_ok(R"({"patient": {}, "circuit": {"type": "cpb"}, "settings": {"pump_flow_l_min": 2.0}})");
    RunOptions o;
    o.duration_s = 2;
    std::vector<phys::Snapshot> samples;
    std::string error;
    ASSERT_TRUE(run(s, o, [&](const phys::Snapshot& x) { samples.push_back(x); }, &error));
    EXPECT_NEAR(*samples.back().pump_flow_l_min, 2.0, 1e-9);
    // The t = 0 row reports the real state: the patient's own flows, and a pump only starting its ramp.
    EXPECT_NEAR(*samples.front().pump_flow_l_min, 0.0, 0.01);
    EXPECT_GT(samples.front().heart_output_l_min, 3.0);
    EXPECT_GT(samples.front().vo2_ml_min, 150.0);
}

}  // namespace
}  // namespace perfuse::scenarios
