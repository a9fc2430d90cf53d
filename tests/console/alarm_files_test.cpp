// The alarm and crisis data files load; every limit names its source; bad files give one-line
// errors naming the file, the entry and the field.
#include <gtest/gtest.h>

#include <filesystem>

#include "alarm_limits.h"
#include "crisis.h"

namespace perfuse {
namespace {

const char* const kStems[] = {"cpb_adult", "cpb_paediatric", "va_ecmo_adult", "va_ecmo_paediatric", "vv_ecmo_adult", "vv_ecmo_paediatric",
                              "ilp"};

TEST(AlarmFiles, EveryCircuitsFileLoadsAndNamesItsSources) {
    for (const char* stem : kStems) {
        const AlarmSetResult r = load_alarm_set(std::string(PERFUSE_ALARM_DIR) + "/" + stem + ".json");
        ASSERT_EQ(r.error, "") << stem;
        EXPECT_GE(r.set->limits.size(), 5u) << stem;
        bool air = false;
        for (const AlarmLimit& l : r.set->limits) {
            EXPECT_FALSE(l.source.empty()) << stem << " " << l.id;
            air = air || l.id == "air_detected";
        }
        EXPECT_TRUE(air) << stem << " has no bubble detector alarm";
    }
}

TEST(AlarmFiles, FileChosenByCircuitAndAge) {
    phys::PatientSpec adult, child;
    child.age_years = 4;
    EXPECT_EQ(alarm_file_stem(phys::CircuitType::cpb, child), "cpb_paediatric");
    EXPECT_EQ(alarm_file_stem(phys::CircuitType::cpb, adult), "cpb_adult");
    EXPECT_EQ(alarm_file_stem(phys::CircuitType::va_ecmo, adult), "va_ecmo_adult");
    EXPECT_EQ(alarm_file_stem(phys::CircuitType::vv_ecmo, child), "vv_ecmo_paediatric");
    EXPECT_EQ(alarm_file_stem(phys::CircuitType::ilp, adult), "ilp");
    EXPECT_EQ(alarm_file_stem(phys::CircuitType::none, adult), "");
}

std::string alarm_error(const std::string& alarms_json) {
    return parse_alarm_set(R"({"circuit": "cpb", "population": "any", "alarms": [)" + alarms_json + "]}", "bad.json")
        .error;
}

TEST(AlarmFiles, BadFilesGiveOneLineErrors) {
    const std::string ok = R"({"id": "a", "reading": "map_mmHg", "below": 40, "priority": "high", "source": "s"})";
    EXPECT_EQ(alarm_error(ok), "");
    EXPECT_EQ(parse_alarm_set("{", "bad.json").error, "bad.json: not valid JSON (line 1, column 2)");
    EXPECT_EQ(parse_alarm_set(R"({"population": "any", "alarms": []})", "bad.json").error,
              "bad.json: circuit: missing");
    EXPECT_EQ(alarm_error(ok + R"(, {"id": "b", "reading": "pump_speed", "above": 1, "priority": "high", "source": "s"})"),
        "bad.json: alarms[1] (b).reading \"pump_speed\" is not a console reading");
EXPECT_EQ(alarm_error(R"({"id": "c", "reading": "map_mmHg", "below": 40, "above": 200, "priority": "high", "source": "s"})"),
        "bad.json: alarms[0] (c) needs exactly one of \"above\" or \"below\"");
EXPECT_EQ(alarm_error(R"({"id": "d", "reading": "map_mmHg", "below": 40, "clear_at": 35, "priority": "high", "source": "s"})"),
        "bad.json: alarms[0] (d).clear_at must be on the safe side of below (hysteresis)");
    EXPECT_EQ(alarm_error(R"({"id": "e", "reading": "map_mmHg", "below": 40, "priority": "urgent", "source": "s"})"),
              "bad.json: alarms[0] (e).priority \"urgent\" is not one of high, medium, low");
    EXPECT_EQ(alarm_error(R"({"id": "f", "reading": "map_mmHg", "below": 40, "priority": "low"})"),
              "bad.json: alarms[0] (f).source: missing");
    EXPECT_EQ(alarm_error(R"({"id": "g", "reading": "map_mmHg", "below": "40", "priority": "low", "source": "s"})"),
              "bad.json: alarms[0] (g).below: expected a number");
    EXPECT_EQ(alarm_error(R"({"id": "h", "reading": "map_mmHg", "below": 40, "priority": "low", "source": "s", "delay": 3})"),
        "bad.json: alarms[0] (h): unknown key \"delay\"");
    EXPECT_EQ(alarm_error(ok + "," + ok), "bad.json: alarms[1] (a).id is used twice");
    EXPECT_EQ(alarm_error(R"({"reading": "map_mmHg", "below": 40, "priority": "low", "source": "s"})"),
              "bad.json: alarms[0].id: missing");
    EXPECT_EQ(load_alarm_set("/no/such/alarms.json").error, "/no/such/alarms.json: cannot be read");
}

TEST(CrisisFiles, EveryFileInTheFolderLoads) {
    int n = 0;
    for (const auto& entry : std::filesystem::directory_iterator(PERFUSE_CRISIS_DIR)) {
        if (entry.path().extension() != ".json") continue;
        const CrisisResult r = load_crisis(entry.path().string());
        EXPECT_EQ(r.error, "");
        ++n;
    }
    EXPECT_EQ(n, 7);
}

std::string crisis_error(const std::string& extra) {
    const std::string base = R"({"title": "t", "scenario": {"patient": {}, "circuit": {"type": "cpb"}},
    "inject": [{"t": 0, "fault": "pump_stop"}], "look_for": ["x"], "response": [{"t": 1, "clear": "pump_stop"}],
    "response_steps": ["x"], "safe": [{"reading": "map_mmHg", "min": 50}], "debrief": "d", "debrief_readings": ["map_mmHg"])";
    return parse_crisis(base + extra + "}", "bad.json", "bad").error;
}

TEST(CrisisFiles, BadFilesGiveOneLineErrors) {
    EXPECT_EQ(crisis_error(""), "");
    EXPECT_EQ(crisis_error(R"(, "onset": 3)"), "bad.json: unknown key \"onset\"");
    EXPECT_EQ(crisis_error(R"(, "wrong_response": [{"t": 1, "fault": "kinked_line"}])"),
              "bad.json: wrong_response[0].fault \"kinked_line\" is not a known fault (oxygenator_failure, "
              "air_in_arterial_line, pump_stop, power_loss, venous_kink, hypovolaemia)");
    EXPECT_EQ(crisis_error(R"(, "wrong_response": [{"t": 1, "set": {"pump_speed": 3}}])").substr(0, 58),
              "bad.json: unknown key \"wrong_response[0].set.pump_speed\" (");
    EXPECT_EQ(parse_crisis(R"({"title": "t"})", "bad.json", "bad").error, "bad.json: scenario: missing");
    EXPECT_EQ(crisis_error(R"(, "debrief_before_s": -1)"), "bad.json: debrief_before_s: expected a number from 0 to 86400 s");
}

}  // namespace
}  // namespace perfuse
