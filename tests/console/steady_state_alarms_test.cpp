// No false alarms: each standard circuit, run with its own alarm file at default settings, settles
// with no alarm shown (the limits fit the model's normal values for that circuit and patient).
#include <gtest/gtest.h>

#include "console_session.h"

namespace perfuse {
namespace {

using namespace phys;

struct Case {
    const char* name;
    CircuitType type;
    double age_years, weight_kg, height_cm;
};

class SteadyState : public ::testing::TestWithParam<Case> {};

TEST_P(SteadyState, SettlesWithNoAlarmShown) {
    const Case c = GetParam();
    PatientSpec p;
    p.age_years = c.age_years;
    p.weight_kg = c.weight_kg;
    p.height_cm = c.height_cm;
    CircuitOptions o;
    o.type = c.type;
    Simulation sim(p, o);
    ASSERT_EQ(sim.error(), "");
    const AlarmSetResult set = load_alarm_set(std::string(PERFUSE_ALARM_DIR) + "/" + alarm_file_stem(c.type, p) + ".json");
    ASSERT_EQ(set.error, "");
    ConsoleSession console = make_console_session(sim, *set.set);
    for (int i = 0; i < static_cast<int>(180.0 / kDefaultStepS); ++i) step_console(console, sim, kDefaultStepS);
    acknowledge_all(console.alarms, sim.time_s());  // start-up (pump still ramping) may have latched something
    for (int i = 0; i < static_cast<int>(10.0 / kDefaultStepS); ++i) step_console(console, sim, kDefaultStepS);
    for (const AlarmStatus* a : shown_alarms(console.alarms)) {
        ADD_FAILURE() << a->limit.id << " shown at steady state, reading " << a->limit.reading << " = "
                      << a->value.value_or(-999);
    }
}

INSTANTIATE_TEST_SUITE_P(Circuits, SteadyState,
                         ::testing::Values(Case{"cpb_adult", CircuitType::cpb, 50, 70, 170},
                                           Case{"cpb_child", CircuitType::cpb, 6, 20, 115},
                                           Case{"cpb_neonate", CircuitType::cpb, 0.02, 3.5, 50},
                                           Case{"va_ecmo_adult", CircuitType::va_ecmo, 50, 70, 170},
                                           Case{"va_ecmo_neonate", CircuitType::va_ecmo, 0.02, 3.5, 50},
                                           Case{"vv_ecmo_adult", CircuitType::vv_ecmo, 50, 70, 170},
                                           Case{"vv_ecmo_child", CircuitType::vv_ecmo, 6, 20, 115},
                                           Case{"ilp_leg", CircuitType::ilp, 50, 70, 170}),
                         [](const auto& info) { return std::string(info.param.name); });

}  // namespace
}  // namespace perfuse
