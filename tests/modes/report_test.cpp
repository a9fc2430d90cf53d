// The supervisor's report: generated as HTML with every part a supervisor needs, written to a
// chosen folder, and read back exactly from the data embedded in it.
#include <regex>

#include <gtest/gtest.h>

#include "modes/assessment_report.h"
#include "modes_test_files.h"

namespace perfuse::modes {
namespace {

const ModeText& text() {
    static const ModeText t = load_mode_text(test::kAssets / "modes" / "en.json");
    return t;
}

Assessment sample() {
    Assessment a;
    a.trainee = "A. Trainee <new>";
    a.procedure = "Cardiopulmonary bypass";
    a.patient = "Adult, failing heart";
    a.date = "2026-11-26 04:30";
    a.duration_s = 1834.25;
    a.score_percent = 72;
    a.passed = true;
    a.steps = {{"Check the gas supply", true, false, ""},
               {"Confirm the ACT before bypass", false, true, "Started bypass before the ACT was checked"},
               {"Start the arterial pump slowly", false, false, "Flow raised too fast"}};
    a.errors = {{412.0, "Arterial line clamp left on at pump start", true}, {900.5, "Gas flow not matched to pump flow", false}};
    a.crises = {{"Air in the arterial line", 1200.0, true, 6.5, "Pump stopped and line clamped"},
                {"Oxygenator failure", 1500.0, false, -1.0, ""}};
    a.trends = {{"Mean arterial pressure", "mmHg", {0, 60, 120, 180}, {72.5, 55.0, 61.25, 68.0}, 50.0, 80.0},
                {"Pump flow", "L/min", {0, 60, 120, 180}, {0.0, 4.2, 4.8, 4.8}, 0.0, 0.0}};
    return a;
}

std::size_t count(const std::string& text, const std::string& what) {
    std::size_t n = 0;
    for (std::size_t at = text.find(what); at != std::string::npos; at = text.find(what, at + what.size())) ++n;
    return n;
}

TEST(Report, HoldsScoreStepsErrorsCrisesAndTrendPlots) {
    const Assessment a = sample();
    EXPECT_EQ(a.steps_correct(), 1);
    EXPECT_EQ(a.safety_critical_errors(), 2);  // one error and one safety-critical step
    const std::string html = assessment_html(a, text());
    EXPECT_EQ(html.rfind("<!DOCTYPE html>", 0), 0u);
    EXPECT_NE(html.find("<td>72%</td>"), std::string::npos);
    EXPECT_NE(html.find("<td>1 / 3</td>"), std::string::npos);
    EXPECT_NE(html.find("<td>30:34</td>"), std::string::npos);  // 1834 s as min:s
    EXPECT_EQ(count(html, "<svg "), 2u);
    EXPECT_EQ(count(html, "<polyline "), 2u);
    EXPECT_EQ(count(html, "class=\"safe\""), 1u);  // only the series with a safe band
    EXPECT_EQ(count(html, "<tr class=\"critical\">"), 3u);  // the step, the error, the unhandled crisis
    // Safety-critical errors are listed before the others.
    EXPECT_LT(html.find("Arterial line clamp left on"), html.find("Gas flow not matched"));
    // Text from the run is escaped: no markup gets in.
    EXPECT_NE(html.find("A. Trainee &lt;new&gt;"), std::string::npos);
    EXPECT_EQ(html.find("<new>"), std::string::npos);
}

TEST(Report, WrittenToAChosenFolderAndReadBackExactly) {
    test::ScratchDir dir;
    const Assessment a = sample();
    const std::filesystem::path file = write_assessment_report(dir.path(), a, text());
    EXPECT_EQ(file.parent_path(), dir.path());
    EXPECT_EQ(file.extension(), ".html");
    EXPECT_TRUE(std::regex_match(file.filename().string(), std::regex("[A-Za-z0-9_-]+\\.html")));
    const Assessment back = read_assessment_report(test::read_text(file));
    EXPECT_EQ(back, a);
}

TEST(Report, ScriptEndInsideTextCannotBreakTheEmbeddedData) {
    Assessment a = sample();
    a.steps[0].note = "</script><h1>oops";
    const std::string html = assessment_html(a, text());
    EXPECT_EQ(count(html, "</script>"), 1u);
    EXPECT_EQ(read_assessment_report(html), a);
}

TEST(Report, NotAFolderOrNotAReportIsOneLine) {
    try {
        write_assessment_report("/nonexistent/reports", sample(), text());
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "/nonexistent/reports: not a folder (choose a folder for the report)");
    }
    EXPECT_THROW(read_assessment_report("<html><body>hello</body></html>"), std::runtime_error);
    std::string html = assessment_html(sample(), text());
    html.replace(html.find("\"score_percent\":72"), 18, "\"score_percent\":\"x\"");
    try {
        read_assessment_report(html);
        FAIL() << "expected an error";
    } catch (const std::runtime_error& e) {
        EXPECT_STREQ(e.what(), "report data: score_percent: expected a whole number");
    }
}

TEST(Report, ShortSeriesSayNoDataInsteadOfPlotting) {
    Assessment a = sample();
    a.trends = {{"Temperature", "C", {0.0}, {36.5}, 0.0, 0.0}};
    const std::string html = assessment_html(a, text());
    EXPECT_EQ(count(html, "<polyline "), 0u);
    EXPECT_NE(html.find(text()("report.no_data")), std::string::npos);
}

}  // namespace
}  // namespace perfuse::modes
