// The machine screens in the rooms show the flow model's own numbers: every row a screen draws is the
// model's value formatted as the console panels format it, the screens follow the running circuit
// (a machine that is not running stands by; the ICU's two ECMO carts each show only their own kind of
// patient), and each room material "screen:<id>" finds its screen.
#include <gtest/gtest.h>

#include "app/app_paths.h"
#include "app/live_model.h"
#include "app/screen_content.h"
#include "display.h"
#include "runner.h"
#include "scenario.h"

namespace perfuse {
namespace {

ConsoleText console_text() {
    ConsoleTextResult loaded = load_console_text(asset_dir() / "console" / "console_text.json");
    EXPECT_EQ(loaded.error, "");
    return loaded.text;
}

// Runs room ROOM's default circuit for 60 simulated seconds.
void run_room(LiveModel& m, const std::string& room) {
    ASSERT_EQ(m.load_room(room), "");
    m.step(6000);  // 10 ms steps
}

std::vector<std::string> row_names(const std::vector<ScreenGroup>& groups) {
    std::vector<std::string> names;
    for (const ScreenGroup& g : groups)
        for (const ScreenRow& row : g.rows) names.push_back(row.reading);
    return names;
}

struct Case {
    std::string room;
    ScreenKind screen;
};

class ScreenRows : public ::testing::TestWithParam<Case> {};

// Checks that screen SCREEN shows the console of what M runs, row by row, with the model's values.
void expect_console_rows(const LiveModel& m, ScreenKind screen, const ConsoleText& text) {
    const RunningCircuit running = running_circuit(m.sim());
    const Readings& r = m.console().readings;
    const std::vector<ScreenGroup> groups = screen_groups(screen, running, r, text);
    // The console's own groups, in its order, with its headings.
    const std::vector<ConsoleGroup> console = console_groups(running.console);
    ASSERT_FALSE(console.empty());
    ASSERT_EQ(groups.size(), console.size());
    for (std::size_t i = 0; i < groups.size(); ++i) {
        EXPECT_EQ(groups[i].title, text[console[i].title]);
        ASSERT_EQ(groups[i].rows.size(), console[i].readings.size());
        for (std::size_t k = 0; k < groups[i].rows.size(); ++k) {
            const ScreenRow& row = groups[i].rows[k];
            EXPECT_EQ(row.reading, console[i].readings[k]);
            EXPECT_EQ(row.label, text.reading(row.reading).label);
            EXPECT_EQ(row.unit, text.reading(row.reading).unit);
            const std::optional<double> value = value_of(r, *find_reading(row.reading));
            EXPECT_EQ(row.value, is_duration(row.reading) ? format_duration(value)
                                                          : format_value(value, display_format(row.reading)))
                << row.reading;
        }
    }
    // Spot checks straight against the model's snapshot, so a screen row cannot drift from the model.
    const phys::Snapshot snap = m.sim()->snapshot();
    for (const ScreenGroup& g : groups)
        for (const ScreenRow& row : g.rows) {
            if (row.reading == "pump_flow_l_min") {
                EXPECT_EQ(row.value, format_value(snap.pump_flow_l_min, display_format(row.reading)));
                EXPECT_NE(row.value, "--");
            }
            if (row.reading == "limb_flow_ml_min") {
                EXPECT_EQ(row.value, format_value(snap.limb_flow_ml_min, display_format(row.reading)));
            }
            if (row.reading == "leak_percent") {
                EXPECT_EQ(row.value, format_value(snap.leak_percent, display_format(row.reading)));
            }
            if (row.reading == "bypass_s") {
                EXPECT_EQ(row.value, format_duration(m.console().timers.bypass_s));
            }
        }
}

TEST_P(ScreenRows, AreTheConsolesRowsWithTheModelsValues) {
    const ConsoleText text = console_text();
    LiveModel m(asset_dir());
    run_room(m, GetParam().room);
    expect_console_rows(m, GetParam().screen, text);
    const RunningCircuit running = running_circuit(m.sim());
    const Readings& r = m.console().readings;
    const phys::Snapshot snap = m.sim()->snapshot();
    // The patient monitor beside it: the monitor's numbers in order, MAP as the model has it.
    const std::vector<ScreenGroup> monitor = screen_groups(ScreenKind::patient_monitor, running, r, text);
    ASSERT_EQ(monitor.size(), 1u);
    EXPECT_EQ(row_names(monitor), monitor_readings());
    for (const ScreenRow& row : monitor.front().rows) {
        if (row.reading == "map_mmHg") {
            EXPECT_EQ(row.value, format_value(snap.map_mmHg, display_format("map_mmHg")));
        }
    }
}

INSTANTIATE_TEST_SUITE_P(Rooms, ScreenRows,
                         ::testing::Values(Case{"theatre", ScreenKind::hlm_main}, Case{"icu", ScreenKind::ecmo_console},
                                           Case{"ilp", ScreenKind::ilp_console}));

TEST(ScreenRows, AMachineThatIsNotRunningStandsBy) {
    const ConsoleText text = console_text();
    LiveModel m(asset_dir());
    run_room(m, "icu");  // adult ECMO runs; the other machines' screens have nothing
    const RunningCircuit running = running_circuit(m.sim());
    EXPECT_EQ(running.console, ConsoleKind::ecmo);
    EXPECT_FALSE(running.paediatric);
    const Readings& r = m.console().readings;
    EXPECT_TRUE(screen_groups(ScreenKind::hlm_main, running, r, text).empty());
    EXPECT_TRUE(screen_groups(ScreenKind::ilp_console, running, r, text).empty());
    EXPECT_TRUE(screen_groups(ScreenKind::paediatric_ecmo_console, running, r, text).empty());
    EXPECT_FALSE(screen_groups(ScreenKind::ecmo_console, running, r, text).empty());
    EXPECT_TRUE(screen_groups(ScreenKind::patient_monitor, RunningCircuit{}, r, text).empty());
    EXPECT_TRUE(screen_groups(ScreenKind::ecmo_console, running_circuit(nullptr), r, text).empty());
}

TEST(ScreenRows, ThePaediatricCartShowsTheChildsCircuitAndTheAdultCartStandsBy) {
    const ConsoleText text = console_text();
    LiveModel m(asset_dir());
    ASSERT_EQ(m.load_room("icu"), "");
    const scenarios::ParseResult neonatal = scenarios::load_scenario((asset_dir() / "scenarios" / "va_ecmo_neonatal.json").string());
    ASSERT_TRUE(neonatal.scenario) << neonatal.error;
    std::string error;
    std::unique_ptr<phys::Simulation> sim = scenarios::start(*neonatal.scenario, &error);
    ASSERT_NE(sim, nullptr) << error;
    m.use(sim.get());  // as a paediatric ECMO procedure hands its circuit to the room
    m.step(6000);
    const RunningCircuit running = running_circuit(m.sim());
    EXPECT_EQ(running.console, ConsoleKind::ecmo);
    EXPECT_TRUE(running.paediatric);
    expect_console_rows(m, ScreenKind::paediatric_ecmo_console, text);
    EXPECT_TRUE(screen_groups(ScreenKind::ecmo_console, running, m.console().readings, text).empty());
    // The child's flow, not an adult's: a neonate on VA ECMO runs at a few hundred ml/min.
    const phys::Snapshot snap = m.sim()->snapshot();
    ASSERT_TRUE(snap.pump_flow_l_min);
    EXPECT_GT(*snap.pump_flow_l_min, 0.05);
    EXPECT_LT(*snap.pump_flow_l_min, 1.5);
    m.use(nullptr);
}

TEST(ScreenKinds, RoomMaterialsNameTheirScreens) {
    EXPECT_EQ(screen_kind_for_material("screen:hlm_main"), ScreenKind::hlm_main);
    EXPECT_EQ(screen_kind_for_material("screen:patient_monitor"), ScreenKind::patient_monitor);
    EXPECT_EQ(screen_kind_for_material("screen:ecmo_console"), ScreenKind::ecmo_console);
    EXPECT_EQ(screen_kind_for_material("screen:ilp_console"), ScreenKind::ilp_console);
    EXPECT_EQ(screen_kind_for_material("screen:paediatric_ecmo_console"), ScreenKind::paediatric_ecmo_console);
    EXPECT_EQ(screen_kind_for_material("screen_blue"), std::nullopt);
    EXPECT_EQ(screen_kind_for_material("hlm_main"), std::nullopt);
    EXPECT_EQ(console_on_screen(ScreenKind::hlm_main), ConsoleKind::heart_lung_machine);
    EXPECT_EQ(console_on_screen(ScreenKind::patient_monitor), ConsoleKind::none);
    EXPECT_EQ(console_on_screen(ScreenKind::paediatric_ecmo_console), ConsoleKind::ecmo);
}

}  // namespace
}  // namespace perfuse
