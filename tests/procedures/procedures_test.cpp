// Every procedure end to end: autoplay completes it; a correct script finishes with a running circuit
// and sensible flow-model values; wrong scripts are caught with the right explanation and show the
// consequence in the flow model.
#include <gtest/gtest.h>

#include "procedure_loader.h"
#include "procedure_run.h"
#include "report.h"
#include "script_runner.h"

namespace perfuse::procedures {
namespace {

std::string where(const ProcedureRun& run) {
    const int i = run.steps().current_step();
    std::string out = i >= 0 ? "stuck at step \"" + run.procedure().steps[static_cast<size_t>(i)].id + "\"" : "finished";
    for (const auto& m : run.steps().mistakes()) out += "; mistake " + m.id;
    const auto& log = run.steps().log();
    for (size_t k = log.size() > 6 ? log.size() - 6 : 0; k < log.size(); ++k) out += "; " + log[k].kind + " " + log[k].id + " " + log[k].text;
    return out;
}

// Autoplay: the app does every step itself, at a visible pace (one action every 1.5 s).
class Autoplay : public ::testing::TestWithParam<std::string> {};

TEST_P(Autoplay, CompletesEveryStepWithoutMistakes) {
    RunLoad load = start_procedure(PERFUSE_ASSETS_DIR, GetParam(), Style::autoplay);
    ASSERT_TRUE(load.error.empty()) << load.error;
    ProcedureRun& run = *load.run;
    for (int i = 0; i < 36000 && !run.steps().finished(); ++i) run.update(0.25);  // at most 2.5 h simulated
    EXPECT_TRUE(run.steps().finished()) << where(run);
    EXPECT_TRUE(run.steps().mistakes().empty()) << where(run);
    EXPECT_TRUE(run.live().error().empty()) << run.live().error();
    const Score s = run.steps().score();
    EXPECT_EQ(s.steps_correct, s.steps_total);
}

INSTANTIATE_TEST_SUITE_P(All, Autoplay, ::testing::Values("cpb", "va_ecmo_femoral", "va_ecmo_central", "vv_ecmo_femoral_jugular", "vv_ecmo_dual_lumen", "paediatric_ecmo", "ilp"));

struct ScriptResult {
    std::unique_ptr<ProcedureRun> run;
    std::string failure;
};

ScriptResult play(const std::string& name) {
    ScriptResult out;
    ScriptLoad script = load_script(std::string(PERFUSE_SCRIPTS_DIR) + "/" + name + ".json");
    if (!script.error.empty()) { out.failure = script.error; return out; }
    const Style style = style_from_string(script.script.style).value_or(Style::assess);
    RunLoad load = start_procedure(PERFUSE_ASSETS_DIR, script.script.procedure, style);
    if (!load.error.empty()) { out.failure = load.error; return out; }
    ScriptRunner runner(script.script, *load.run);
    runner.run_to_end(0.1);
    out.failure = runner.failure();
    out.run = std::move(load.run);
    return out;
}

const MistakeEvent* find_mistake(const ProcedureRun& run, const std::string& id) {
    for (const auto& m : run.steps().mistakes()) {
        if (m.id == id) return &m;
    }
    return nullptr;
}

// A correct script reaches a running circuit with sensible values (checked inside the script) and
// completes every step with no mistake.
class CorrectScript : public ::testing::TestWithParam<std::string> {};

TEST_P(CorrectScript, FinishesEveryStepWithSensibleValues) {
    ScriptResult r = play(GetParam() + "_correct");
    ASSERT_TRUE(r.failure.empty()) << r.failure;
    ASSERT_TRUE(r.run);
    EXPECT_TRUE(r.run->steps().finished()) << where(*r.run);
    const Score s = r.run->steps().score();
    EXPECT_EQ(s.mistakes, 0) << where(*r.run);
    EXPECT_EQ(s.safety_critical_errors, 0);
    EXPECT_EQ(s.hints_used, 0);  // assess shows none
    EXPECT_EQ(s.steps_correct, s.steps_total);
    EXPECT_GT(s.time_s, 60.0);
}

INSTANTIATE_TEST_SUITE_P(All, CorrectScript, ::testing::Values("cpb", "va_ecmo_femoral", "va_ecmo_central", "vv_ecmo_femoral_jugular", "vv_ecmo_dual_lumen", "paediatric_ecmo", "ilp"));

// Wrong scripts: each expects its mistake and the flow model's consequence inside the script; here we
// also check the explanation and that it counts as safety-critical in the score.
struct WrongCase {
    const char* script;
    const char* mistake;
    const char* explanation_words;
    bool safety_critical = true;
};

class WrongScript : public ::testing::TestWithParam<WrongCase> {};

TEST_P(WrongScript, IsCaughtWithTheRightExplanation) {
    const WrongCase c = GetParam();
    ScriptResult r = play(c.script);
    ASSERT_TRUE(r.failure.empty()) << r.failure;
    const MistakeEvent* m = find_mistake(*r.run, c.mistake);
    ASSERT_NE(m, nullptr) << where(*r.run);
    EXPECT_NE(m->explanation.find(c.explanation_words), std::string::npos) << m->explanation;
    EXPECT_EQ(m->safety_critical, c.safety_critical);
    EXPECT_EQ(r.run->steps().score().safety_critical_errors >= 1, c.safety_critical);
    EXPECT_FALSE(r.run->steps().finished());
}

INSTANTIATE_TEST_SUITE_P(
    Wrong, WrongScript,
    ::testing::Values(WrongCase{"cpb_no_heparin", "no_heparin", "clots"},
        WrongCase{"cpb_missed_deair", "air_pumped", "bubble detector has stopped the pump"},
        WrongCase{"cpb_clamp_left_on", "arterial_clamp_on", "still clamped"},
        WrongCase{"cpb_reversed_lines", "lines_swapped", "wrong cannulae"},
        WrongCase{"cpb_boot_reversed", "boot_reversed", "wrong way round"},
        WrongCase{"va_ecmo_femoral_no_heparin", "no_heparin", "clots"},
        WrongCase{"ilp_melphalan_with_leak", "melphalan_with_leak", "leak to the rest of the body"},
        WrongCase{"ilp_decannulated_before_washout", "decannulated_before_washout", "before the drug was washed out"},
        WrongCase{"va_ecmo_femoral_speed_up_in_chatter", "speed_up_in_chatter", "suction stronger", false}),
    [](const auto& info) { return std::string(info.param.script); });

TEST(Scripts, RefusedActionsAreReportedAndTheRunGoesOn) {
    ScriptResult r = play("cpb_refusals");
    EXPECT_TRUE(r.failure.empty()) << r.failure;
    int refused = 0;
    for (const auto& l : r.run->steps().log()) refused += l.kind == "refused" ? 1 : 0;
    EXPECT_EQ(refused, 3);
}

TEST(Scripts, AFailedExpectationNamesTheActionAndWhatDiffered) {
    RunLoad load = start_procedure(PERFUSE_ASSETS_DIR, "cpb", Style::assess);
    ASSERT_TRUE(load.error.empty()) << load.error;
    ScriptLoad s = parse_script(R"({"actions": [
      {"do": "mount", "item": "reservoir", "at": "reservoir_holder"},
      {"do": "expect", "condition": {"value": "pump_flow_l_min", "min": 2}}]})", "t.json");
    ASSERT_TRUE(s.error.empty()) << s.error;
    ScriptRunner runner(s.script, *load.run);
    runner.run_to_end();
    EXPECT_TRUE(runner.failed());
    EXPECT_NE(runner.failure().find("actions[1] expect"), std::string::npos) << runner.failure();
    EXPECT_NE(runner.failure().find("pump_flow_l_min"), std::string::npos) << runner.failure();
    EXPECT_NE(runner.failure().find("current step: console_check"), std::string::npos) << runner.failure();
}

TEST(Scripts, WaitUntilFailsAtItsTimeout) {
    RunLoad load = start_procedure(PERFUSE_ASSETS_DIR, "cpb", Style::assess);
    ASSERT_TRUE(load.error.empty());
    ScriptLoad s = parse_script(R"({"actions": [{"do": "wait_until", "step": "prime", "timeout_s": 5}]})", "t.json");
    ASSERT_TRUE(s.error.empty()) << s.error;
    ScriptRunner runner(s.script, *load.run);
    runner.run_to_end();
    EXPECT_NE(runner.failure().find("not reached after 5 s"), std::string::npos) << runner.failure();
    EXPECT_NEAR(load.run->live().time_s(), 5.0, 0.2);
}

TEST(Report, HoldsTheStepLogScoreAndFinalState) {
    ScriptResult r = play("cpb_clamp_left_on");
    ASSERT_TRUE(r.run);
    const std::string json = report_json(*r.run, r.failure);
    EXPECT_NE(json.find("\"arterial_clamp_on\""), std::string::npos);
    EXPECT_NE(json.find("\"final_state\""), std::string::npos);
    EXPECT_NE(json.find("\"arterial_line_mmHg\""), std::string::npos);
    EXPECT_NE(json.find("\"safety_critical_errors\": 1"), std::string::npos) << json.substr(0, 400);
}

}  // namespace
}  // namespace perfuse::procedures
