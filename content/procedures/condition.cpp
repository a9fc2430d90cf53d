#include "condition.h"

#include <sstream>

#include "live_circuit.h"

namespace perfuse::procedures {

namespace {

using Reader = std::optional<double> (*)(const phys::Snapshot&);
struct Named {
    const char* name;
    Reader read;
};
template <typename T>
std::optional<double> opt(const std::optional<T>& v) { return v ? std::optional<double>(*v) : std::nullopt; }
std::optional<double> alarm(const phys::Snapshot& s, const char* name) {
    return ("|" + s.alarms + "|").find(std::string("|") + name + "|") != std::string::npos ? 1.0 : 0.0;
}

const std::vector<Named>& table() {
    static const std::vector<Named> t{
        {"t_s", [](const phys::Snapshot& s) -> std::optional<double> { return s.t_s; }},
        {"map_mmHg", [](const phys::Snapshot& s) -> std::optional<double> { return s.map_mmHg; }},
        {"cvp_mmHg", [](const phys::Snapshot& s) -> std::optional<double> { return s.cvp_mmHg; }},
        {"heart_output_l_min", [](const phys::Snapshot& s) -> std::optional<double> { return s.heart_output_l_min; }},
        {"pump_flow_l_min", [](const phys::Snapshot& s) { return opt(s.pump_flow_l_min); }},
        {"pump_rpm", [](const phys::Snapshot& s) { return opt(s.pump_rpm); }},
        {"arterial_line_mmHg", [](const phys::Snapshot& s) { return opt(s.arterial_line_mmHg); }},
        {"venous_line_mmHg", [](const phys::Snapshot& s) { return opt(s.venous_line_mmHg); }},
        {"sao2", [](const phys::Snapshot& s) -> std::optional<double> { return s.sao2; }},
        {"svo2", [](const phys::Snapshot& s) -> std::optional<double> { return s.svo2; }},
        {"sao2_upper", [](const phys::Snapshot& s) -> std::optional<double> { return s.sao2_upper; }},
        {"sao2_lower", [](const phys::Snapshot& s) -> std::optional<double> { return s.sao2_lower; }},
        {"pao2_mmHg", [](const phys::Snapshot& s) -> std::optional<double> { return s.pao2_mmHg; }},
        {"paco2_mmHg", [](const phys::Snapshot& s) -> std::optional<double> { return s.paco2_mmHg; }},
        {"hb_g_dl", [](const phys::Snapshot& s) -> std::optional<double> { return s.hb_g_dl; }},
        {"hct", [](const phys::Snapshot& s) -> std::optional<double> { return s.hct; }},
        {"temp_c", [](const phys::Snapshot& s) -> std::optional<double> { return s.temp_c; }},
        {"do2_ml_min", [](const phys::Snapshot& s) -> std::optional<double> { return s.do2_ml_min; }},
        {"vo2_ml_min", [](const phys::Snapshot& s) -> std::optional<double> { return s.vo2_ml_min; }},
        {"reservoir_ml", [](const phys::Snapshot& s) { return opt(s.reservoir_ml); }},
        {"blood_volume_ml", [](const phys::Snapshot& s) -> std::optional<double> { return s.blood_volume_ml; }},
        {"recirculation", [](const phys::Snapshot& s) { return opt(s.recirculation); }},
        {"limb_temp_c", [](const phys::Snapshot& s) { return opt(s.limb_temp_c); }},
        {"limb_flow_ml_min", [](const phys::Snapshot& s) { return opt(s.limb_flow_ml_min); }},
        {"leak_percent", [](const phys::Snapshot& s) { return opt(s.leak_percent); }},
        {"limb_melphalan_mg_l", [](const phys::Snapshot& s) { return opt(s.limb_melphalan_mg_l); }},
        {"systemic_melphalan_mg_l", [](const phys::Snapshot& s) { return opt(s.systemic_melphalan_mg_l); }},
        {"o2_debt_ml", [](const phys::Snapshot& s) -> std::optional<double> { return s.o2_debt_ml; }},
        {"oxygenator_dp_mmHg", [](const phys::Snapshot& s) { return opt(s.oxygenator_dp_mmHg); }},
        {"post_oxygenator_po2_mmHg", [](const phys::Snapshot& s) { return opt(s.post_oxygenator_po2_mmHg); }},
        {"air_to_patient_ml", [](const phys::Snapshot& s) -> std::optional<double> { return s.air_to_patient_ml; }},
        {"act_s", [](const phys::Snapshot& s) -> std::optional<double> { return s.act_s; }},
        {"heparin_u_per_kg", [](const phys::Snapshot& s) -> std::optional<double> { return s.heparin_u_per_kg; }},
        {"air_detected", [](const phys::Snapshot& s) { return alarm(s, "air_detected"); }},
        {"high_line_pressure", [](const phys::Snapshot& s) { return alarm(s, "high_line_pressure"); }},
        {"pressure_servo", [](const phys::Snapshot& s) { return alarm(s, "pressure_servo"); }},
        {"low_level", [](const phys::Snapshot& s) { return alarm(s, "low_level"); }},
        {"chatter", [](const phys::Snapshot& s) { return alarm(s, "chatter"); }},
    };
    return t;
}

bool in_range(std::optional<double> v, const Condition& c) {
    if (!v) return false;
    if (c.min && *v < *c.min) return false;
    if (c.max && *v > *c.max) return false;
    return true;
}

bool test(const Condition& c, ConditionContext& ctx) {
    const circuits::Workbench& b = ctx.live.bench();
    switch (c.kind) {
        case ConditionKind::mounted:
            return b.state(c.a).place == circuits::Place::mounted && (c.b.empty() || b.state(c.a).mount == c.b);
        case ConditionKind::in_use: return b.in_use(c.a);
        case ConditionKind::joined: return b.joined(c.a, c.b);
        case ConditionKind::linked: return b.linked(c.a, c.b);
        case ConditionKind::clamped: return b.in_use(c.a) && b.state(c.a).clamped;
        case ConditionKind::unclamped: return b.in_use(c.a) && !b.state(c.a).clamped;
        case ConditionKind::primed: return b.primed() == c.flag;
        case ConditionKind::air_free: return (b.primed() && !b.has_air()) == c.flag;
        case ConditionKind::de_aired: return b.in_use(c.a) && b.state(c.a).wet && !b.state(c.a).air;
        case ConditionKind::setting: return in_range(b.control(c.a), c);
        case ConditionKind::value: return in_range(read_value(ctx.snap, c.a), c);
        case ConditionKind::returns_to_patient: return b.returns_to_patient() == c.flag;
        case ConditionKind::drains_patient: return b.drains_patient() == c.flag;
        case ConditionKind::step_done: {
            if (ctx.steps_done == nullptr || ctx.step_ids == nullptr) return false;
            for (size_t i = 0; i < ctx.step_ids->size(); ++i) {
                if ((*ctx.step_ids)[i] == c.a) return (*ctx.steps_done)[i];
            }
            return false;
        }
        case ConditionKind::all: {
            bool all = true;
            for (const auto& child : c.children) all = evaluate(child, ctx) && all;  // evaluate all: timers run
            return all;
        }
        case ConditionKind::any: {
            bool any = false;
            for (const auto& child : c.children) any = evaluate(child, ctx) || any;
            return any;
        }
        case ConditionKind::negate: return !c.children.empty() && !evaluate(c.children.front(), ctx);
    }
    return false;
}

}  // namespace

const std::vector<std::string>& value_names() {
    static const std::vector<std::string> names = [] {
        std::vector<std::string> n;
        for (const auto& e : table()) n.push_back(e.name);
        return n;
    }();
    return names;
}

std::optional<double> read_value(const phys::Snapshot& snap, const std::string& name) {
    for (const auto& e : table()) {
        if (name == e.name) return e.read(snap);
    }
    return std::nullopt;
}

bool evaluate(const Condition& c, ConditionContext& ctx) {
    const bool now = test(c, ctx);
    if (c.for_s <= 0.0 || ctx.held_s == nullptr || c.id < 0) return now;
    if (static_cast<size_t>(c.id) >= ctx.held_s->size()) ctx.held_s->resize(static_cast<size_t>(c.id) + 1, 0.0);
    double& held = (*ctx.held_s)[static_cast<size_t>(c.id)];
    held = now ? held + ctx.dt_s : 0.0;
    return now && held >= c.for_s - 1e-9;
}

std::string describe(const Condition& c) {
    std::ostringstream o;
    auto range = [&] {
        if (c.min && c.max) o << " between " << *c.min << " and " << *c.max;
        else if (c.min) o << " at least " << *c.min;
        else if (c.max) o << " at most " << *c.max;
    };
    switch (c.kind) {
        case ConditionKind::mounted: o << c.a << " mounted" << (c.b.empty() ? "" : " on " + c.b); break;
        case ConditionKind::in_use: o << c.a << " in use"; break;
        case ConditionKind::joined: o << c.a << " joined to " << c.b; break;
        case ConditionKind::linked: o << c.a << " linked to " << c.b; break;
        case ConditionKind::clamped: o << c.a << " clamped"; break;
        case ConditionKind::unclamped: o << c.a << " open"; break;
        case ConditionKind::primed: o << (c.flag ? "circuit primed" : "circuit not primed"); break;
        case ConditionKind::air_free: o << (c.flag ? "no air left in the circuit" : "air left in the circuit"); break;
        case ConditionKind::de_aired: o << c.a << " de-aired"; break;
        case ConditionKind::setting: o << "control " << c.a; range(); break;
        case ConditionKind::value: o << c.a; range(); break;
        case ConditionKind::returns_to_patient: o << (c.flag ? "" : "not ") << "returning blood to the patient"; break;
        case ConditionKind::drains_patient: o << (c.flag ? "" : "not ") << "draining the patient"; break;
        case ConditionKind::step_done: o << "step " << c.a << " done"; break;
        case ConditionKind::all:
        case ConditionKind::any: {
            o << (c.kind == ConditionKind::all ? "all of (" : "any of (");
            for (size_t i = 0; i < c.children.size(); ++i) o << (i ? "; " : "") << describe(c.children[i]);
            o << ")";
            break;
        }
        case ConditionKind::negate: o << "not (" << (c.children.empty() ? "" : describe(c.children.front())) << ")"; break;
    }
    if (c.for_s > 0.0) o << " for " << c.for_s << " s";
    return o.str();
}

}  // namespace perfuse::procedures
