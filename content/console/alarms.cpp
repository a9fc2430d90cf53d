// Alarm state machine (see alarms.h).
#include "alarms.h"

#include <algorithm>

namespace perfuse {

namespace {

bool condition(const AlarmLimit& l, double v) { return l.above ? v > l.raise_at : v < l.raise_at; }
bool cleared(const AlarmLimit& l, double v) { return l.above ? v <= l.clear_at : v >= l.clear_at; }

void log_event(AlarmEngine& e, const AlarmStatus& a, AlarmEventKind kind, double t_s) {
    e.log.push_back({t_s, a.limit.id, kind, a.limit.priority, a.value});
}

int rank(AlarmPriority p) { return static_cast<int>(p); }

}  // namespace

const char* to_string(AlarmState s) {
    switch (s) {
        case AlarmState::quiet: return "quiet";
        case AlarmState::pending: return "pending";
        case AlarmState::sounding: return "sounding";
        case AlarmState::silenced: return "silenced";
        case AlarmState::latched: return "latched";
    }
    return "?";
}

const char* to_string(AlarmEventKind k) {
    switch (k) {
        case AlarmEventKind::raised: return "raised";
        case AlarmEventKind::acknowledged: return "acknowledged";
        case AlarmEventKind::cleared: return "cleared";
    }
    return "?";
}

AlarmEngine make_alarm_engine(const AlarmSet& set) {
    AlarmEngine e;
    for (const AlarmLimit& l : set.limits) e.alarms.push_back({l});
    return e;
}

void update_alarms(AlarmEngine& e, const Readings& r) {
    const double t = r.t_s;
    for (AlarmStatus& a : e.alarms) {
        const ReadingField* f = find_reading(a.limit.reading);
        a.value = f != nullptr ? value_of(r, *f) : std::nullopt;
        // A reading that does not apply (empty) is never an alarm condition and always clears.
        const bool on = a.value && condition(a.limit, *a.value);
        const bool off = !a.value || cleared(a.limit, *a.value);
        switch (a.state) {
            case AlarmState::quiet:
                if (on) {
                    a.state = AlarmState::pending;
                    a.condition_since_s = t;
                }
                break;
            case AlarmState::pending:
                if (!on) a.state = AlarmState::quiet;  // it went away within the delay: never raised
                break;
            case AlarmState::sounding:
                if (off) {
                    a.state = a.limit.latching ? AlarmState::latched : AlarmState::quiet;
                    if (!a.limit.latching) log_event(e, a, AlarmEventKind::cleared, t);
                }
                break;
            case AlarmState::silenced:
                if (off) {
                    a.state = AlarmState::quiet;
                    log_event(e, a, AlarmEventKind::cleared, t);
                }
                break;
            case AlarmState::latched:
                if (on) a.state = AlarmState::sounding;  // back again before anyone acknowledged it
                break;
        }
        if (a.state == AlarmState::pending && t - a.condition_since_s >= a.limit.delay_s) {
            a.state = AlarmState::sounding;
            a.raised_at_s = t;
            log_event(e, a, AlarmEventKind::raised, t);
        }
    }
}

int acknowledge(AlarmEngine& e, const std::string& id, double t_s) {
    int n = 0;
    for (AlarmStatus& a : e.alarms) {
        if (a.limit.id != id || !is_audible(a.state)) continue;
        log_event(e, a, AlarmEventKind::acknowledged, t_s);
        if (a.state == AlarmState::latched) {
            a.state = AlarmState::quiet;  // the condition had already gone: acknowledging resets it
            log_event(e, a, AlarmEventKind::cleared, t_s);
        } else {
            a.state = AlarmState::silenced;
        }
        ++n;
    }
    return n;
}

int acknowledge_all(AlarmEngine& e, double t_s) {
    int n = 0;
    std::vector<std::string> ids;
    for (const AlarmStatus& a : e.alarms) {
        if (is_audible(a.state)) ids.push_back(a.limit.id);
    }
    for (const std::string& id : ids) n += acknowledge(e, id, t_s);
    return n;
}

bool is_shown(AlarmState s) {
    return s == AlarmState::sounding || s == AlarmState::silenced || s == AlarmState::latched;
}

bool is_audible(AlarmState s) { return s == AlarmState::sounding || s == AlarmState::latched; }

std::vector<const AlarmStatus*> shown_alarms(const AlarmEngine& e) {
    std::vector<const AlarmStatus*> out;
    for (const AlarmStatus& a : e.alarms) {
        if (is_shown(a.state)) out.push_back(&a);
    }
    std::stable_sort(out.begin(), out.end(), [](const AlarmStatus* x, const AlarmStatus* y) {
        if (x->limit.priority != y->limit.priority) return rank(x->limit.priority) < rank(y->limit.priority);
        if (is_audible(x->state) != is_audible(y->state)) return is_audible(x->state);
        return x->raised_at_s < y->raised_at_s;
    });
    return out;
}

const AlarmStatus* find_alarm(const AlarmEngine& e, const std::string& id) {
    for (const AlarmStatus& a : e.alarms) {
        if (a.limit.id == id) return &a;
    }
    return nullptr;
}

}  // namespace perfuse
