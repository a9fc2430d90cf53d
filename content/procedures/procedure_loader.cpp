#include "procedure_loader.h"

#include <algorithm>
#include <filesystem>

#include "json_fields.h"
#include "workbench.h"

namespace perfuse::procedures {

using nlohmann::json;

namespace {

std::string at(const std::string& path, size_t i) { return path + "[" + std::to_string(i) + "]"; }

// Conditions nest ("all", "any", "not"); deeper than this is not a real test, and a hostile file must
// not exhaust the stack.
constexpr int kMaxConditionDepth = 16;

struct ConditionParser {
  FieldReader& r;
  int& next_id;
  int depth = 0;

  Condition parse(const json& j, const std::string& path) {
    Condition c;
    c.id = next_id++;
    if (depth >= kMaxConditionDepth) {
      r.fail(path, "tests are nested more than " + std::to_string(kMaxConditionDepth) + " deep");
      return c;
    }
    ++depth;
    parse_into(c, j, path);
    --depth;
    return c;
  }

  void parse_into(Condition& c, const json& j, const std::string& path) {
    if (!j.is_object()) {
      r.fail(path, "should be an object such as {\"mounted\": \"reservoir\"}");
      return;
    }
    static const std::vector<std::pair<const char*, ConditionKind>> kinds{
        {"mounted", ConditionKind::mounted},     {"in_use", ConditionKind::in_use},
        {"joined", ConditionKind::joined},       {"linked", ConditionKind::linked},
        {"clamped", ConditionKind::clamped},     {"unclamped", ConditionKind::unclamped},
        {"primed", ConditionKind::primed},       {"air_free", ConditionKind::air_free},
        {"de_aired", ConditionKind::de_aired},   {"setting", ConditionKind::setting},
        {"value", ConditionKind::value},         {"returns_to_patient", ConditionKind::returns_to_patient},
        {"drains_patient", ConditionKind::drains_patient}, {"step_done", ConditionKind::step_done},
        {"all", ConditionKind::all},             {"any", ConditionKind::any},
        {"not", ConditionKind::negate}};
    const char* found = nullptr;
    for (const auto& [key, kind] : kinds) {
      if (!j.contains(key)) continue;
      if (found != nullptr) {
        r.fail(path, std::string("has both \"") + found + "\" and \"" + key + "\"; use \"all\" to combine");
        return;
      }
      found = key;
      c.kind = kind;
    }
    if (found == nullptr) {
      r.fail(path, "names no test (mounted, joined, linked, clamped, unclamped, primed, air_free, de_aired, setting, "
                   "value, returns_to_patient, drains_patient, step_done, all, any, not)");
      return;
    }
    const std::string sub = path + "." + found;
    const json& v = j.at(found);
    switch (c.kind) {
      case ConditionKind::joined:
      case ConditionKind::linked:
        if (!v.is_array() || v.size() != 2 || !v[0].is_string() || !v[1].is_string()) {
          r.fail(sub, "should be two ports, [\"item.port\", \"item.port\"]");
          return;
        }
        c.a = v[0].get<std::string>();
        c.b = v[1].get<std::string>();
        break;
      case ConditionKind::primed:
      case ConditionKind::air_free:
      case ConditionKind::returns_to_patient:
      case ConditionKind::drains_patient:
        if (!v.is_boolean()) { r.fail(sub, "should be true or false"); return; }
        c.flag = v.get<bool>();
        break;
      case ConditionKind::all:
      case ConditionKind::any:
        if (!v.is_array() || v.empty()) { r.fail(sub, "should be a non-empty list of tests"); return; }
        for (size_t i = 0; i < v.size(); ++i) c.children.push_back(parse(v[i], at(sub, i)));
        break;
      case ConditionKind::negate:
        c.children.push_back(parse(v, sub));
        break;
      default:
        if (!v.is_string() || v.get<std::string>().empty()) { r.fail(sub, "should be a name"); return; }
        c.a = v.get<std::string>();
        break;
    }
    if (c.kind == ConditionKind::value &&
        std::find(value_names().begin(), value_names().end(), c.a) == value_names().end()) {
      r.fail(sub, "unknown value name \"" + c.a + "\"");
    }
    if (c.kind == ConditionKind::setting && circuits::find_control(c.a) == nullptr) {
      r.fail(sub, "unknown control \"" + c.a + "\"");
    }
    if (j.contains("min")) c.min = r.number(j, path, "min", false, 0.0, -1e9, 1e9);
    if (j.contains("max")) c.max = r.number(j, path, "max", false, 0.0, -1e9, 1e9);
    if (c.kind == ConditionKind::mounted) c.b = r.text(j, path, "at", false);
    c.for_s = r.number(j, path, "for_s", false, 0.0, 0.0, 86400.0);
  }
};

std::optional<ActionKind> action_kind(const std::string& s) {
  for (ActionKind k : {ActionKind::take, ActionKind::put_back, ActionKind::mount, ActionKind::unmount, ActionKind::connect,
                       ActionKind::disconnect, ActionKind::clamp, ActionKind::unclamp, ActionKind::set, ActionKind::prime,
                       ActionKind::de_air, ActionKind::wait, ActionKind::wait_until, ActionKind::expect}) {
    if (s == to_string(k)) return k;
  }
  return std::nullopt;
}

Action parse_action(FieldReader& r, ConditionParser& cp, const json& j, const std::string& path) {
  Action a;
  a.line = path;
  const std::string verb = r.text(j, path, "do", true);
  if (r.failed()) return a;
  auto kind = action_kind(verb);
  if (!kind) {
    r.fail(path + ".do", "unknown action \"" + verb + "\" (take, put_back, mount, unmount, connect, disconnect, clamp, "
                         "unclamp, set, prime, de_air, wait, wait_until, expect)");
    return a;
  }
  a.kind = *kind;
  switch (a.kind) {
    case ActionKind::take: case ActionKind::put_back: case ActionKind::unmount: case ActionKind::clamp:
    case ActionKind::unclamp: case ActionKind::de_air:
      a.item = r.text(j, path, "item", true);
      break;
    case ActionKind::mount:
      a.item = r.text(j, path, "item", true);
      a.at = r.text(j, path, "at", true);
      break;
    case ActionKind::connect: case ActionKind::disconnect:
      a.a = r.text(j, path, "a", true);
      a.b = r.text(j, path, "b", true);
      break;
    case ActionKind::set:
      a.key = r.text(j, path, "key", true);
      a.value = r.number(j, path, "value", true, 0.0, -1e9, 1e9);
      if (!r.failed() && circuits::find_control(a.key) == nullptr) r.fail(path + ".key", "unknown control \"" + a.key + "\"");
      break;
    case ActionKind::prime:
      a.value = r.number(j, path, "volume_ml", false, 0.0, 0.0, 5000.0);
      break;
    case ActionKind::wait:
      a.seconds = r.number(j, path, "s", true, 0.0, 0.0, 86400.0);
      break;
    case ActionKind::wait_until:
    case ActionKind::expect: {
      if (a.kind == ActionKind::wait_until) a.seconds = r.number(j, path, "timeout_s", true, 0.0, 0.0, 86400.0);
      a.step = r.text(j, path, "step", false);
      a.mistake = r.text(j, path, "mistake", false);
      a.expect_refused = r.flag(j, path, "refused", false);
      if (const json* c = r.field(j, path, "condition", false)) a.condition = cp.parse(*c, path + ".condition");
      if (!r.failed() && a.step.empty() && a.mistake.empty() && !a.condition && !a.expect_refused) {
        r.fail(path, "says nothing to check (give \"step\", \"mistake\", \"condition\" or \"refused\")");
      }
      break;
    }
  }
  return a;
}

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
  else if (lungs != "normal") r.fail("patient.lungs", "should be normal or ards");
  const std::string heart = r.text(*o, "patient", "heart", false, "normal");
  if (heart == "failing") p.heart = phys::HeartState::failing;
  else if (heart != "normal") r.fail("patient.heart", "should be normal or failing");
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
  if (!r.failed() && c.type == phys::CircuitType::none) r.fail("circuit.type", "should be cpb, va_ecmo, vv_ecmo or ilp");
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
  else if (limb != "leg") r.fail("circuit.limb", "should be leg or arm");
  return c;
}

}  // namespace

const char* to_string(ActionKind k) {
  switch (k) {
    case ActionKind::take: return "take";
    case ActionKind::put_back: return "put_back";
    case ActionKind::mount: return "mount";
    case ActionKind::unmount: return "unmount";
    case ActionKind::connect: return "connect";
    case ActionKind::disconnect: return "disconnect";
    case ActionKind::clamp: return "clamp";
    case ActionKind::unclamp: return "unclamp";
    case ActionKind::set: return "set";
    case ActionKind::prime: return "prime";
    case ActionKind::de_air: return "de_air";
    case ActionKind::wait: return "wait";
    case ActionKind::wait_until: return "wait_until";
    case ActionKind::expect: return "expect";
  }
  return "?";
}

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

KitLoad parse_kit(const std::string& text, const std::string& file) {
  KitLoad out;
  auto j = parse_json_text(text, file, out.error);
  if (!j) return out;
  FieldReader r(file);
  circuits::Kit& k = out.kit;
  k.id = r.text(*j, "", "id", true);
  k.name = r.text(*j, "", "name", true);
  k.scene = r.text(*j, "", "scene", true);
  k.source = r.text(*j, "", "source", true);
  const std::string type = r.text(*j, "", "circuit", true);
  for (auto t : {phys::CircuitType::cpb, phys::CircuitType::va_ecmo, phys::CircuitType::vv_ecmo, phys::CircuitType::ilp}) {
    if (type == phys::to_string(t)) k.circuit = t;
  }
  if (!r.failed() && k.circuit == phys::CircuitType::none) r.fail("circuit", "should be cpb, va_ecmo, vv_ecmo or ilp");
  const json& mounts = r.array(*j, "", "mount_points", true);
  for (size_t i = 0; i < mounts.size() && !r.failed(); ++i) {
    k.mount_points.push_back({r.text(mounts[i], at("mount_points", i), "id", true),
                              r.text(mounts[i], at("mount_points", i), "name", true)});
  }
  const json& items = r.array(*j, "", "items", true);
  for (size_t i = 0; i < items.size() && !r.failed(); ++i) {
    circuits::ItemSpec it;
    it.id = r.text(items[i], at("items", i), "id", true);
    const std::string path = at("items", i) + " (\"" + it.id + "\")";
    it.name = r.text(items[i], path, "name", true);
    it.description = r.text(items[i], path, "description", true);
    it.mounts = r.texts(items[i], path, "mounts");
    it.parts = r.texts(items[i], path, "parts");
    it.fixed = r.flag(items[i], path, "fixed", false);
    it.traps_air = r.flag(items[i], path, "traps_air", false);
    it.clamp = r.text(items[i], path, "clamp", false);
    const json& ports = r.array(items[i], path, "ports", true);
    for (size_t n = 0; n < ports.size() && !r.failed(); ++n) {
      const std::string pp = at(path + ".ports", n);
      circuits::PortSpec port;
      port.id = r.text(ports[n], pp, "id", true);
      port.name = r.text(ports[n], pp, "name", true);
      port.graph_port = r.text(ports[n], pp, "flow_port", false);
      port.max_joints = static_cast<int>(r.number(ports[n], pp, "max_joints", false, 1.0, 0.0, 16.0));
      const std::string kind = r.text(ports[n], pp, "kind", false, "blood");
      if (kind == "gas") port.kind = circuits::PortKind::gas;
      else if (kind == "water") port.kind = circuits::PortKind::water;
      else if (kind != "blood") r.fail(pp + ".kind", "should be blood, gas or water");
      it.ports.push_back(port);
    }
    for (const auto& m : it.mounts) {
      if (!r.failed() && k.mount_point(m) == nullptr) r.fail(path + ".mounts", "no mount point is called \"" + m + "\"");
    }
    if (!r.failed() && k.item(it.id) != nullptr) r.fail(path + ".id", "another item has this id");
    k.items.push_back(std::move(it));
  }
  const json& routes = r.array(*j, "", "routes", false);
  for (size_t i = 0; i < routes.size() && !r.failed(); ++i) {
    circuits::ControlRoute route;
    route.control = r.text(routes[i], at("routes", i), "control", true);
    route.from = r.text(routes[i], at("routes", i), "from", true);
    route.to = r.text(routes[i], at("routes", i), "to", true);
    k.routes.push_back(route);
  }
  if (r.failed()) out.error = r.error();
  return out;
}

KitLoad load_kit(const std::string& path) {
  KitLoad out;
  auto text = read_text_file(path, out.error);
  if (!text) return out;
  return parse_kit(*text, file_name_of(path));
}

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

std::string procedure_for_choice(const std::string& assets_dir, const std::string& choice, const std::string& age,
                                 std::string& error) {
  const std::string path = assets_dir + "/procedures/choices.json";
  auto text = read_text_file(path, error);
  if (!text) return {};
  auto j = parse_json_text(*text, "choices.json", error);
  if (!j) return {};
  FieldReader r("choices.json");
  const json& list = r.array(*j, "", "choices", true);
  for (size_t i = 0; i < list.size() && !r.failed(); ++i) {
    const std::string c = r.text(list[i], at("choices", i), "choice", true);
    const std::string a = r.text(list[i], at("choices", i), "age", true);
    const std::string p = r.text(list[i], at("choices", i), "procedure", true);
    if (!r.failed() && c == choice && a == age) return p;
  }
  error = r.failed() ? r.error() : "choices.json: no procedure for \"" + choice + "\" with a patient aged \"" + age + "\" yet";
  return {};
}

std::string procedure_path(const std::string& assets_dir, const std::string& id) {
  return assets_dir + "/procedures/" + id + ".json";
}
std::string kit_path(const std::string& assets_dir, const std::string& id) {
  return assets_dir + "/procedures/kits/" + id + ".json";
}

namespace {
std::vector<std::string> json_stems(const std::string& dir) {
  std::vector<std::string> out;
  std::error_code ec;
  for (const auto& e : std::filesystem::directory_iterator(dir, ec)) {
    if (e.is_regular_file() && e.path().extension() == ".json") out.push_back(e.path().stem().string());
  }
  std::sort(out.begin(), out.end());
  return out;
}
}  // namespace

std::vector<std::string> procedure_ids(const std::string& assets_dir) {
  std::vector<std::string> ids = json_stems(assets_dir + "/procedures");
  std::erase(ids, std::string("choices"));  // the Learn/Assess choices, not a procedure
  return ids;
}
std::vector<std::string> kit_ids(const std::string& assets_dir) { return json_stems(assets_dir + "/procedures/kits"); }

}  // namespace perfuse::procedures
