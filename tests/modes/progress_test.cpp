// Progress per procedure: runs add up, saves round-trip, and a broken or newer save is reported,
// kept aside, and a fresh progress started (never a crash, never silent loss).
#include <gtest/gtest.h>

#include "modes/progress.h"
#include "modes_test_files.h"

namespace perfuse::modes {
namespace {

TEST(Progress, RunsAddUpPerProcedure) {
    Progress p;
    record_run(p, {.procedure = "cpb", .style = "guided", .patient = "Adult", .steps_done = 12, .steps_total = 20,
                   .completed = false, .score_percent = -1, .time_s = 300.0});
    record_run(p, {.procedure = "cpb", .style = "assess", .patient = "Child", .steps_done = 20, .steps_total = 20,
                   .completed = true, .score_percent = 85, .time_s = 600.0});
    record_run(p, {.procedure = "cpb", .style = "assess", .patient = "Child", .steps_done = 20, .steps_total = 20,
                   .completed = true, .score_percent = 70, .time_s = 500.0});
    record_run(p, {.procedure = "ilp", .style = "practice", .patient = "Adult", .steps_done = 3, .steps_total = 15,
                   .completed = false, .score_percent = -1, .time_s = 60.0});
    const ProcedureProgress& cpb = p.procedures.at("cpb");
    EXPECT_EQ(cpb.attempts, 3);
    EXPECT_EQ(cpb.completions, 2);
    EXPECT_EQ(cpb.best_score_percent, 85);  // the best, not the latest
    EXPECT_EQ(cpb.last_step_reached, 20);
    EXPECT_DOUBLE_EQ(cpb.practice_time_s, 1400.0);
    EXPECT_EQ(cpb.last_patient, "Child");
    EXPECT_EQ(p.procedures.at("ilp").best_score_percent, -1);
    EXPECT_EQ(p.procedures.size(), 2u);
}

TEST(Progress, SaveAndLoadRoundTrip) {
    test::ScratchDir dir;
    const auto file = dir.path() / "progress.json";
    Progress p;
    record_run(p, {.procedure = "va-ecmo", .style = "assess", .patient = "Newborn baby, failing heart",
                   .steps_done = 9, .steps_total = 18, .completed = false, .score_percent = 40, .time_s = 123.5});
    record_run(p, {.procedure = "cpb", .style = "guided", .patient = "Adult", .steps_done = 20, .steps_total = 20,
                   .completed = true, .score_percent = -1, .time_s = 900.0});
    ASSERT_EQ(save_progress(file, p), "");
    const ProgressLoad loaded = load_progress(file);
    EXPECT_EQ(loaded.warning, "");
    EXPECT_EQ(loaded.progress, p);
}

TEST(Progress, CorruptSaveIsKeptAsideAndAFreshOneStarted) {
    test::ScratchDir dir;
    const auto file = dir.path() / "progress.json";
    const std::string broken = "{\"version\": 1, \"procedures\": {\"cpb\": {\"attempts\": \"many\"}}}";
    test::write_text(file, broken);
    const ProgressLoad loaded = load_progress(file);
    EXPECT_TRUE(loaded.progress.procedures.empty());
    EXPECT_EQ(loaded.warning, file.string() +
                                  ": procedures.cpb.attempts: expected a whole number; kept as progress.json.bad-1, "
                                  "starting a fresh one");
    EXPECT_EQ(test::read_text(dir.path() / "progress.json.bad-1"), broken);
    // The fresh progress saves where the broken one was.
    Progress fresh = loaded.progress;
    record_run(fresh, {.procedure = "cpb", .style = "guided", .patient = "Adult", .steps_done = 1, .steps_total = 20,
                       .completed = false, .score_percent = -1, .time_s = 10.0});
    ASSERT_EQ(save_progress(file, fresh), "");
    EXPECT_EQ(load_progress(file).progress, fresh);
}

TEST(Progress, ImpossibleNumbersAndNewerVersionsAreRejected) {
    EXPECT_THROW(progress_from_json("{\"version\": 1, \"procedures\": {\"cpb\": {\"attempts\": 1, \"completions\": 3}}}"),
                 std::runtime_error);
    EXPECT_THROW(progress_from_json("{\"version\": 1, \"procedures\": {\"cpb\": {\"best_score_percent\": 250}}}"),
                 std::runtime_error);
    test::ScratchDir dir;
    const auto file = dir.path() / "progress.json";
    test::write_text(file, "{\"version\": 2, \"procedures\": {}}");
    const ProgressLoad loaded = load_progress(file);
    EXPECT_NE(loaded.warning.find("version 2 is newer than this Perfuse understands (1)"), std::string::npos);
    EXPECT_TRUE(std::filesystem::exists(dir.path() / "progress.json.bad-1"));
}

TEST(Progress, UnreadableFolderIsOneLineNotACrash) {
    const std::string error = save_progress("/nonexistent/perfuse/progress.json", Progress{});
    EXPECT_NE(error.find("/nonexistent/perfuse/progress.json"), std::string::npos);
    EXPECT_EQ(error.find('\n'), std::string::npos);
}

}  // namespace
}  // namespace perfuse::modes
