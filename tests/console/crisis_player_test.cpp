// A crisis played live, step by step, the way the app's LiveModel plays it (step_with_crisis): the
// right response restores the safe values at the assessment and the common mistake does not; a
// trainee who acts through the console's controls (a settings patch mid-run) is assessed the same way.
#include <gtest/gtest.h>

#include <cmath>

#include "crisis_player.h"
#include "runner.h"

namespace perfuse {
namespace {

Crisis load(const std::string& id) {
    CrisisResult r = load_crisis(std::string(PERFUSE_CRISIS_DIR) + "/" + id + ".json");
    EXPECT_EQ(r.error, "");
    return r.crisis.value_or(Crisis{});
}

struct Played {
    CrisisPlayer player;
    Readings at_end;
};

// Plays to the assessment; ACT(t, sim) may change settings as a trainee would.
template <typename Act>
Played play(const Crisis& crisis, std::optional<CrisisResponse> response, Act act) {
    std::string error;
    auto sim = scenarios::start(crisis.scenario, &error);
    EXPECT_NE(sim, nullptr) << error;
    Played out{make_crisis_player(crisis), {}};
    if (!sim) return out;
    ConsoleSession c = make_console_session(*sim, AlarmSet{});
    c.trends = trends_for_crisis(crisis, c.trends.options);
    const double end_s = crisis.onset_s + crisis.assess_after_s + 1.0;
    const auto steps = static_cast<long>(std::llround(end_s / phys::kDefaultStepS));
    for (long i = 0; i < steps; ++i) {
        if (response && sim->time_s() >= crisis.onset_s) play_response(out.player, *response, sim->time_s());
        if (act(*sim)) refresh_console(c, *sim);
        step_with_crisis(c, *sim, &out.player, phys::kDefaultStepS);
    }
    out.at_end = c.readings;
    EXPECT_FALSE(debrief_windows(crisis, c.trends, crisis.onset_s).front().points.empty());
    return out;
}

bool no_action(phys::Simulation&) { return false; }

class LiveCrisis : public ::testing::TestWithParam<const char*> {};

TEST_P(LiveCrisis, RightResponseIsSafeAndTheMistakeIsNot) {
    const Crisis c = load(GetParam());
    const Played right = play(c, CrisisResponse::correct, no_action);
    ASSERT_TRUE(right.player.assessed);
    EXPECT_TRUE(right.player.safe);
    if (!c.wrong_response.empty()) {
        const Played wrong = play(c, CrisisResponse::wrong, no_action);
        ASSERT_TRUE(wrong.player.assessed);
        EXPECT_FALSE(wrong.player.safe);
    }
}

INSTANTIATE_TEST_SUITE_P(Crises, LiveCrisis, ::testing::Values("arterial_line_kink", "oxygenator_failure"));

TEST(LiveCrisis, TraineeUnclampingTheArterialLineThroughTheControlsRestoresFlow) {
    const Crisis c = load("arterial_line_kink");
    bool done = false;
    const Played trainee = play(c, std::nullopt, [&](phys::Simulation& sim) {
        if (done || sim.time_s() < c.onset_s + 20.0) return false;  // noticed 20 s after the kink
        phys::SettingsPatch unclamp;
        unclamp.arterial_clamp = false;
        sim.apply(unclamp);
        done = true;
        return true;
    });
    ASSERT_TRUE(trainee.player.assessed);
    EXPECT_TRUE(trainee.player.safe);
    const Played nothing = play(c, std::nullopt, no_action);
    EXPECT_FALSE(nothing.player.safe);
}

TEST(LiveCrisis, AResponseAskedForLateStartsThen) {
    const Crisis c = load("oxygenator_failure");
    CrisisPlayer p = make_crisis_player(c);
    const double late_s = c.onset_s + 200.0;
    play_response(p, CrisisResponse::correct, late_s);
    ASSERT_EQ(p.events.size(), c.scenario.events.size() + c.inject.size() + c.response.size());
    EXPECT_NEAR(p.events.back().t_s - p.events[p.events.size() - c.response.size()].t_s,
                c.response.back().t_s - c.response.front().t_s, 1e-9);
    EXPECT_NEAR(p.events[p.events.size() - c.response.size()].t_s, late_s, 1e-9);
    play_response(p, CrisisResponse::wrong, late_s);  // one response per crisis
    EXPECT_EQ(p.played, CrisisResponse::correct);
}

// A crisis started in a room whose circuit is the crisis's kind plays on that running circuit: the same
// model goes on (the trainee's settings, the patient as they are), the fault arrives after the lead, and
// the right response is still safe and the mistake still is not.
struct OnRunning {
    CrisisPlayer player;
    double heater_c = 0.0;   // a setting the trainee made before the crisis
    double onset_s = 0.0;
    bool clamped_at_onset = false;
};

OnRunning play_on_running_cpb(CrisisResponse response) {
  const scenarios::ParseResult room = scenarios::load_scenario(std::string(PERFUSE_CRISIS_DIR) + "/../scenarios/cpb_adult.json");
    EXPECT_TRUE(room.scenario) << room.error;
    std::string error;
    auto sim = scenarios::start(*room.scenario, &error);
    EXPECT_NE(sim, nullptr) << error;
    OnRunning out;
    if (!sim) return out;
    ConsoleSession c = make_console_session(*sim, AlarmSet{});
    phys::SettingsPatch trainee;
    trainee.heater_c = 34.0;
    sim->apply(trainee);
    for (int i = 0; i < 6000; ++i) step_console(c, *sim, phys::kDefaultStepS);  // 2 minutes of the room's run

    const Crisis kink = load("arterial_line_kink");
    EXPECT_TRUE(crisis_fits(kink, *sim));
    out.player = make_crisis_player_on_running(kink, sim->time_s(), 10.0);
    out.onset_s = out.player.crisis.onset_s;
    c.trends = trends_for_crisis(kink, c.trends.options);
    const double end_s = out.onset_s + kink.assess_after_s + 1.0;
    while (sim->time_s() < end_s) {
        if (sim->time_s() >= out.onset_s) {
            play_response(out.player, response, sim->time_s());
            out.clamped_at_onset = out.clamped_at_onset || sim->settings().arterial_clamp;
        }
        step_with_crisis(c, *sim, &out.player, phys::kDefaultStepS);
    }
    out.heater_c = sim->settings().heater_c.value_or(0.0);
    EXPECT_FALSE(debrief_windows(out.player.crisis, c.trends, out.onset_s).front().points.empty());
    return out;
}

TEST(CrisisOnRunningCircuit, PlaysItsFaultOnTheRoomsOwnModel) {
    const OnRunning right = play_on_running_cpb(CrisisResponse::correct);
    EXPECT_NEAR(right.onset_s, 120.0 + 10.0, 0.05);  // the room's own clock, not the crisis file's 60 s
    EXPECT_TRUE(right.clamped_at_onset);
    EXPECT_DOUBLE_EQ(right.heater_c, 34.0);  // the trainee's setting stayed: nothing was replaced
    ASSERT_TRUE(right.player.assessed);
    EXPECT_TRUE(right.player.safe);
    const OnRunning wrong = play_on_running_cpb(CrisisResponse::wrong);
    ASSERT_TRUE(wrong.player.assessed);
    EXPECT_FALSE(wrong.player.safe);
}

TEST(CrisisOnRunningCircuit, OnlyACrisisOfTheSameCircuitKindFits) {
  const scenarios::ParseResult room = scenarios::load_scenario(std::string(PERFUSE_CRISIS_DIR) + "/../scenarios/cpb_adult.json");
    ASSERT_TRUE(room.scenario) << room.error;
    std::string error;
    auto cpb = scenarios::start(*room.scenario, &error);
    ASSERT_NE(cpb, nullptr) << error;
    EXPECT_TRUE(crisis_fits(load("power_loss"), *cpb));
    EXPECT_FALSE(crisis_fits(load("oxygenator_failure"), *cpb));  // a VV ECMO crisis replaces the model
    EXPECT_FALSE(crisis_fits(load("ilp_systemic_leak"), *cpb));
}

// Ending it clears the faults it injected on the running model.
TEST(CrisisOnRunningCircuit, EndingItClearsItsFaults) {
    const Crisis power = load("power_loss");
    std::string error;
    auto sim = scenarios::start(power.scenario, &error);
    ASSERT_NE(sim, nullptr) << error;
    ConsoleSession c = make_console_session(*sim, AlarmSet{});
    CrisisPlayer p = make_crisis_player_on_running(power, sim->time_s(), 1.0);
    for (int i = 0; i < 200; ++i) step_with_crisis(c, *sim, &p, phys::kDefaultStepS);
    ASSERT_TRUE(sim->fault_active(phys::Fault::power_loss));
    end_crisis_on_running(p, *sim);
    EXPECT_FALSE(sim->fault_active(phys::Fault::power_loss));
}

}  // namespace
}  // namespace perfuse
