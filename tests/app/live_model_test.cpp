// The app's live flow model: each room runs its default circuit, time control turns frame time into
// whole fixed steps (pause, 1x, 2x, 10x; the same steps on any machine), a procedure can hand in its
// own simulation and take it back, and a broken asset folder is one line naming the file.
#include <string>
#include <utility>
#include <vector>

#include <gtest/gtest.h>

#include "app/app_paths.h"
#include "app/live_model.h"

namespace perfuse {
namespace {

constexpr double kFrameS = 1.0 / 60.0;  // the headless run's fixed frame

void run_frames(LiveModel& m, int frames) {
    for (int i = 0; i < frames; ++i) m.update(kFrameS);
}

TEST(LiveModel, EachRoomRunsItsDefaultCircuit) {
    LiveModel m(asset_dir());
    EXPECT_EQ(m.load_room("theatre"), "");
    ASSERT_TRUE(m.has_model());
    EXPECT_EQ(m.sim()->type(), phys::CircuitType::cpb);
    EXPECT_EQ(m.load_room("icu"), "");
    EXPECT_EQ(m.sim()->type(), phys::CircuitType::va_ecmo);
    EXPECT_EQ(m.load_room("ilp"), "");
    EXPECT_EQ(m.sim()->type(), phys::CircuitType::ilp);
    EXPECT_EQ(m.load_room("placeholder"), "");  // a room with no circuit: nothing runs, nothing fails
    EXPECT_FALSE(m.has_model());
    EXPECT_EQ(m.update(1.0), 0);
}

TEST(LiveModel, TimeControlStepsWholeFixedStepsAtEachSpeed) {
    LiveModel m(asset_dir());
    ASSERT_EQ(m.load_room("theatre"), "");
    run_frames(m, 60);  // 1 s at 1x: 50 steps of 20 ms
    EXPECT_NEAR(m.sim()->time_s(), 1.0, 1e-9);
    set_speed(m.time(), 10.0);
    run_frames(m, 60);
    EXPECT_NEAR(m.sim()->time_s(), 11.0, 1e-9);
    set_speed(m.time(), 0.0);
    run_frames(m, 60);
    EXPECT_NEAR(m.sim()->time_s(), 11.0, 1e-9);
    EXPECT_NEAR(m.console().readings.t_s, m.sim()->time_s(), 1e-9);  // the console shows the latest step
}

TEST(LiveModel, AProcedureSimulationIsShownAndSteppedThenHandedBack) {
    LiveModel m(asset_dir());
    ASSERT_EQ(m.load_room("theatre"), "");
    phys::CircuitOptions ecmo;
    ecmo.type = phys::CircuitType::vv_ecmo;
    phys::Simulation procedure(phys::PatientSpec{}, ecmo);
    m.use(&procedure);
    EXPECT_TRUE(m.using_external());
    EXPECT_EQ(m.sim(), &procedure);
    run_frames(m, 60);
    EXPECT_NEAR(procedure.time_s(), 1.0, 1e-9);
    EXPECT_TRUE(m.console().readings.recirculation.has_value());  // an ECMO reading: the console follows
    m.use(nullptr);
    EXPECT_FALSE(m.using_external());
    EXPECT_EQ(m.sim()->type(), phys::CircuitType::cpb);
}

TEST(LiveModel, ControlsChangeTheModelAtOnce) {
    LiveModel m(asset_dir());
    ASSERT_EQ(m.load_room("theatre"), "");
    phys::SettingsPatch clamp;
    clamp.arterial_clamp = true;
    m.apply(clamp);
    EXPECT_TRUE(m.sim()->settings().arterial_clamp);
    m.inject(phys::Fault::power_loss);
    EXPECT_TRUE(m.sim()->fault_active(phys::Fault::power_loss));
    m.clear_fault(phys::Fault::power_loss);
    EXPECT_FALSE(m.sim()->fault_active(phys::Fault::power_loss));
}

// A console slider routed to a procedure: while it is dragged the model follows it at once and the
// procedure hears nothing; when it is let go the procedure gets the value once.
TEST(LiveModel, ADraggedControlReachesTheSetterOnceWhenLetGo) {
    LiveModel m(asset_dir());
    ASSERT_EQ(m.load_room("theatre"), "");
    std::vector<std::pair<std::string, double>> offered;
    m.set_control_setter([&](const std::string& key, double value) {
        offered.emplace_back(key, value);
        return true;
    });
    phys::SettingsPatch sweep;
    for (const double v : {1.0, 2.0, 3.5}) {
        sweep.sweep_l_min = v;
        m.apply(sweep, LiveModel::ControlEdit::dragging);
        EXPECT_DOUBLE_EQ(m.sim()->settings().sweep_l_min.value_or(0.0), v);  // the model follows the drag
    }
    EXPECT_TRUE(offered.empty());
    m.apply(sweep);  // let go
    ASSERT_EQ(offered.size(), 1u);
    EXPECT_EQ(offered[0].first, "sweep_l_min");
    EXPECT_DOUBLE_EQ(offered[0].second, 3.5);
}

// A crisis written for the room's circuit kind plays on the running model (same object, the trainee's
// settings kept, the fault after the lead); one for another kind replaces it, as before.
TEST(LiveModel, ACrisisOfTheRoomsCircuitKindPlaysOnTheRunningModel) {
    LiveModel m(asset_dir());
    ASSERT_EQ(m.load_room("theatre"), "");
    run_frames(m, 120);
    phys::SettingsPatch trainee;
    trainee.heater_c = 34.0;
    m.apply(trainee);
    const phys::Simulation* running = m.sim();
    const double now_s = m.sim()->time_s();
    const CrisisResult kink = load_crisis((asset_dir() / "crises" / "arterial_line_kink.json").string());
    ASSERT_TRUE(kink.crisis) << kink.error;
    ASSERT_EQ(m.start_crisis(*kink.crisis, 1.0), "");
    EXPECT_EQ(m.sim(), running);
    ASSERT_NE(m.crisis(), nullptr);
    EXPECT_NEAR(m.crisis()->crisis.onset_s, now_s + 1.0, 1e-9);
    run_frames(m, 90);
    EXPECT_TRUE(m.sim()->settings().arterial_clamp);
    EXPECT_DOUBLE_EQ(m.sim()->settings().heater_c.value_or(0.0), 34.0);
    m.end_crisis();
    EXPECT_EQ(m.crisis(), nullptr);
    EXPECT_EQ(m.sim(), running);
}

TEST(LiveModel, ACrisisOfAnotherCircuitKindReplacesTheModel) {
    LiveModel m(asset_dir());
    ASSERT_EQ(m.load_room("icu"), "");
    const CrisisResult oxy = load_crisis((asset_dir() / "crises" / "oxygenator_failure.json").string());
    ASSERT_TRUE(oxy.crisis) << oxy.error;
    ASSERT_EQ(m.start_crisis(*oxy.crisis), "");
    EXPECT_EQ(m.sim()->type(), phys::CircuitType::vv_ecmo);
    m.end_crisis();
    EXPECT_EQ(m.sim()->type(), phys::CircuitType::va_ecmo);
}

TEST(LiveModel, AMissingScenarioIsOneLineNamingTheFile) {
    LiveModel m("/nonexistent/assets");
    const std::string error = m.load_room("theatre");
    EXPECT_NE(error.find("cpb_adult.json"), std::string::npos) << error;
    EXPECT_EQ(error.find('\n'), std::string::npos);
    EXPECT_FALSE(m.has_model());
}

}  // namespace
}  // namespace perfuse
