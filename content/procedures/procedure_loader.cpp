// Reading a procedure file (steps, mistakes, patient and circuit); kits, scripts and the procedures
// folder have their own files (kit_loader.cpp, script_loader.cpp, procedure_files.cpp).
#include "procedure_loader.h"

#include "action_parser.h"
#include "condition_parser.h"

namespace perfuse::procedures {

using nlohmann::json;

namespace {

std::vector<Mistake> parse_mistakes(FieldReader& r, ConditionParser& cp, const json& j, const std::string& path) {
    std::vector<Mistake> out;
    const json& list = r.array(j, path, "mistakes", false);
    for (size_t i = 0; i < list.size() && !r.failed(); ++i) {
        const std::string p = at(path.empty() ? "mistakes" : path + ".mistakes", i);
        Mistake m;
        m.id = r.text(list[i], p, "id", true);
        m.explanation = r.text(list[i], p, "explanation", true);
        m.safety_critical = r.flag(list[i], p, "safety_critical", false);
        if (const json* w = r.field(list[i], p, "when", true)) m.when = cp.parse(*w, p + ".when");
        out.push_back(std::move(m));
    }
    return out;
}

Step parse_step(FieldReader& r, ConditionParser& cp, const json& j, const std::string& index_path) {
    Step s;
    s.id = r.text(j, index_path, "id", true);
    const std::string path = index_path + (s.id.empty() ? "" : " (\"" + s.id + "\")");
    s.title = r.text(j, path, "title", true);
    s.instruction = r.text(j, path, "instruction", true);
    s.why = r.text(j, path, "why", true);
    s.group = r.text(j, path, "group", false);
    s.after = r.texts(j, path, "after");
    s.safety_critical = r.flag(j, path, "safety_critical", false);
    if (const json* d = r.field(j, path, "done", true)) s.done = cp.parse(*d, path + ".done");
    const json& hints = r.array(j, path, "hints", false);
    for (size_t i = 0; i < hints.size() && !r.failed(); ++i) {
        Hint h;
        h.text = r.text(hints[i], at(path + ".hints", i), "text", true);
        h.after_s = r.number(hints[i], at(path + ".hints", i), "after_s", false, 30.0, 0.0, 86400.0);
        s.hints.push_back(h);
    }
    s.mistakes = parse_mistakes(r, cp, j, path);
    for (const auto& name : r.texts(j, path, "faults")) {
        if (auto f = phys::fault_from_string(name)) {
            s.faults.push_back(*f);
        } else if (!r.failed()) {
            r.fail(path + ".faults", "unknown fault \"" + name + "\"");
        }
    }
    const json& play = r.array(j, path, "autoplay", true);
    for (size_t i = 0; i < play.size() && !r.failed(); ++i) s.autoplay.push_back(parse_action(r, cp, play[i], at(path + ".autoplay", i)));
    return s;
}

phys::PatientSpec parse_patient(FieldReader& r, const json& j) {
    phys::PatientSpec p;
    const json* o = r.field(j, "", "patient", true);
    if (o == nullptr) return p;
    p.age_years = r.number(*o, "patient", "age_years", false, p.age_years, 0.0, 120.0);
    p.weight_kg = r.number(*o, "patient", "weight_kg", true, p.weight_kg, 0.5, 300.0);
    p.height_cm = r.number(*o, "patient", "height_cm", false, p.height_cm, 30.0, 250.0);
    p.hb_g_dl = r.number(*o, "patient", "hb_g_dl", false, p.hb_g_dl, 1.0, 25.0);
    const std::string lungs = r.text(*o, "patient", "lungs", false, "normal");
    if (lungs == "ards") p.lungs = phys::LungState::ards;
    else if (lungs != "normal") r.fail("patient.lungs", "expected normal or ards");
    const std::string heart = r.text(*o, "patient", "heart", false, "normal");
    if (heart == "failing") p.heart = phys::HeartState::failing;
    else if (heart != "normal") r.fail("patient.heart", "expected normal or failing");
    return p;
}

phys::CircuitOptions parse_circuit(FieldReader& r, const json& j) {
    phys::CircuitOptions c;
    const json* o = r.field(j, "", "circuit", true);
    if (o == nullptr) return c;
    const std::string type = r.text(*o, "circuit", "type", true);
    for (auto t : {phys::CircuitType::cpb, phys::CircuitType::va_ecmo, phys::CircuitType::vv_ecmo, phys::CircuitType::ilp}) {
        if (type == phys::to_string(t)) c.type = t;
    }
    if (!r.failed() && c.type == phys::CircuitType::none) r.fail("circuit.type", "expected cpb, va_ecmo, vv_ecmo or ilp");
    const std::string how = r.text(*o, "circuit", "cannulation", false, "automatic");
    static const std::vector<std::pair<const char*, phys::Cannulation>> ways{
        {"automatic", phys::Cannulation::automatic}, {"femoral", phys::Cannulation::femoral},
        {"central", phys::Cannulation::central}, {"cervical", phys::Cannulation::cervical},
        {"femoral_jugular", phys::Cannulation::femoral_jugular}, {"dual_lumen", phys::Cannulation::dual_lumen}};
    bool known = false;
    for (const auto& [name, way] : ways) {
      if (how == name) { c.cannulation = way; known = true; }
    }
    if (!known) r.fail("circuit.cannulation", "unknown cannulation \"" + how + "\"");
    const std::string limb = r.text(*o, "circuit", "limb", false, "leg");
    if (limb == "arm") c.limb = phys::Limb::arm;
    else if (limb != "leg") r.fail("circuit.limb", "expected leg or arm");
    return c;
}

}  // namespace

int Procedure::step_index(const std::string& step_id) const {
    for (size_t i = 0; i < steps.size(); ++i) {
        if (steps[i].id == step_id) return static_cast<int>(i);
    }
    return -1;
}

ProcedureLoad parse_procedure(const std::string& text, const std::string& file) {
    ProcedureLoad out;
    auto j = parse_json_text(text, file, out.error);
    if (!j) return out;
    FieldReader r(file);
    int next_id = 0;
    ConditionParser cp{r, next_id};
    Procedure& p = out.procedure;
    p.id = r.text(*j, "", "id", true);
    p.title = r.text(*j, "", "title", true);
    p.summary = r.text(*j, "", "summary", true);
    p.kit = r.text(*j, "", "kit", true);
    p.source_note = r.text(*j, "", "sources", true);
    p.patient = parse_patient(r, *j);
    p.circuit = parse_circuit(r, *j);
    p.mistakes = parse_mistakes(r, cp, *j, "");
    const json& steps = r.array(*j, "", "steps", true);
    if (!r.failed() && steps.empty()) r.fail("steps", "has no steps");
    for (size_t i = 0; i < steps.size() && !r.failed(); ++i) p.steps.push_back(parse_step(r, cp, steps[i], at("steps", i)));
    // Ids must be unique, and "after" / "step_done" must name steps that exist.
    for (size_t i = 0; i < p.steps.size() && !r.failed(); ++i) {
        const std::string path = at("steps", i) + " (\"" + p.steps[i].id + "\")";
        if (p.step_index(p.steps[i].id) != static_cast<int>(i)) r.fail(path + ".id", "another step has this id");
        for (const auto& a : p.steps[i].after) {
            if (p.step_index(a) < 0) r.fail(path + ".after", "no step is called \"" + a + "\"");
        }
    }
    p.condition_count = next_id;
    if (r.failed()) out.error = r.error();
    return out;
}

ProcedureLoad load_procedure(const std::string& path) {
    ProcedureLoad out;
    auto text = read_text_file(path, out.error);
    if (!text) return out;
    return parse_procedure(*text, file_name_of(path));
}

}  // namespace perfuse::procedures
