#include "modes/learn_choice.h"

#include <algorithm>

#include "world/json_reader.h"

namespace perfuse::modes {

namespace {
ChoiceOption read_option(const world::JsonReader& r) {
    return {r.string("id"), r.string("name"), r.string_or("text", "")};
}

std::vector<ChoiceOption> read_options(const world::JsonReader& r, const std::string& key) {
    std::vector<ChoiceOption> out;
    for (const world::JsonReader& o : r.array(key)) out.push_back(read_option(o));
    if (out.empty()) r.fail_field(key, "needs at least one option");
    return out;
}

bool offers(const ProcedureOption& procedure, const std::string& age) {
    return std::find(procedure.ages.begin(), procedure.ages.end(), age) != procedure.ages.end();
}
}  // namespace

const ChoiceOption* find_option(const std::vector<ChoiceOption>& options, const std::string& id) {
    for (const ChoiceOption& o : options)
        if (o.id == id) return &o;
    return nullptr;
}

const ProcedureOption* find_procedure(const LearnOptions& options, const std::string& id) {
    for (const ProcedureOption& p : options.procedures)
        if (p.option.id == id) return &p;
    return nullptr;
}

LearnOptions load_learn_options(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const nlohmann::json doc = world::read_json_file(file.string(), name);
    const world::JsonReader r(doc, name);
    LearnOptions options;
    options.styles = read_options(r, "styles");
    options.ages = read_options(r, "ages");
    options.hearts = read_options(r, "hearts");
    options.lungs = read_options(r, "lungs");
    for (const world::JsonReader& p : r.array("procedures")) {
        ProcedureOption procedure{read_option(p), p.strings("ages"), p.string("scene")};
        for (const std::string& age : procedure.ages)
            if (!find_option(options.ages, age)) p.fail_field("ages", "'" + age + "' is not one of the ages");
        options.procedures.push_back(procedure);
    }
    if (options.procedures.empty()) r.fail_field("procedures", "needs at least one procedure");
    return options;
}

LearnChoice default_choice(const LearnOptions& o) {
    return {o.procedures.front().option.id, o.styles.front().id, o.procedures.front().ages.front(),
            o.hearts.front().id, o.lungs.front().id};
}

std::string check_choice(const LearnOptions& o, const LearnChoice& c) {
    const ProcedureOption* procedure = find_procedure(o, c.procedure);
    if (!procedure) return "unknown procedure '" + c.procedure + "'";
    if (!find_option(o.styles, c.style)) return "unknown style '" + c.style + "'";
    const ChoiceOption* age = find_option(o.ages, c.age);
    if (!age) return "unknown patient age '" + c.age + "'";
    if (!find_option(o.hearts, c.heart)) return "unknown heart '" + c.heart + "'";
    if (!find_option(o.lungs, c.lungs)) return "unknown lungs '" + c.lungs + "'";
    if (!offers(*procedure, c.age)) return procedure->option.name + " is not offered for: " + age->name;
    return {};
}

void fit_age_to_procedure(const LearnOptions& o, LearnChoice& c) {
    const ProcedureOption* procedure = find_procedure(o, c.procedure);
    if (procedure && !offers(*procedure, c.age)) c.age = procedure->ages.front();
}

std::string patient_text(const LearnOptions& o, const LearnChoice& c) {
    std::string text;
    for (const auto& [options, id] : {std::pair{&o.ages, c.age}, {&o.hearts, c.heart}, {&o.lungs, c.lungs}}) {
        const ChoiceOption* option = find_option(*options, id);
        if (!option) continue;
        text += (text.empty() ? "" : ", ") + option->name;
    }
    return text;
}

}  // namespace perfuse::modes
