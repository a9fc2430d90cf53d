#pragma once
// A procedure as data (assets/procedures/*.json): the patient and circuit, the kit of parts, and the
// steps with their instruction, why it matters, what completes them, hints, common mistakes and the
// actions that do them (autoplay).
#include <optional>
#include <string>
#include <vector>

#include "condition.h"
#include "patient.h"
#include "settings.h"
#include "standard_circuits.h"

namespace perfuse::procedures {

// One thing the user (or a script, or autoplay) does to the workbench.
enum class ActionKind { take, put_back, mount, unmount, connect, disconnect, clamp, unclamp, set, prime, de_air, wait,
                        wait_until, expect };
const char* to_string(ActionKind k);

struct Action {
    ActionKind kind = ActionKind::wait;
    std::string item;       // take, put_back, mount, unmount, clamp, unclamp, de_air
    std::string at;         // mount: the mount point
    std::string a, b;       // connect, disconnect: "item.port"
    std::string key;        // set
    double value = 0.0;     // set; prime: volume ml (0 = usual)
    double seconds = 0.0;   // wait; wait_until: timeout
    // wait_until / expect
    std::optional<Condition> condition;   // {"condition": {...}}
    std::string step;                     // the step is complete ("step": id)
    std::string mistake;                  // expect: this mistake was made ("mistake": id)
    bool expect_refused = false;          // expect the previous action to have been refused
    std::string line;                     // where it came from, for failures: "actions[4]"
};

struct Hint {
    double after_s = 30.0;  // guided: shown this long after the step became current
    std::string text;
};

struct Mistake {
    std::string id;
    std::string explanation;  // why this is wrong, in plain words
    Condition when;
    bool safety_critical = false;
};

struct Step {
    std::string id;
    std::string title;
    std::string instruction;
    std::string why;
    std::string group;               // consecutive steps with the same group may be done in any order
    std::vector<std::string> after;  // steps that must be complete first (within a group)
    Condition done;                  // what completes it (checked from state)
    std::vector<Hint> hints;
    std::vector<Mistake> mistakes;   // checked while the step is current
    std::vector<Action> autoplay;    // the actions that do it
    bool safety_critical = false;
    // Troubleshooting practice: faults (settings.h names, e.g. "hypovolaemia") that happen to the
    // patient or circuit when the step becomes current.
    std::vector<phys::Fault> faults;
};

struct Procedure {
    std::string id;
    std::string title;
    std::string summary;
    std::string kit;  // kit id (assets/procedures/kits/<kit>.json)
    std::string source_note;
    phys::PatientSpec patient;
    phys::CircuitOptions circuit;
    std::vector<Step> steps;
    std::vector<Mistake> mistakes;  // checked all the time
    int condition_count = 0;        // for the "for_s" timers
    int step_index(const std::string& id) const;
};

}  // namespace perfuse::procedures
