// What the consoles and monitor show is the flow model's own output, formatted: every row of every
// console, read through shown_value() (the path the ImGui panels and 3D screens draw with), equals the
// Snapshot's value formatted with the reading's display format, on a running circuit of each kind.
#include <gtest/gtest.h>

#include <functional>
#include <map>

#include "console_layout.h"
#include "console_session.h"
#include "display.h"

namespace perfuse {
namespace {

using phys::Snapshot;
using SnapshotValue = std::function<std::optional<double>(const Snapshot&)>;

// The model's outputs by reading name, straight from the Snapshot (not through reading_fields()).
const std::map<std::string, SnapshotValue>& snapshot_values() {
    static const std::map<std::string, SnapshotValue> kValues = {
        {"pump_rpm", [](const Snapshot& s) { return s.pump_rpm; }},
        {"pump_flow_l_min", [](const Snapshot& s) { return s.pump_flow_l_min; }},
        {"arterial_line_mmHg", [](const Snapshot& s) { return s.arterial_line_mmHg; }},
        {"venous_line_mmHg", [](const Snapshot& s) { return s.venous_line_mmHg; }},
        {"oxygenator_dp_mmHg", [](const Snapshot& s) { return s.oxygenator_dp_mmHg; }},
        {"post_oxygenator_po2_mmHg", [](const Snapshot& s) { return s.post_oxygenator_po2_mmHg; }},
        {"reservoir_ml", [](const Snapshot& s) { return s.reservoir_ml; }},
        {"recirculation", [](const Snapshot& s) { return s.recirculation; }},
        {"limb_flow_ml_min", [](const Snapshot& s) { return s.limb_flow_ml_min; }},
        {"limb_temp_c", [](const Snapshot& s) { return s.limb_temp_c; }},
        {"leak_percent", [](const Snapshot& s) { return s.leak_percent; }},
        {"limb_melphalan_mg_l", [](const Snapshot& s) { return s.limb_melphalan_mg_l; }},
        {"systemic_melphalan_mg_l", [](const Snapshot& s) { return s.systemic_melphalan_mg_l; }},
        {"map_mmHg", [](const Snapshot& s) { return s.map_mmHg; }},
        {"cvp_mmHg", [](const Snapshot& s) { return s.cvp_mmHg; }},
        {"spo2", [](const Snapshot& s) { return s.sao2; }},
        {"svo2", [](const Snapshot& s) { return s.svo2; }},
        {"patient_temp_c", [](const Snapshot& s) { return s.temp_c; }},
        {"act_s", [](const Snapshot& s) { return s.act_s; }},
    };
    return kValues;
}

struct Case {
    phys::CircuitType type;
    ConsoleKind kind;
};

class ShownValues : public ::testing::TestWithParam<Case> {};

TEST_P(ShownValues, EqualTheModelsOutputFormatted) {
    phys::PatientSpec patient;
    phys::CircuitOptions circuit;
    circuit.type = GetParam().type;
    phys::Simulation sim(patient, circuit);
    ASSERT_EQ(sim.error(), "");
    ConsoleSession c = make_console_session(sim, AlarmSet{});
    for (int i = 0; i < 3000; ++i) step_console(c, sim, phys::kDefaultStepS);  // 60 s
    const Snapshot snap = sim.snapshot();
    ASSERT_EQ(console_kind(sim.type()), GetParam().kind);
    std::vector<std::string> rows = monitor_readings();
    for (const ConsoleGroup& g : console_groups(GetParam().kind)) rows.insert(rows.end(), g.readings.begin(), g.readings.end());
    int compared = 0;
    for (const std::string& name : rows) {
        ASSERT_NE(find_reading(name), nullptr) << name;
        const auto it = snapshot_values().find(name);
        if (it == snapshot_values().end()) continue;  // a console-kept value (timers, settings): see below
        const std::optional<double> model = it->second(snap);
        EXPECT_EQ(value_of(c.readings, *find_reading(name)), model) << name;  // exactly, no rounding on the way
        EXPECT_EQ(shown_value(c.readings, name), format_value(model, display_format(name))) << name;
        ++compared;
    }
    EXPECT_GE(compared, 8);
    // Settings the console shows are the model's settings; timers are h:mm:ss of the console's own count.
    EXPECT_EQ(shown_value(c.readings, "sweep_l_min"), format_value(sim.settings().sweep_l_min, display_format("sweep_l_min")));
    EXPECT_EQ(shown_value(c.readings, "bypass_s"), format_duration(c.timers.bypass_s));
}

INSTANTIATE_TEST_SUITE_P(Consoles, ShownValues,
                         ::testing::Values(Case{phys::CircuitType::cpb, ConsoleKind::heart_lung_machine},
                                           Case{phys::CircuitType::va_ecmo, ConsoleKind::ecmo},
                                           Case{phys::CircuitType::vv_ecmo, ConsoleKind::ecmo},
                                           Case{phys::CircuitType::ilp, ConsoleKind::ilp}));

TEST(ShownValue, FormatsKnownExamplesAndRefusesUnknownNames) {
    Readings r;
    r.pump_flow_l_min = 4.736;
    r.spo2 = 0.974;
    r.bypass_s = 3725.9;
    EXPECT_EQ(shown_value(r, "pump_flow_l_min"), "4.74");
    EXPECT_EQ(shown_value(r, "spo2"), "97");
    EXPECT_EQ(shown_value(r, "bypass_s"), "1:02:05");
    EXPECT_EQ(shown_value(r, "map_mmHg"), "--");  // does not apply: never a made-up number
    EXPECT_EQ(shown_value(r, "no_such_reading"), "--");
    EXPECT_TRUE(console_groups(ConsoleKind::none).empty());
}

}  // namespace
}  // namespace perfuse
