// The step engine on a small procedure: stages and groups, completion from state (and work done ahead),
// hints by style, mistakes from state, and the score.
#include <gtest/gtest.h>

#include "procedure_loader.h"
#include "procedure_run.h"

namespace perfuse::procedures {
namespace {

const char* kProcedure = R"({"id": "small", "title": "Small", "summary": "S", "kit": "cpb_adult", "sources": "test",
  "patient": {"weight_kg": 70}, "circuit": {"type": "cpb"},
  "mistakes": [{"id": "boot_in_wrong_pump", "safety_critical": true, "explanation": "Wrong pump.",
                "when": {"mounted": "pump_boot", "at": "cardioplegia_pump"}}],
  "steps": [
    {"id": "reservoir", "group": "mount", "title": "R", "instruction": "I", "why": "W",
     "done": {"mounted": "reservoir"}, "autoplay": [{"do": "mount", "item": "reservoir", "at": "reservoir_holder"}],
     "hints": [{"after_s": 10, "text": "first hint"}, {"after_s": 20, "text": "second hint"}]},
    {"id": "oxygenator", "group": "mount", "title": "O", "instruction": "I", "why": "W",
     "done": {"mounted": "oxygenator"}, "autoplay": [{"do": "mount", "item": "oxygenator", "at": "oxygenator_holder"}]},
    {"id": "boot", "title": "B", "instruction": "I", "why": "W",
     "done": {"mounted": "pump_boot", "at": "arterial_pump", "for_s": 2}, "autoplay": [{"do": "mount", "item": "pump_boot", "at": "arterial_pump"}]}
  ]})";

std::unique_ptr<ProcedureRun> make(Style style) {
    ProcedureLoad p = parse_procedure(kProcedure, "small.json");
    EXPECT_TRUE(p.error.empty()) << p.error;
    KitLoad k = load_kit(kit_path(PERFUSE_ASSETS_DIR, "cpb_adult"));
    EXPECT_TRUE(k.error.empty()) << k.error;
    return std::make_unique<ProcedureRun>(p.procedure, k.kit, style);
}

TEST(StepEngine, StepsOfAGroupMayBeDoneInEitherOrder) {
    auto run = make(Style::practice);
    EXPECT_EQ(run->steps().current_steps(), (std::vector<int>{0, 1}));
    run->mount("oxygenator", "oxygenator_holder");
    run->update(0.1);
    EXPECT_TRUE(run->steps().step_done("oxygenator"));
    EXPECT_FALSE(run->steps().step_done("reservoir"));
    EXPECT_EQ(run->steps().current_step(), 0);
    run->mount("reservoir", "reservoir_holder");
    run->update(0.1);
    EXPECT_EQ(run->steps().current_step(), 2);
}

TEST(StepEngine, WorkDoneAheadCompletesLaterStepsAsSoonAsTheirTurnComes) {
    auto run = make(Style::practice);
    run->mount("pump_boot", "arterial_pump");
    run->update(5.0);
    EXPECT_FALSE(run->steps().step_done("boot"));  // not its turn yet
    run->mount("reservoir", "reservoir_holder");
    run->mount("oxygenator", "oxygenator_holder");
    run->update(0.1);
    EXPECT_TRUE(run->steps().step_done("oxygenator"));
    EXPECT_FALSE(run->steps().step_done("boot"));  // "for_s": 2 counts from when it is checked
    for (int i = 0; i < 25; ++i) run->update(0.1);
    EXPECT_TRUE(run->steps().finished());
}

TEST(StepEngine, NothingCompletesFromAButtonPressOnly) {
    auto run = make(Style::guided);
    run->mount("reservoir", "reservoir_holder");
    run->steps().note("action", "pressed done", "");
    run->update(0.1);
    EXPECT_FALSE(run->steps().step_done("oxygenator"));
    EXPECT_FALSE(run->steps().finished());
}

TEST(StepEngine, GuidedShowsHintsAfterTheirDelay) {
    auto run = make(Style::guided);
    run->update(9.0);
    EXPECT_TRUE(run->steps().visible_hints(0).empty());
    run->update(2.0);
    EXPECT_EQ(run->steps().visible_hints(0), (std::vector<std::string>{"first hint"}));
    run->update(10.0);
    EXPECT_EQ(run->steps().visible_hints(0).size(), 2u);
    EXPECT_FALSE(run->steps().request_hint());  // none left
}

TEST(StepEngine, PracticeGivesHintsOnRequestAndAssessNever) {
    auto practice = make(Style::practice);
    practice->update(60.0);
    EXPECT_TRUE(practice->steps().visible_hints(0).empty());
    EXPECT_TRUE(practice->steps().request_hint());
    EXPECT_EQ(practice->steps().visible_hints(0), (std::vector<std::string>{"first hint"}));
    EXPECT_EQ(practice->steps().score().hints_used, 1);
    auto assess = make(Style::assess);
    assess->update(60.0);
    EXPECT_FALSE(assess->steps().request_hint());
    EXPECT_TRUE(assess->steps().visible_hints(0).empty());
}

TEST(StepEngine, MistakesComeFromStateAndAreScored) {
    auto run = make(Style::assess);
    run->mount("reservoir", "reservoir_holder");
    run->update(1.0);
    run->mount("pump_boot", "cardioplegia_pump");
    run->update(1.0);
    ASSERT_EQ(run->steps().mistakes().size(), 1u);
    EXPECT_EQ(run->steps().mistakes()[0].id, "boot_in_wrong_pump");
    EXPECT_EQ(run->steps().mistakes()[0].step, "oxygenator");  // the step that was current
    EXPECT_EQ(run->steps().mistakes()[0].explanation, "Wrong pump.");
    run->update(1.0);
    EXPECT_EQ(run->steps().mistakes().size(), 1u);  // once
    run->mount("oxygenator", "oxygenator_holder");
    run->take("pump_boot");
    run->mount("pump_boot", "arterial_pump");
    for (int i = 0; i < 30; ++i) run->update(0.1);
    const Score s = run->steps().score();
    EXPECT_TRUE(s.finished);
    EXPECT_EQ(s.steps_total, 3);
    EXPECT_EQ(s.steps_complete, 3);
    EXPECT_EQ(s.steps_correct, 2);
    EXPECT_EQ(s.safety_critical_errors, 1);
    EXPECT_NEAR(s.time_s, 3.0 + 2.1, 0.25);
}

TEST(StepEngine, AutoplayPlaysOneActionAtItsPace) {
    auto run = make(Style::autoplay);
    run->update(1.0);
    EXPECT_FALSE(run->bench().in_use("reservoir"));
    run->update(0.6);
    EXPECT_TRUE(run->bench().in_use("reservoir"));
    for (int i = 0; i < 100 && !run->steps().finished(); ++i) run->update(0.1);
    EXPECT_TRUE(run->steps().finished());
}

}  // namespace
}  // namespace perfuse::procedures
