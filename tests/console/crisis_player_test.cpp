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

}  // namespace
}  // namespace perfuse
