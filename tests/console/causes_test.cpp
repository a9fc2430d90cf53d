// "Why did this change?": the cause file loads, the model's faults, detectors and settings pick the
// right line, nothing is claimed when nothing holds, and a bad rule is a one-line error.
#include <gtest/gtest.h>

#include "causes.h"

namespace perfuse {
namespace {

using namespace phys;

CauseRules rules() {
    CauseRulesResult r = load_cause_rules(std::string(PERFUSE_ALARM_DIR) + "/causes.json");
    EXPECT_EQ(r.error, "");
    return r.rules.value_or(CauseRules{});
}

void run_for(Simulation& sim, double s) {
    for (int i = 0; i < static_cast<int>(s / kDefaultStepS); ++i) sim.step(kDefaultStepS);
}

TEST(Causes, ModelStateSelectsTheCause) {
    const CauseRules c = rules();
    ASSERT_GT(c.rules.size(), 20u);
    PatientSpec p;
    CircuitOptions o;
    o.type = CircuitType::cpb;
    Simulation sim(p, o);
    run_for(sim, 30);
    EXPECT_FALSE(cause_of(c, "pump_flow_l_min", sim, read_console(sim, ConsoleTimers{})));  // nothing to say
    sim.inject(Fault::power_loss);
    run_for(sim, 5);
    const auto cause = cause_of(c, "pump_flow_l_min", sim, read_console(sim, ConsoleTimers{}));
    ASSERT_TRUE(cause);
    EXPECT_NE(cause->find("power"), std::string::npos);
    sim.clear(Fault::power_loss);
    sim.inject(Fault::air_in_arterial_line);
    run_for(sim, 1);
    EXPECT_NE(cause_of(c, "pump_flow_l_min", sim, read_console(sim, ConsoleTimers{}))->find("bubble detector"),
              std::string::npos);
    SettingsPatch clamp;
    clamp.arterial_clamp = true;
    sim.apply(clamp);
    EXPECT_NE(cause_of(c, "arterial_line_mmHg", sim, read_console(sim, ConsoleTimers{}))->find("clamped"),
              std::string::npos);
}

TEST(Causes, EveryRuleNamesSomethingTheModelHas) {
    for (const CauseRule& r : rules().rules) {
        EXPECT_FALSE(r.text.empty());
        EXPECT_EQ(r.text.find('\n'), std::string::npos) << "one line: " << r.text;
    }
}

TEST(Causes, BadRulesGiveOneLineErrors) {
  auto error = [](const std::string& rule) { return parse_cause_rules(R"({"causes": [)" + rule + "]}", "c.json").error; };
    EXPECT_EQ(error(R"({"reading": "map_mmHg", "fault": "power_loss", "text": "t"})"), "");
    EXPECT_EQ(error(R"({"reading": "map", "fault": "power_loss", "text": "t"})"),
              "c.json: causes[0].reading \"map\" is not a console reading");
    EXPECT_EQ(error(R"({"reading": "map_mmHg", "fault": "stroke", "text": "t"})"),
              "c.json: causes[0].fault \"stroke\" is not a known fault");
    EXPECT_EQ(error(R"({"reading": "map_mmHg", "setting": "clamp", "text": "t"})"),
              "c.json: causes[0].setting \"clamp\" is not a setting condition");
    EXPECT_EQ(error(R"({"reading": "map_mmHg", "text": "t"})"),
              "c.json: causes[0] needs exactly one of \"fault\", \"detector\" or \"setting\"");
    EXPECT_EQ(error(R"({"reading": "map_mmHg", "fault": "power_loss"})"), "c.json: causes[0].text: missing");
    EXPECT_EQ(load_cause_rules("/no/causes.json").error, "/no/causes.json: cannot be read");
}

}  // namespace
}  // namespace perfuse
