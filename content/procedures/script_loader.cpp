// Reading a script file: {"procedure": ..., "style": ..., "actions": [...]}.
#include "procedure_loader.h"

#include "action_parser.h"

namespace perfuse::procedures {

using nlohmann::json;

ScriptLoad parse_script(const std::string& text, const std::string& file) {
    ScriptLoad out;
    auto j = parse_json_text(text, file, out.error);
    if (!j) return out;
    FieldReader r(file);
    int next_id = 0;
    ConditionParser cp{r, next_id};
    out.script.procedure = r.text(*j, "", "procedure", false);
    out.script.style = r.text(*j, "", "style", false);
    const json& actions = r.array(*j, "", "actions", true);
    for (size_t i = 0; i < actions.size() && !r.failed(); ++i) {
        out.script.actions.push_back(parse_action(r, cp, actions[i], at("actions", i)));
    }
    out.script.condition_count = next_id;
    if (r.failed()) out.error = r.error();
    return out;
}

ScriptLoad load_script(const std::string& path) {
    ScriptLoad out;
    auto text = read_text_file(path, out.error);
    if (!text) return out;
    return parse_script(*text, file_name_of(path));
}

}  // namespace perfuse::procedures
