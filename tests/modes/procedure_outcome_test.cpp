// A real procedure run (content/procedures) mapped into the supervisor's report and the progress:
// autoplayed CPB scores full marks and reads back from its report; an untouched assess run fails
// with every step "not done"; the score rules come from the data.
#include <gtest/gtest.h>

#include "modes/assessment_report.h"
#include "modes/procedure_outcome.h"
#include "modes_test_files.h"
#include "procedure_run.h"

namespace perfuse::modes {
namespace {

const ScoringRules& rules() {
    static const ScoringRules r = load_scoring_rules(test::kAssets / "modes" / "learn.json");
    return r;
}

const ModeText& text() {
    static const ModeText t = load_mode_text(test::kAssets / "modes" / "en.json");
    return t;
}

TEST(ProcedureOutcome, ScoreIsStepShareLessPenaltiesFromData) {
    EXPECT_EQ(rules().pass_percent, 70);
    procedures::Score s{.steps_total = 20, .steps_complete = 20, .steps_correct = 18, .mistakes = 3,
                        .safety_critical_errors = 1, .hints_used = 0, .time_s = 600.0, .finished = true};
    // 90% of steps right, two ordinary mistakes (-10) and one safety-critical (-25).
    EXPECT_EQ(score_percent(s, rules()), 55);
    EXPECT_FALSE(passed(s, rules()));
    s.mistakes = 0;
    s.safety_critical_errors = 0;
    EXPECT_EQ(score_percent(s, rules()), 90);
    EXPECT_TRUE(passed(s, rules()));
    s.finished = false;
    EXPECT_FALSE(passed(s, rules()));  // every step must be done
    s.mistakes = 40;
    EXPECT_EQ(score_percent(s, rules()), 0);  // never below zero
}

TEST(ProcedureOutcome, AutoplayedBypassGetsFullMarksAndItsReportReadsBack) {
    procedures::RunLoad load = procedures::start_procedure(PERFUSE_ASSETS_DIR, "cpb", procedures::Style::autoplay);
    ASSERT_TRUE(load.run) << load.error;
    procedures::ProcedureRun& run = *load.run;
    for (int i = 0; i < 36000 && !run.steps().finished(); ++i) run.update(0.25);
    ASSERT_TRUE(run.steps().finished());
    const RunContext context{.trainee = "", .patient = "Adult, Healthy heart", .date = "2026-11-26", .trends = {}, .crises = {}};
    const Assessment a = assessment_from_run(run.steps(), context, rules(), text());
    EXPECT_EQ(a.steps.size(), run.procedure().steps.size());
    EXPECT_EQ(a.steps_correct(), int(a.steps.size()));
    EXPECT_EQ(a.score_percent, 100);
    EXPECT_TRUE(a.passed);
    EXPECT_TRUE(a.errors.empty());
    EXPECT_EQ(a.procedure, run.procedure().title);
    EXPECT_EQ(read_assessment_report(assessment_html(a, text())), a);

    const RunOutcome outcome = outcome_from_run(run.steps(), "cpb", context.patient, rules());
    EXPECT_TRUE(outcome.completed);
    EXPECT_EQ(outcome.steps_done, outcome.steps_total);
    EXPECT_EQ(outcome.score_percent, -1);  // autoplay is not assessed
}

// Femoral VA ECMO has a troubleshooting step (bleeding makes the lines chatter): the report lists it
// as a crisis, handled by autoplay with a response time, and not handled by a run that never got there.
TEST(ProcedureOutcome, TroubleshootingStepsAreTheReportsCrises) {
    procedures::RunLoad load = procedures::start_procedure(PERFUSE_ASSETS_DIR, "va_ecmo_femoral", procedures::Style::autoplay);
    ASSERT_TRUE(load.run) << load.error;
    procedures::ProcedureRun& run = *load.run;
    for (int i = 0; i < 36000 && !run.steps().finished(); ++i) run.update(0.25);
    ASSERT_TRUE(run.steps().finished());
    const Assessment a = assessment_from_run(run.steps(), {}, rules(), text());
    ASSERT_EQ(a.crises.size(), 1u);
    EXPECT_TRUE(a.crises[0].handled);
    EXPECT_GT(a.crises[0].onset_s, 0.0);
    EXPECT_GT(a.crises[0].response_s, 0.0);
    EXPECT_LT(a.crises[0].onset_s + a.crises[0].response_s, a.duration_s + 1e-9);
    EXPECT_EQ(read_assessment_report(assessment_html(a, text())), a);

    procedures::RunLoad idle = procedures::start_procedure(PERFUSE_ASSETS_DIR, "va_ecmo_femoral", procedures::Style::assess);
    ASSERT_TRUE(idle.run) << idle.error;
    for (int i = 0; i < 40; ++i) idle.run->update(0.25);
    const Assessment untouched = assessment_from_run(idle.run->steps(), {}, rules(), text());
    ASSERT_EQ(untouched.crises.size(), 1u);
    EXPECT_FALSE(untouched.crises[0].handled);
    EXPECT_EQ(untouched.crises[0].response_s, -1.0);
    EXPECT_EQ(untouched.crises[0].note, "Not done.");
}

TEST(ProcedureOutcome, UntouchedAssessRunFailsWithEveryStepNotDone) {
    procedures::RunLoad load = procedures::start_procedure(PERFUSE_ASSETS_DIR, "cpb", procedures::Style::assess);
    ASSERT_TRUE(load.run) << load.error;
    for (int i = 0; i < 240; ++i) load.run->update(0.25);  // a minute of doing nothing
    const Assessment a = assessment_from_run(load.run->steps(), {}, rules(), text());
    EXPECT_FALSE(a.passed);
    EXPECT_EQ(a.score_percent, 0);
    ASSERT_FALSE(a.steps.empty());
    EXPECT_EQ(a.steps.front().note, "Not done.");
    const RunOutcome outcome = outcome_from_run(load.run->steps(), "cpb", "Adult", rules());
    EXPECT_FALSE(outcome.completed);
    EXPECT_EQ(outcome.score_percent, 0);
    Progress progress;
    record_run(progress, outcome);
    EXPECT_EQ(progress.procedures.at("cpb").best_score_percent, 0);
    EXPECT_EQ(progress.procedures.at("cpb").last_style, "assess");
}

}  // namespace
}  // namespace perfuse::modes
