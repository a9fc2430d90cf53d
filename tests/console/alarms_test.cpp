// Alarm logic: raise (with delay), latch, acknowledge (silenced but shown), clear with hysteresis,
// priority ordering, and the event log with simulated times.
#include <gtest/gtest.h>

#include "alarms.h"

namespace perfuse {
namespace {

AlarmLimit high_pressure(double delay_s = 0.0, bool latching = false) {
    AlarmLimit l;
    l.id = "high_arterial_line_pressure";
    l.reading = "arterial_line_mmHg";
    l.above = true;
    l.raise_at = 300.0;
    l.clear_at = 270.0;
    l.delay_s = delay_s;
    l.priority = AlarmPriority::high;
    l.latching = latching;
    l.source = "test";
    return l;
}

AlarmLimit low_level_warning() {
    AlarmLimit l;
    l.id = "reservoir_falling";
    l.reading = "reservoir_ml";
    l.above = false;
    l.raise_at = 400.0;
    l.clear_at = 500.0;
    l.priority = AlarmPriority::medium;
    l.source = "test";
    return l;
}

Readings at(double t_s, std::optional<double> line_mmHg, std::optional<double> reservoir_ml = 800.0) {
    Readings r;
    r.t_s = t_s;
    r.arterial_line_mmHg = line_mmHg;
    r.reservoir_ml = reservoir_ml;
    return r;
}

AlarmEngine engine(std::vector<AlarmLimit> limits) { return make_alarm_engine(AlarmSet{"cpb", "any", limits}); }

AlarmState state(const AlarmEngine& e, const std::string& id) { return find_alarm(e, id)->state; }

TEST(Alarms, RaisesAboveTheLimitAndLogsTheSimulatedTime) {
    AlarmEngine e = engine({high_pressure()});
    update_alarms(e, at(1.0, 299.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::quiet);
    update_alarms(e, at(2.0, 301.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::sounding);
    ASSERT_EQ(e.log.size(), 1u);
    EXPECT_EQ(e.log[0].kind, AlarmEventKind::raised);
    EXPECT_DOUBLE_EQ(e.log[0].t_s, 2.0);
    EXPECT_DOUBLE_EQ(*e.log[0].value, 301.0);
}

TEST(Alarms, DelayRaisesOnlyWhenTheConditionHolds) {
    AlarmEngine e = engine({high_pressure(5.0)});
    update_alarms(e, at(10.0, 350.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::pending);
    update_alarms(e, at(13.0, 350.0));
    update_alarms(e, at(14.0, 250.0));  // went away within the delay: never raised
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::quiet);
    EXPECT_TRUE(e.log.empty());
    update_alarms(e, at(20.0, 350.0));
    update_alarms(e, at(24.9, 350.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::pending);
    update_alarms(e, at(25.0, 350.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::sounding);
    EXPECT_DOUBLE_EQ(e.log.at(0).t_s, 25.0);
}

TEST(Alarms, ClearsOnlyPastTheHysteresisValue) {
    AlarmEngine e = engine({high_pressure()});
    update_alarms(e, at(0.0, 320.0));
    update_alarms(e, at(1.0, 290.0));  // below the limit but above clear_at: still sounding
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::sounding);
    update_alarms(e, at(2.0, 270.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::quiet);
    EXPECT_EQ(e.log.back().kind, AlarmEventKind::cleared);
    EXPECT_DOUBLE_EQ(e.log.back().t_s, 2.0);
}

TEST(Alarms, BelowLimitsUseTheirOwnHysteresis) {
    AlarmEngine e = engine({low_level_warning()});
    update_alarms(e, at(0.0, 100.0, 390.0));
    EXPECT_EQ(state(e, "reservoir_falling"), AlarmState::sounding);
    update_alarms(e, at(1.0, 100.0, 450.0));
    EXPECT_EQ(state(e, "reservoir_falling"), AlarmState::sounding);
    update_alarms(e, at(2.0, 100.0, 500.0));
    EXPECT_EQ(state(e, "reservoir_falling"), AlarmState::quiet);
}

TEST(Alarms, AcknowledgeSilencesButKeepsItShownUntilTheConditionClears) {
    AlarmEngine e = engine({high_pressure()});
    update_alarms(e, at(0.0, 350.0));
    EXPECT_EQ(acknowledge(e, "high_arterial_line_pressure", 3.0), 1);
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::silenced);
    EXPECT_TRUE(is_shown(AlarmState::silenced));
    EXPECT_FALSE(is_audible(AlarmState::silenced));
    EXPECT_EQ(shown_alarms(e).size(), 1u);
    update_alarms(e, at(4.0, 360.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::silenced);  // no re-sounding while it lasts
    update_alarms(e, at(5.0, 200.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::quiet);
    EXPECT_TRUE(shown_alarms(e).empty());
    ASSERT_EQ(e.log.size(), 3u);
    EXPECT_EQ(e.log[1].kind, AlarmEventKind::acknowledged);
    EXPECT_DOUBLE_EQ(e.log[1].t_s, 3.0);
    EXPECT_EQ(e.log[2].kind, AlarmEventKind::cleared);
    EXPECT_EQ(acknowledge(e, "high_arterial_line_pressure", 6.0), 0);  // nothing left to acknowledge
}

TEST(Alarms, LatchingAlarmStaysUntilAcknowledgedAfterTheConditionGoes) {
    AlarmEngine e = engine({high_pressure(0.0, true)});
    update_alarms(e, at(0.0, 350.0));
    update_alarms(e, at(1.0, 100.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::latched);
    EXPECT_TRUE(is_audible(AlarmState::latched));
    update_alarms(e, at(2.0, 100.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::latched);
    acknowledge(e, "high_arterial_line_pressure", 3.0);
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::quiet);
    EXPECT_EQ(e.log.back().kind, AlarmEventKind::cleared);
}

TEST(Alarms, LatchedAlarmSoundsAgainWhenTheConditionReturns) {
    AlarmEngine e = engine({high_pressure(0.0, true)});
    update_alarms(e, at(0.0, 350.0));
    update_alarms(e, at(1.0, 100.0));
    update_alarms(e, at(2.0, 350.0));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::sounding);
}

TEST(Alarms, EmptyReadingNeverAlarmsAndClears) {
    AlarmEngine e = engine({high_pressure()});
    update_alarms(e, at(0.0, std::nullopt));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::quiet);
    update_alarms(e, at(1.0, 400.0));
    update_alarms(e, at(2.0, std::nullopt));
    EXPECT_EQ(state(e, "high_arterial_line_pressure"), AlarmState::quiet);
}

TEST(Alarms, ShownMostUrgentFirstThenUnacknowledgedThenOldest) {
    AlarmLimit low = low_level_warning();
    low.priority = AlarmPriority::low;
    AlarmLimit medium = high_pressure();
    medium.id = "medium_one";
    medium.priority = AlarmPriority::medium;
    AlarmLimit medium2 = medium;
    medium2.id = "medium_two";
    medium2.raise_at = 320.0;
    medium2.clear_at = 320.0;
    AlarmLimit high = high_pressure();
    high.raise_at = 340.0;
    high.clear_at = 340.0;
    AlarmEngine e = engine({low, medium, medium2, high});
    update_alarms(e, at(0.0, 310.0, 100.0));  // low, medium_one
    update_alarms(e, at(1.0, 330.0, 100.0));  // + medium_two
    update_alarms(e, at(2.0, 350.0, 100.0));  // + high
    auto order = [&] {
        std::vector<std::string> ids;
        for (const AlarmStatus* a : shown_alarms(e)) ids.push_back(a->limit.id);
        return ids;
    };
    EXPECT_EQ(order(), (std::vector<std::string>{"high_arterial_line_pressure", "medium_one", "medium_two",
                                                 "reservoir_falling"}));
    acknowledge(e, "medium_one", 3.0);  // acknowledged goes after the unacknowledged of its priority
    EXPECT_EQ(order(), (std::vector<std::string>{"high_arterial_line_pressure", "medium_two", "medium_one",
                                                 "reservoir_falling"}));
    EXPECT_EQ(acknowledge_all(e, 4.0), 3);
    for (const AlarmStatus* a : shown_alarms(e)) EXPECT_EQ(a->state, AlarmState::silenced);
}

}  // namespace
}  // namespace perfuse
