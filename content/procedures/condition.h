#pragma once
// A test of the circuit and flow-model state, written in the procedure data. Steps complete, mistakes
// are detected and script expectations are checked with these; never from a button press.
//   {"mounted": "reservoir"}                     item mounted (optionally "at": mount point)
//   {"in_use": "venous_line"}                    item taken or mounted
//   {"joined": ["reservoir.out", "pump_boot.in"]} two ports joined (either order)
//   {"linked": ["console.gas_supply", "oxygenator.gas_in"]} joined, or through gas/water lines
//   {"clamped": "venous_line"} / {"unclamped": "arterial_line"}
//   {"primed": true}  {"air_free": true}  {"de_aired": "oxygenator"}
//   {"setting": "sweep_l_min", "min": 2, "max": 5}   a control the user set (absent: false)
//   {"value": "act_s", "min": 480}                   a flow-model value (see value_names())
//   {"returns_to_patient": true} {"drains_patient": true}
//   {"step_done": "heparin"}                          another step is complete
//   {"all": [...]} {"any": [...]} {"not": {...}}
//   any condition may add "for_s": N (true for N seconds running)
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "snapshot.h"

namespace perfuse::circuits { class LiveCircuit; }

namespace perfuse::procedures {

enum class ConditionKind {
  mounted, in_use, joined, linked, clamped, unclamped, primed, air_free, de_aired, setting, value, returns_to_patient,
  drains_patient, step_done, all, any, negate
};

struct Condition {
    ConditionKind kind = ConditionKind::all;
    std::string a, b;  // item / port / key / value name / step id / mount point
    std::optional<double> min, max;
    bool flag = true;  // for {"primed": false} and the like
    double for_s = 0.0;
    std::vector<Condition> children;
    int id = -1;  // index for the "for_s" timers, set by the loader
};

// Flow-model values a condition or expectation may name (snapshot fields), e.g. "map_mmHg", "act_s".
const std::vector<std::string>& value_names();
// Alarms read as 0/1 ("air_detected", "high_line_pressure", "low_level", "chatter", and "pressure_servo"
// while the roller pump's pressure control holds it back).
std::optional<double> read_value(const phys::Snapshot& snap, const std::string& name);

// What a condition is checked against.
struct ConditionContext {
    const circuits::LiveCircuit& live;
    const phys::Snapshot& snap;  // the flow model now (taken once per update)
    const std::vector<bool>* steps_done = nullptr;         // by step index
    const std::vector<std::string>* step_ids = nullptr;
    std::vector<double>* held_s = nullptr;                 // "for_s" timers by condition id
    double dt_s = 0.0;                                     // time since the last evaluation (for timers)
};

bool evaluate(const Condition& c, ConditionContext& ctx);
// One plain line saying what the condition wants ("the reservoir is mounted"), for reports and failures.
std::string describe(const Condition& c);

}  // namespace perfuse::procedures
