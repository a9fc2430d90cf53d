// Display formatting: the shown text equals the model's value to the shown precision.
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <memory>

#include "display.h"
#include "readings.h"

namespace perfuse {
namespace {

TEST(Display, FixedDecimalsAndScale) {
    EXPECT_EQ(format_value(4.7328, display_format("pump_flow_l_min")), "4.73");
    EXPECT_EQ(format_value(3800.4, display_format("pump_rpm")), "3800");
    EXPECT_EQ(format_value(0.9736, display_format("spo2")), "97");
    EXPECT_EQ(format_value(36.96, display_format("patient_temp_c")), "37.0");
    EXPECT_EQ(format_value(std::nullopt, display_format("leak_percent")), "--");
    EXPECT_EQ(format_value(NAN, DisplayFormat{}), "--");
    EXPECT_EQ(format_value(-0.0001, display_format("map_mmHg")), "0");
    EXPECT_EQ(format_value(-35.1, display_format("venous_line_mmHg")), "-35");
}

TEST(Display, Durations) {
    EXPECT_EQ(format_duration(0.0), "0:00:00");
    EXPECT_EQ(format_duration(3725.9), "1:02:05");
    EXPECT_EQ(format_duration(std::nullopt), "--");
}

// Every reading of a running circuit, shown, parses back to the model's value within half a unit of
// the last shown digit.
TEST(Display, ShownTextEqualsTheModelValueToTheShownPrecision) {
    for (phys::CircuitType type : {phys::CircuitType::cpb, phys::CircuitType::va_ecmo, phys::CircuitType::ilp}) {
        phys::PatientSpec p;
        phys::CircuitOptions c;
        c.type = type;
        phys::Simulation sim(p, c);
        ASSERT_EQ(sim.error(), "");
        for (int i = 0; i < 1500; ++i) sim.step(phys::kDefaultStepS);
        const phys::Snapshot snap = sim.snapshot();
        const Readings r = read_console(sim, snap, ConsoleTimers{});
        int shown = 0;
        for (const ReadingField& f : reading_fields()) {
            const auto v = value_of(r, f);
            const DisplayFormat fmt = display_format(f.name);
            const std::string text = format_value(v, fmt);
            if (!v) {
                EXPECT_EQ(text, "--") << f.name;
                continue;
            }
            const double back = std::strtod(text.c_str(), nullptr);
            EXPECT_LE(std::abs(back - *v * fmt.scale), 0.5 * std::pow(10.0, -fmt.decimals) + 1e-9) << f.name << " " << text;
            ++shown;
        }
        EXPECT_GT(shown, 20);
        // Spot checks against the snapshot itself.
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.2f", *snap.pump_flow_l_min);
        EXPECT_EQ(format_value(r.pump_flow_l_min, display_format("pump_flow_l_min")), buf);
        std::snprintf(buf, sizeof buf, "%.0f", snap.map_mmHg);
        EXPECT_EQ(format_value(r.map_mmHg, display_format("map_mmHg")), buf);
    }
}

}  // namespace
}  // namespace perfuse
