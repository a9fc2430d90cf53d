#include <algorithm>
#include <filesystem>
#include <cmath>
#include <fstream>
#include <initializer_list>
#include <nlohmann/json.hpp>
#include <sstream>

#include "scenario.h"

namespace perfuse::scenarios {

namespace {

using nlohmann::json;
using namespace perfuse::phys;

// Thrown inside the parser only; turned into the one-line error at the boundary.
struct Invalid {
    std::string what;
};

std::string fmt(double v) {
    std::ostringstream s;
    s << v;
    return s.str();
}

std::string type_name(const json& v) {
    if (v.is_null()) return "null";
    if (v.is_boolean()) return "true/false";
    if (v.is_number()) return "a number";
    if (v.is_string()) return "a string";
    if (v.is_array()) return "a list";
    return "an object";
}

void only_keys(const json& obj, const std::string& where, std::initializer_list<const char*> allowed) {
    if (!obj.is_object()) throw Invalid{where + " must be an object, not " + type_name(obj)};
    for (const auto& [key, value] : obj.items()) {
        (void)value;
        bool ok = false;
        for (const char* a : allowed) ok = ok || key == a;
        if (!ok) {
            std::string list;
            for (const char* a : allowed) list += (list.empty() ? "" : ", ") + std::string(a);
            throw Invalid{"unknown key \"" + where + "." + key + "\" (expected one of: " + list + ")"};
        }
    }
}

std::optional<double> number(const json& obj, const std::string& where, const char* key, double lo, double hi,
                             const char* unit) {
    if (!obj.contains(key)) return std::nullopt;
    const json& v = obj.at(key);
    const std::string name = where + "." + key;
    if (!v.is_number()) throw Invalid{name + " must be a number (" + unit + "), not " + type_name(v)};
    const double x = v.get<double>();
    if (!std::isfinite(x) || x < lo || x > hi) {
        throw Invalid{name + " " + fmt(x) + " is outside " + fmt(lo) + " to " + fmt(hi) + " (" + unit + ")"};
    }
    return x;
}

std::optional<bool> boolean(const json& obj, const std::string& where, const char* key) {
    if (!obj.contains(key)) return std::nullopt;
    const json& v = obj.at(key);
    if (!v.is_boolean()) throw Invalid{where + "." + key + " must be true or false, not " + type_name(v)};
    return v.get<bool>();
}

template <typename E>
std::optional<E> choice(const json& obj, const std::string& where, const char* key,
                        std::initializer_list<std::pair<const char*, E>> options) {
    if (!obj.contains(key)) return std::nullopt;
    const json& v = obj.at(key);
    std::string list;
    for (const auto& o : options) list += (list.empty() ? "" : ", ") + std::string(o.first);
    if (!v.is_string()) throw Invalid{where + "." + key + " must be one of " + list + ", not " + type_name(v)};
    const std::string s = v.get<std::string>();
    for (const auto& o : options) {
        if (s == o.first) return o.second;
    }
    throw Invalid{where + "." + key + " \"" + s + "\" is not one of " + list};
}

PatientSpec parse_patient(const json& j) {
    only_keys(j, "patient", {"age_years", "weight_kg", "height_cm", "hb_g_dl", "temperature_c", "heart", "lungs"});
    PatientSpec p;
    const std::string w = "patient";
    p.age_years = number(j, w, "age_years", 0.0, 120.0, "years").value_or(p.age_years);
    p.weight_kg = number(j, w, "weight_kg", 0.5, 300.0, "kg").value_or(p.weight_kg);
    p.height_cm = number(j, w, "height_cm", 30.0, 250.0, "cm").value_or(p.height_cm);
    p.hb_g_dl = number(j, w, "hb_g_dl", 3.0, 25.0, "g/dl").value_or(p.hb_g_dl);
    p.temperature_c = number(j, w, "temperature_c", 15.0, 42.0, "degC").value_or(p.temperature_c);
    p.heart = choice<HeartState>(j, w, "heart", {{"normal", HeartState::normal}, {"failing", HeartState::failing},
                                                 {"arrested", HeartState::arrested}}).value_or(p.heart);
    p.lungs = choice<LungState>(j, w, "lungs", {{"normal", LungState::normal}, {"ards", LungState::ards}}).value_or(p.lungs);
    return p;
}

CircuitOptions parse_circuit(const json& j) {
  only_keys(j, "circuit", {"type", "prime_ml", "prime_hb_g_dl", "cannulation", "cannula_tip_distance_cm", "limb",
                           "limb_volume_l"});
    const std::string w = "circuit";
    CircuitOptions c;
    const auto type = choice<CircuitType>(j, w, "type", {{"none", CircuitType::none}, {"cpb", CircuitType::cpb},
                                                         {"va_ecmo", CircuitType::va_ecmo}, {"vv_ecmo", CircuitType::vv_ecmo},
                                           {"ilp", CircuitType::ilp}});
    if (!type) throw Invalid{"circuit.type is missing (none, cpb, va_ecmo, vv_ecmo, ilp)"};
    c.type = *type;
    c.prime_ml = number(j, w, "prime_ml", 0.0, 5000.0, "ml");
    c.prime_hb_g_dl = number(j, w, "prime_hb_g_dl", 0.0, 25.0, "g/dl");
    if (c.type == CircuitType::none && (c.prime_ml || c.prime_hb_g_dl)) {
        throw Invalid{"circuit.prime_ml and circuit.prime_hb_g_dl need a circuit (type is none)"};
    }
    if (const auto how = choice<Cannulation>(j, w, "cannulation",
                                             {{"femoral", Cannulation::femoral}, {"central", Cannulation::central},
                                              {"cervical", Cannulation::cervical},
                                              {"femoral_jugular", Cannulation::femoral_jugular},
                                              {"dual_lumen", Cannulation::dual_lumen}})) {
      const bool va_kind = *how == Cannulation::femoral || *how == Cannulation::central || *how == Cannulation::cervical;
      if (c.type == CircuitType::va_ecmo && !va_kind) throw Invalid{"circuit.cannulation for va_ecmo is femoral, central or cervical"};
      if (c.type == CircuitType::vv_ecmo && va_kind) throw Invalid{"circuit.cannulation for vv_ecmo is femoral_jugular or dual_lumen"};
      if (c.type != CircuitType::va_ecmo && c.type != CircuitType::vv_ecmo) throw Invalid{"circuit.cannulation applies only to va_ecmo and vv_ecmo"};
        c.cannulation = *how;
    }
    if (const auto d = number(j, w, "cannula_tip_distance_cm", 0.0, 60.0, "cm")) {
        if (c.type != CircuitType::vv_ecmo) throw Invalid{"circuit.cannula_tip_distance_cm applies only to vv_ecmo"};
        c.cannula_tip_distance_cm = *d;
    }
    const auto limb = choice<Limb>(j, w, "limb", {{"leg", Limb::leg}, {"arm", Limb::arm}});
    const auto limb_l = number(j, w, "limb_volume_l", 0.5, 30.0, "litres");
    if ((limb || limb_l) && c.type != CircuitType::ilp) throw Invalid{"circuit.limb and circuit.limb_volume_l apply only to ilp"};
    if (limb) c.limb = *limb;
    c.limb_volume_l = limb_l;
    return c;
}

SettingsPatch parse_settings(const json& j, const std::string& w, const CircuitOptions& circuit, bool event) {
    if (event) {
      only_keys(j, w, {"pump_flow_l_min", "pump_rpm", "sweep_l_min", "fio2", "heater_c", "arterial_clamp", "venous_clamp",
                       "venous_occlusion", "tourniquet", "melphalan_mg", "vent_fio2", "ventilated", "cardioplegia_ml_min",
                       "cardioplegia_ratio", "haemofilter_ml_min", "hand_crank_rpm", "bubble_detector", "level_detector",
                       "line_pressure_servo", "line_pressure_limit_mmHg", "washout_ml_min", "heart", "lungs",
                       "fluid_ml", "blood_ml", "bleed_ml"});
    } else {
      only_keys(j, w, {"pump_flow_l_min", "pump_rpm", "sweep_l_min", "fio2", "heater_c", "arterial_clamp", "venous_clamp",
                       "venous_occlusion", "tourniquet", "melphalan_mg", "vent_fio2", "ventilated", "cardioplegia_ml_min",
                       "cardioplegia_ratio", "haemofilter_ml_min", "hand_crank_rpm", "bubble_detector", "level_detector",
                       "line_pressure_servo", "line_pressure_limit_mmHg", "washout_ml_min"});
    }
    const bool centrifugal = circuit.type == CircuitType::va_ecmo || circuit.type == CircuitType::vv_ecmo;
    const bool roller = circuit.type == CircuitType::cpb || circuit.type == CircuitType::ilp;
    const bool any_pump = centrifugal || roller;
    auto needs = [&](bool ok, const char* key, const char* why) {
        if (ok && j.contains(key)) return;
        if (j.contains(key)) throw Invalid{w + "." + key + " " + why};
    };
    needs(roller, "pump_flow_l_min", centrifugal ? "does not apply: ECMO uses a centrifugal pump, set pump_rpm"
                                                  : "needs a circuit with a pump");
    needs(any_pump, "pump_rpm", "needs a circuit with a pump");
    for (const char* k : {"sweep_l_min", "fio2", "heater_c", "arterial_clamp", "venous_clamp", "venous_occlusion",
                          "hand_crank_rpm", "bubble_detector"}) {
        needs(any_pump, k, "needs a circuit (cpb, va_ecmo, vv_ecmo, ilp)");
    }
    for (const char* k : {"cardioplegia_ml_min", "cardioplegia_ratio", "haemofilter_ml_min", "level_detector",
                          "line_pressure_servo", "line_pressure_limit_mmHg", "washout_ml_min"}) {
        needs(roller, k, "needs a circuit with a reservoir (cpb, ilp)");
    }
    for (const char* k : {"tourniquet", "melphalan_mg"}) needs(circuit.type == CircuitType::ilp, k, "applies only to ilp");

    SettingsPatch s;
    s.pump_flow_l_min = number(j, w, "pump_flow_l_min", 0.0, 10.0, "l/min");
    s.pump_rpm = number(j, w, "pump_rpm", 0.0, roller ? 300.0 : 5000.0, "rpm");
    s.sweep_l_min = number(j, w, "sweep_l_min", 0.0, 15.0, "l/min");
    s.fio2 = number(j, w, "fio2", 0.0, 1.0, "fraction, not %");
    s.heater_c = number(j, w, "heater_c", 2.0, 42.0, "degC");
    s.arterial_clamp = boolean(j, w, "arterial_clamp");
    s.venous_clamp = boolean(j, w, "venous_clamp");
    if (j.contains("venous_occlusion")) {
        const json& v = j.at("venous_occlusion");
        if (v.is_string() && v.get<std::string>() == "auto") {
            s.venous_occlusion_auto = true;
        } else if (v.is_number()) {
            s.venous_occlusion = number(j, w, "venous_occlusion", 0.0, 1.0, "fraction occluded");
        } else {
            throw Invalid{w + ".venous_occlusion must be \"auto\" or a number 0 to 1"};
        }
    }
    s.tourniquet = choice<Tourniquet>(j, w, "tourniquet", {{"tight", Tourniquet::tight}, {"loose", Tourniquet::loose}});
    s.melphalan_mg = number(j, w, "melphalan_mg", 0.0, 300.0, "mg");
    s.vent_fio2 = number(j, w, "vent_fio2", 0.21, 1.0, "fraction, not %");
    s.ventilated = boolean(j, w, "ventilated");
    s.cardioplegia_ml_min = number(j, w, "cardioplegia_ml_min", 0.0, 1000.0, "ml/min");
    s.cardioplegia_ratio = number(j, w, "cardioplegia_ratio", 0.0, 20.0, "blood:crystalloid");
    s.haemofilter_ml_min = number(j, w, "haemofilter_ml_min", 0.0, 200.0, "ml/min");
    s.hand_crank_rpm = number(j, w, "hand_crank_rpm", 0.0, roller ? 300.0 : 5000.0, "rpm");
    s.bubble_detector = boolean(j, w, "bubble_detector");
    s.level_detector = boolean(j, w, "level_detector");
    s.line_pressure_servo = boolean(j, w, "line_pressure_servo");
    s.washout_ml_min = number(j, w, "washout_ml_min", 0.0, kMaxWashoutMlMin, "ml/min");
    s.line_pressure_limit_mmHg = number(j, w, "line_pressure_limit_mmHg", kMinLinePressureLimitMmHg,
                                        kMaxLinePressureLimitMmHg, "mmHg");
    if (event) {
      s.heart = choice<HeartState>(j, w, "heart", {{"normal", HeartState::normal}, {"failing", HeartState::failing},
                                                   {"arrested", HeartState::arrested}});
        s.lungs = choice<LungState>(j, w, "lungs", {{"normal", LungState::normal}, {"ards", LungState::ards}});
        s.fluid_ml = number(j, w, "fluid_ml", 0.0, 5000.0, "ml");
        s.blood_ml = number(j, w, "blood_ml", 0.0, 5000.0, "ml");
        s.bleed_ml = number(j, w, "bleed_ml", 0.0, 5000.0, "ml");
    }
    return s;
}

Fault parse_fault(const json& v, const std::string& where) {
    const char* names = "oxygenator_failure, air_in_arterial_line, pump_stop, power_loss, venous_kink, hypovolaemia";
    if (!v.is_string()) throw Invalid{where + " must be one of " + std::string(names) + ", not " + type_name(v)};
    const auto f = fault_from_string(v.get<std::string>());
    if (!f) throw Invalid{where + " \"" + v.get<std::string>() + "\" is not a known fault (" + names + ")"};
    return *f;
}

std::vector<Event> parse_events(const json& j, const CircuitOptions& circuit) {
    if (!j.is_array()) throw Invalid{"events must be a list, not " + type_name(j)};
    std::vector<Event> events;
    for (size_t i = 0; i < j.size(); ++i) {
        const std::string w = "events[" + std::to_string(i) + "]";
        const json& e = j[i];
        only_keys(e, w, {"t", "set", "fault", "clear", "note"});
        Event ev;
        const auto t = number(e, w, "t", 0.0, 1e6, "s");
        if (!t) throw Invalid{w + ".t is missing (seconds from the start)"};
        ev.t_s = *t;
        const int kinds = int(e.contains("set")) + int(e.contains("fault")) + int(e.contains("clear"));
        if (kinds != 1) throw Invalid{w + " needs exactly one of \"set\", \"fault\" or \"clear\""};
        if (e.contains("set")) ev.set = parse_settings(e.at("set"), w + ".set", circuit, true);
        if (e.contains("fault")) ev.fault = parse_fault(e.at("fault"), w + ".fault");
        if (e.contains("clear")) ev.clear = parse_fault(e.at("clear"), w + ".clear");
        if (e.contains("note") && !e.at("note").is_string()) throw Invalid{w + ".note must be a string"};
        events.push_back(std::move(ev));
    }
    std::stable_sort(events.begin(), events.end(), [](const Event& a, const Event& b) { return a.t_s < b.t_s; });
    return events;
}

std::string one_line(std::string s) {
    std::replace(s.begin(), s.end(), '\n', ' ');
    std::replace(s.begin(), s.end(), '\r', ' ');
    return s;
}

}  // namespace

ParseResult parse_scenario(const std::string& json_text, const std::string& file_label) {
    ParseResult r;
    try {
        json root;
        try {
            root = json::parse(json_text);
        } catch (const json::parse_error& e) {
            // Report where, as line and column, from the byte offset.
            size_t line = 1, col = 1;
            const size_t end = std::min<size_t>(e.byte > 0 ? e.byte - 1 : 0, json_text.size());
            for (size_t i = 0; i < end; ++i) {
              if (json_text[i] == '\n') { ++line; col = 1; } else { ++col; }
            }
            throw Invalid{"not valid JSON (line " + std::to_string(line) + ", column " + std::to_string(col) + ")"};
        }
        only_keys(root, "scenario", {"description", "patient", "circuit", "settings", "events", "duration_s"});
        Scenario s;
        if (root.contains("description")) {
            if (!root.at("description").is_string()) throw Invalid{"description must be a string"};
            s.description = root.at("description").get<std::string>();
        }
        if (!root.contains("patient")) throw Invalid{"patient is missing"};
        if (!root.contains("circuit")) throw Invalid{"circuit is missing"};
        s.patient = parse_patient(root.at("patient"));
        s.circuit = parse_circuit(root.at("circuit"));
        if (root.contains("settings")) s.settings = parse_settings(root.at("settings"), "settings", s.circuit, false);
        if (root.contains("events")) s.events = parse_events(root.at("events"), s.circuit);
        s.duration_s = number(root, "scenario", "duration_s", 0.0, 7.0 * 24 * 3600, "s");
        // Let the model check what only it knows (e.g. a prime smaller than the circuit).
        if (s.circuit.type != CircuitType::none) {
            const auto built = standard_circuit(s.circuit, s.patient);
            if (!built.error.empty()) throw Invalid{built.error};
        }
        r.scenario = std::move(s);
    } catch (const Invalid& e) {
        r.error = one_line(file_label + ": " + e.what);
    } catch (const std::exception& e) {
        r.error = one_line(file_label + ": " + e.what());
    }
    return r;
}

ParseResult load_scenario(const std::string& path) {
    std::error_code ec;
    if (std::filesystem::is_directory(path, ec)) return {std::nullopt, one_line(path + ": is a folder, not a scenario file")};
    std::ifstream in(path, std::ios::binary);
    if (!in) return {std::nullopt, one_line(path + ": cannot be read")};
    std::ostringstream text;
    text << in.rdbuf();
    if (in.bad()) return {std::nullopt, one_line(path + ": cannot be read")};
    return parse_scenario(text.str(), path);
}

}  // namespace perfuse::scenarios
