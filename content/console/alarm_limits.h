#pragma once
// Alarm limits as data (assets/alarms/*.json, one file per circuit). Each limit watches one reading,
// raises above or below a value (after an optional delay), clears only past a second value on the safe
// side (hysteresis), has an IEC 60601-1-8 priority and names the source of its number.
#include <optional>
#include <string>
#include <vector>

#include "patient.h"
#include "standard_circuits.h"

namespace perfuse {

enum class AlarmPriority { high, medium, low };  // IEC 60601-1-8: immediate / prompt / awareness
const char* to_string(AlarmPriority p);

struct AlarmLimit {
    std::string id;        // e.g. "low_reservoir_level"; the panels look up its text by this id
    std::string reading;   // a name from reading_fields()
    bool above = true;     // true: raise when reading > raise_at; false: when reading < raise_at
    double raise_at = 0.0;
    double clear_at = 0.0;  // hysteresis: clears when the reading is back past this (safe side of raise_at)
    double delay_s = 0.0;   // condition must hold this long before the alarm sounds
    AlarmPriority priority = AlarmPriority::medium;
    bool latching = false;  // stays shown after the condition goes until acknowledged
    std::string source;     // where the number comes from; "unsourced default: ..." when it is ours
};

struct AlarmSet {
    std::string circuit;  // cpb, va_ecmo, vv_ecmo, ilp
    std::string population;  // adult, paediatric, any
    std::vector<AlarmLimit> limits;
};

struct AlarmSetResult {
    std::optional<AlarmSet> set;
    std::string error;  // one line: "FILE: alarms[2] (high_line_pressure).clear_at: ..."
};

AlarmSetResult parse_alarm_set(const std::string& json_text, const std::string& file_label);
AlarmSetResult load_alarm_set(const std::string& path);

// The file stem in assets/alarms for a circuit and patient ("cpb_adult", "va_ecmo_paediatric", ...).
std::string alarm_file_stem(phys::CircuitType type, const phys::PatientSpec& patient);

}  // namespace perfuse
