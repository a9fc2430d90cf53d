// Every crisis file: the scripted right response restores the safe values, a wrong one and none do not;
// the debrief windows surround the onset. Also the crisis file errors.
#include <gtest/gtest.h>

#include <sstream>

#include "crisis_runner.h"

namespace perfuse {
namespace {

const char* const kCrises[] = {"oxygenator_failure", "air_in_arterial_line", "reservoir_low", "arterial_line_kink",
                               "power_loss", "ecmo_chattering", "ilp_systemic_leak"};

Crisis load(const std::string& id) {
    CrisisResult r = load_crisis(std::string(PERFUSE_CRISIS_DIR) + "/" + id + ".json");
    EXPECT_EQ(r.error, "");
    return r.crisis.value_or(Crisis{});
}

AlarmSet alarms_for(const Crisis& c) {
    const std::string stem = alarm_file_stem(c.scenario.circuit.type, c.scenario.patient);
    AlarmSetResult r = load_alarm_set(std::string(PERFUSE_ALARM_DIR) + "/" + stem + ".json");
    EXPECT_EQ(r.error, "");
    return r.set.value_or(AlarmSet{});
}

std::string describe(const CrisisRun& run) {
    std::ostringstream s;
    for (const CriterionResult& c : run.criteria) {
        s << c.criterion.reading << "=" << (c.value ? std::to_string(*c.value) : "none") << (c.met ? " ok" : " NOT MET")
          << "; ";
    }
    return s.str();
}

class CrisisFile : public ::testing::TestWithParam<const char*> {};

TEST_P(CrisisFile, RightResponseRestoresSafeValuesAndWrongOrNoneDoNot) {
    const Crisis c = load(GetParam());
    ASSERT_FALSE(c.safe.empty());
    const AlarmSet alarms = alarms_for(c);
    const CrisisRun right = run_crisis(c, CrisisResponse::correct, alarms);
    ASSERT_EQ(right.error, "");
    EXPECT_TRUE(right.safe) << "right response: " << describe(right);
    const CrisisRun none = run_crisis(c, CrisisResponse::none, alarms);
    EXPECT_FALSE(none.safe) << "no response: " << describe(none);
    if (!c.wrong_response.empty()) {
        const CrisisRun wrong = run_crisis(c, CrisisResponse::wrong, alarms);
        EXPECT_FALSE(wrong.safe) << "wrong response: " << describe(wrong);
    }
    // The crisis raises the alarms it names, after its onset (what the trainee reacts to).
    ASSERT_FALSE(c.expected_alarms.empty());
    for (const std::string& id : c.expected_alarms) {
        EXPECT_NE(find_alarm(none.console.alarms, id), nullptr) << id << " is not in the circuit's alarm file";
        bool raised = false;
        for (const AlarmEvent& e : none.console.alarms.log) {
          raised = raised || (e.id == id && e.kind == AlarmEventKind::raised && e.t_s >= c.onset_s - 1e-6);  // the clock sums steps
        }
        EXPECT_TRUE(raised) << id << " was not raised by the crisis";
    }
    // Safe values held before the onset: the crisis, not the set-up, breaks them.
    for (const SafeCriterion& s : c.safe) {
        EXPECT_TRUE(criterion_met(s, value_of(none.before_onset, *find_reading(s.reading))))
            << s.reading << " was already unsafe before the onset";
    }
}

TEST_P(CrisisFile, DebriefShowsTheTrendsAroundTheOnset) {
    const Crisis c = load(GetParam());
    const CrisisRun run = run_crisis(c, CrisisResponse::none, alarms_for(c));
    const auto windows = debrief_windows(c, run.console.trends, run.onset_s);
    ASSERT_EQ(windows.size(), c.debrief_readings.size());
    for (const DebriefWindow& w : windows) {
        ASSERT_FALSE(w.points.empty()) << w.reading;
        EXPECT_GE(w.points.front().t_s, run.onset_s - c.debrief_before_s - 1e-9) << w.reading;
        EXPECT_LE(w.points.front().t_s, run.onset_s) << w.reading;  // starts before the moment it happened
        EXPECT_LE(w.points.back().t_s, run.onset_s + c.debrief_after_s + 1e-9) << w.reading;
        EXPECT_GT(w.points.back().t_s, run.onset_s) << w.reading;
    }
    // The alarm events in the debrief span include the crisis's own alarms.
    const auto events = debrief_alarm_events(c, run.console.alarms, run.onset_s);
    for (const AlarmEvent& e : events) {
        EXPECT_GE(e.t_s, run.onset_s - c.debrief_before_s - 1e-9);
        EXPECT_LE(e.t_s, run.onset_s + c.debrief_after_s + 1e-9);
    }
    bool first_expected = false;
    for (const AlarmEvent& e : events) first_expected = first_expected || e.id == c.expected_alarms.at(0);
    EXPECT_TRUE(first_expected) << c.expected_alarms.at(0) << " is not in the debrief";
    EXPECT_FALSE(c.look_for.empty());
    EXPECT_FALSE(c.response_steps.empty());
    EXPECT_FALSE(c.debrief.empty());
}

INSTANTIATE_TEST_SUITE_P(Crises, CrisisFile, ::testing::ValuesIn(kCrises),
                         [](const auto& info) { return std::string(info.param); });

}  // namespace
}  // namespace perfuse
