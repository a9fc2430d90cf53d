#pragma once
// Reading procedures, kits and scripts. Every error is one line naming the file, and the step / field
// where there is one: "cpb.json: steps[3] (\"prime\").done.value: unknown value name \"mapp\"".
#include <string>
#include <vector>

#include "kit.h"
#include "procedure.h"

namespace perfuse::procedures {

struct ProcedureLoad {
    Procedure procedure;
    std::string error;
};
ProcedureLoad load_procedure(const std::string& path);
ProcedureLoad parse_procedure(const std::string& json_text, const std::string& file_name);

struct KitLoad {
    circuits::Kit kit;
    std::string error;
};
KitLoad load_kit(const std::string& path);
KitLoad parse_kit(const std::string& json_text, const std::string& file_name);

// Actions in a script file: {"procedure": "cpb", "style": "assess", "actions": [...]}.
struct Script {
    std::string procedure;
    std::string style;
    std::vector<Action> actions;
    int condition_count = 0;  // for the "for_s" timers of its conditions
};
struct ScriptLoad {
    Script script;
    std::string error;
};
ScriptLoad load_script(const std::string& path);
ScriptLoad parse_script(const std::string& json_text, const std::string& file_name);

// The procedure a Learn/Assess choice starts (assets/procedures/choices.json: the modes' procedure id
// and patient age, e.g. "va-ecmo" + "neonate" -> "paediatric_ecmo"). Empty, with `error` set to one
// line, when there is none.
std::string procedure_for_choice(const std::string& assets_dir, const std::string& choice, const std::string& age,
                                 std::string& error);

// The procedures folder (assets/procedures) and what is in it.
std::string procedure_path(const std::string& assets_dir, const std::string& procedure_id);
std::string kit_path(const std::string& assets_dir, const std::string& kit_id);
std::vector<std::string> procedure_ids(const std::string& assets_dir);
std::vector<std::string> kit_ids(const std::string& assets_dir);

}  // namespace perfuse::procedures
