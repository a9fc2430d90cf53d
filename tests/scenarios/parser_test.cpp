// Scenario JSON: the examples parse; each kind of mistake gives one clear line naming the file.
#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "scenario.h"

namespace perfuse::scenarios {
namespace {

std::string error_of(const std::string& json) {
    const auto r = parse_scenario(json, "s.json");
    EXPECT_FALSE(r.scenario.has_value()) << json;
    EXPECT_EQ(r.error.find('\n'), std::string::npos);
    EXPECT_EQ(r.error.rfind("s.json: ", 0), 0u) << r.error;
    return r.error;
}

const char* kMinimal = R"({"patient": {}, "circuit": {"type": "none"}})";

TEST(ScenarioParser, EveryExampleScenarioParses) {
    int count = 0;
    for (const auto& entry : std::filesystem::directory_iterator(PERFUSE_SCENARIO_DIR)) {
        if (entry.path().extension() != ".json") continue;
        const auto r = load_scenario(entry.path().string());
        EXPECT_TRUE(r.scenario.has_value()) << r.error;
        ++count;
    }
    EXPECT_GE(count, 15);
}

TEST(ScenarioParser, ReadsEveryFixedKey) {
    const auto r = parse_scenario(R"({
    "patient": {"age_years": 40, "weight_kg": 80, "height_cm": 180, "hb_g_dl": 12, "temperature_c": 36,
                "heart": "failing", "lungs": "ards"},
    "circuit": {"type": "vv_ecmo", "prime_ml": 900, "cannulation": "femoral_jugular", "cannula_tip_distance_cm": 8},
    "settings": {"pump_rpm": 3100, "sweep_l_min": 4, "fio2": 0.9, "heater_c": 37, "arterial_clamp": false,
                 "venous_clamp": false},
    "events": [{"t": 120, "fault": "oxygenator_failure"}, {"t": 60, "set": {"pump_rpm": 2800}}]
  })", "s.json");
    ASSERT_TRUE(r.scenario) << r.error;
    const Scenario& s = *r.scenario;
    EXPECT_EQ(s.patient.weight_kg, 80);
    EXPECT_EQ(s.patient.heart, phys::HeartState::failing);
    EXPECT_EQ(s.patient.lungs, phys::LungState::ards);
    EXPECT_EQ(s.circuit.type, phys::CircuitType::vv_ecmo);
    EXPECT_EQ(*s.circuit.prime_ml, 900);
    EXPECT_EQ(s.circuit.cannulation, phys::Cannulation::femoral_jugular);
    EXPECT_EQ(s.circuit.cannula_tip_distance_cm, 8);
    EXPECT_EQ(*s.settings.pump_rpm, 3100);
    EXPECT_EQ(*s.settings.fio2, 0.9);
    ASSERT_EQ(s.events.size(), 2u);
    EXPECT_EQ(s.events[0].t_s, 60);  // sorted by time
    EXPECT_EQ(*s.events[1].fault, phys::Fault::oxygenator_failure);
}

TEST(ScenarioParser, IlpKeys) {
    const auto r = parse_scenario(R"({"patient": {}, "circuit": {"type": "ilp", "limb": "arm", "limb_volume_l": 4},
    "settings": {"pump_flow_l_min": 0.3, "tourniquet": "loose", "melphalan_mg": 52}})", "s.json");
    ASSERT_TRUE(r.scenario) << r.error;
    EXPECT_EQ(r.scenario->circuit.limb, phys::Limb::arm);
    EXPECT_EQ(*r.scenario->settings.tourniquet, phys::Tourniquet::loose);
    EXPECT_EQ(*r.scenario->settings.melphalan_mg, 52);
}

TEST(ScenarioParser, NotJsonSaysWhere) {
    EXPECT_EQ(error_of("{\"patient\": {,}}"), "s.json: not valid JSON (line 1, column 14)");
    EXPECT_EQ(error_of(""), "s.json: not valid JSON (line 1, column 1)");
}

TEST(ScenarioParser, UnknownKeysAreNamed) {
    EXPECT_EQ(error_of(R"({"patient": {"weight_lb": 150}, "circuit": {"type": "none"}})"),
              "s.json: unknown key \"patient.weight_lb\" (expected one of: age_years, weight_kg, height_cm, hb_g_dl, "
              "temperature_c, heart, lungs)");
    EXPECT_NE(error_of(R"({"patient": {}, "circuit": {"type": "none"}, "setings": {}})").find("unknown key \"scenario.setings\""),
              std::string::npos);
}

TEST(ScenarioParser, WrongUnitsAndRangesAreCaught) {
    EXPECT_EQ(error_of(R"({"patient": {"temperature_c": 98.6}, "circuit": {"type": "none"}})"),
              "s.json: patient.temperature_c 98.6 is outside 15 to 42 (degC)");
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "cpb"}, "settings": {"fio2": 60}})"),
              "s.json: settings.fio2 60 is outside 0 to 1 (fraction, not %)");
    EXPECT_EQ(error_of(R"({"patient": {"weight_kg": "70"}, "circuit": {"type": "none"}})"),
              "s.json: patient.weight_kg must be a number (kg), not a string");
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "cpb"}, "settings": {"arterial_clamp": 1}})"),
              "s.json: settings.arterial_clamp must be true or false, not a number");
}

TEST(ScenarioParser, UnknownComponentsAndNamesAreCaught) {
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "lvad"}})"),
              "s.json: circuit.type \"lvad\" is not one of none, cpb, va_ecmo, vv_ecmo, ilp");
    EXPECT_EQ(error_of(R"({"patient": {"heart": "broken"}, "circuit": {"type": "none"}})"),
              "s.json: patient.heart \"broken\" is not one of normal, failing, arrested");
    EXPECT_NE(error_of(R"({"patient": {}, "circuit": {"type": "cpb"}, "events": [{"t": 5, "fault": "fire"}]})")
                  .find("events[0].fault \"fire\" is not a known fault"),
              std::string::npos);
}

TEST(ScenarioParser, SettingsMustFitTheCircuit) {
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "va_ecmo"}, "settings": {"pump_flow_l_min": 4}})"),
              "s.json: settings.pump_flow_l_min does not apply: ECMO uses a centrifugal pump, set pump_rpm");
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "vv_ecmo", "cannulation": "femoral"}})"),
              "s.json: circuit.cannulation for vv_ecmo is femoral_jugular or dual_lumen");
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "cpb"}, "settings": {"melphalan_mg": 10}})"),
              "s.json: settings.melphalan_mg applies only to ilp");
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "none", "prime_ml": 500}})"),
              "s.json: circuit.prime_ml and circuit.prime_hb_g_dl need a circuit (type is none)");
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "cpb", "limb": "leg"}})"),
              "s.json: circuit.limb and circuit.limb_volume_l apply only to ilp");
}

TEST(ScenarioParser, ModelLimitsAreReported) {
    const std::string e = error_of(R"({"patient": {}, "circuit": {"type": "cpb", "prime_ml": 200}})");
    EXPECT_NE(e.find("circuit.prime_ml 200 is less than the"), std::string::npos) << e;
}

TEST(ScenarioParser, EventsNeedATimeAndOneAction) {
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "cpb"}, "events": [{"fault": "pump_stop"}]})"),
              "s.json: events[0].t is missing (seconds from the start)");
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "cpb"}, "events": [{"t": 1, "fault": "pump_stop", "clear": "pump_stop"}]})"),
        "s.json: events[0] needs exactly one of \"set\", \"fault\" or \"clear\"");
    EXPECT_EQ(error_of(R"({"patient": {}, "circuit": {"type": "cpb"}, "events": {}})"),
              "s.json: events must be a list, not an object");
}

TEST(ScenarioParser, MissingFileIsOneLine) {
    const auto r = load_scenario("/nonexistent/dir/x.json");
    EXPECT_EQ(r.error, "/nonexistent/dir/x.json: cannot be read");
}

TEST(ScenarioParser, MinimalScenarioUsesDefaults) {
    const auto r = parse_scenario(kMinimal, "s.json");
    ASSERT_TRUE(r.scenario) << r.error;
    EXPECT_EQ(r.scenario->patient.weight_kg, 70);
    EXPECT_TRUE(r.scenario->events.empty());
}

}  // namespace
}  // namespace perfuse::scenarios
