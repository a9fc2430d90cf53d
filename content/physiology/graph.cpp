#include "graph.h"

#include <algorithm>
#include <cmath>
#include <map>

#include "arterial_filter.h"
#include "cannula.h"
#include "centrifugal_pump.h"
#include "clamp.h"
#include "heat_exchanger.h"
#include "oxygenator.h"
#include "patient.h"
#include "reservoir.h"
#include "roller_pump.h"
#include "tubing.h"

namespace perfuse::phys {

const char* to_string(PartType t) {
    switch (t) {
        case PartType::cannula: return "cannula";
        case PartType::tubing: return "tubing";
        case PartType::clamp: return "clamp";
        case PartType::reservoir: return "reservoir";
        case PartType::roller_pump: return "roller_pump";
        case PartType::centrifugal_pump: return "centrifugal_pump";
        case PartType::oxygenator: return "oxygenator";
        case PartType::heat_exchanger: return "heat_exchanger";
        case PartType::arterial_filter: return "arterial_filter";
    }
    return "?";
}

const std::vector<std::string>& patient_sites() {
    static const std::vector<std::string> sites{"aorta", "femoral_artery", "ra", "svc", "ivc", "limb_artery", "limb_vein"};
    return sites;
}

bool is_venous_site(const std::string& site) { return site == "ra" || site == "svc" || site == "ivc"; }

Part* AssembledCircuit::find(const std::string& id) const {
    for (const auto& p : parts) {
        if (p->spec().id == id) return p.get();
    }
    return nullptr;
}

namespace {

double finite_in(double v, double lo, double hi, double fallback) { return std::isfinite(v) ? std::clamp(v, lo, hi) : fallback; }

// A part's sizes come from the user (the assembly feature): NaN, infinite or absurd values are brought
// into a physical range here, as Simulation does for the patient, so a typo cannot put Inf ml of prime
// or a NaN resistance into the network. 0 keeps meaning "default" where the part has one.
PartSpec sanitised(PartSpec s) {
    s.length_cm = finite_in(s.length_cm, 0.0, 1000.0, 0.0);
    s.french = finite_in(s.french, 0.0, 40.0, 0.0);
    s.tip_cm = finite_in(s.tip_cm, -50.0, 50.0, 0.0);
    s.height_cm = finite_in(s.height_cm, -200.0, 200.0, 0.0);
    s.fill_ml = finite_in(s.fill_ml, 0.0, 10000.0, 0.0);
    return s;
}

std::unique_ptr<Part> make_part(const PartSpec& raw, double heater_c) {
    const PartSpec s = sanitised(raw);
    switch (s.type) {
        case PartType::cannula: return std::make_unique<Cannula>(s);
        case PartType::tubing: return std::make_unique<Tubing>(s);
        case PartType::clamp: return std::make_unique<Clamp>(s);
        case PartType::reservoir: return std::make_unique<Reservoir>(s, s.fill_ml);
        case PartType::roller_pump: return std::make_unique<RollerPump>(s);
        case PartType::centrifugal_pump: return std::make_unique<CentrifugalPump>(s);
        case PartType::oxygenator: return std::make_unique<Oxygenator>(s);
        case PartType::heat_exchanger: return std::make_unique<HeatExchanger>(s, heater_c);
        case PartType::arterial_filter: return std::make_unique<ArterialFilter>(s);
    }
    return nullptr;
}

int site_node(const Patient& patient, const std::string& site) {
    const auto& n = patient.nodes();
    if (site == "aorta") return n.art_upper;
    if (site == "femoral_artery") return n.art_lower;
    if (site == "ra") return n.ra;
    if (site == "svc") return n.vein_upper;
    if (site == "ivc") return n.vein_lower;
    if (site == "limb_artery") return n.limb_art;
    if (site == "limb_vein") return n.limb_vein;
    return -1;
}

int add_connector(Network& net, const std::string& name, int from, int to) {
    Path p;
    p.name = name;
    p.from = from;
    p.to = to;
    p.law = resistor_law(kConnectorResistanceMmHgSPerMl);
    return net.add_path(std::move(p));
}

}  // namespace

AssembledCircuit assemble(const CircuitGraph& graph, Patient& patient, Network& net, const Amounts& prime_per_ml,
                          double heater_c) {
    AssembledCircuit out;
    std::map<std::string, size_t> index;
    for (const auto& spec : graph.parts) {
        if (spec.id.empty() || spec.id == "patient") {
            out.error = "a part needs an id other than \"patient\"";
            return out;
        }
        if (index.count(spec.id) != 0) {
            out.error = "two parts are called \"" + spec.id + "\"";
            return out;
        }
        index[spec.id] = out.parts.size();
        out.parts.push_back(make_part(spec, heater_c));
    }
    // Check ports first so nothing is built for a broken graph.
    auto check = [&](const PortRef& r) -> std::string {
        if (r.part == "patient") {
            const auto& s = patient_sites();
            if (std::find(s.begin(), s.end(), r.port) == s.end()) return "unknown patient site \"" + r.port + "\"";
            if (site_node(patient, r.port) < 0) return "patient site \"" + r.port + "\" needs a limb (ilp circuit)";
            return {};
        }
        if (index.count(r.part) == 0) return "connection to unknown part \"" + r.part + "\"";
        if (r.port != "in" && r.port != "out") return "part \"" + r.part + "\" has no port \"" + r.port + "\" (in, out)";
        return {};
    };
    for (const auto& c : graph.connections) {
        for (const PortRef* r : {&c.from, &c.to}) {
            if (auto e = check(*r); !e.empty()) { out.error = e; return out; }
        }
    }
    // Compartments for every part.
    for (auto& part : out.parts) {
        Compartment c;
        c.name = part->spec().id;
        c.volume_ml = part->prime_volume_ml();
        c.unstressed_ml = part->unstressed_ml();
        c.compliance_ml_per_mmHg = std::max(part->compliance_ml_per_mmHg(), 1e-3);
        c.external_mmHg = part->external_mmHg();
        c.empty_suction_mmHg = part->suction_limit_mmHg();
        for (size_t k = 0; k < kSpeciesCount; ++k) c.amount[k] = prime_per_ml[k] * c.volume_ml;
        const int node = net.add_compartment(std::move(c));
        out.compartments.push_back(node);
        part->bind(node, -1);
    }
    auto node_of = [&](const PortRef& r) {
        return r.part == "patient" ? site_node(patient, r.port) : out.parts[index[r.part]]->node();
    };
    // Inlets: gather their sources; other joins become connectors.
    std::vector<std::vector<int>> sources(out.parts.size());
    std::vector<std::vector<std::string>> source_sites(out.parts.size());
    for (const auto& c : graph.connections) {
        const bool from_in = c.from.part != "patient" && c.from.port == "in";
        const bool to_in = c.to.part != "patient" && c.to.port == "in";
        if (to_in && from_in) {
            Compartment j;
            j.name = c.from.part + ".in-" + c.to.part + ".in";
            j.volume_ml = j.unstressed_ml = 5.0;
            j.compliance_ml_per_mmHg = 0.005;
            j.empty_suction_mmHg = 700.0;
            for (size_t k = 0; k < kSpeciesCount; ++k) j.amount[k] = prime_per_ml[k] * j.volume_ml;
            const int junction = net.add_compartment(std::move(j));
            out.compartments.push_back(junction);
            for (const PortRef* r : {&c.from, &c.to}) {
                sources[index[r->part]].push_back(junction);
                source_sites[index[r->part]].push_back({});
            }
        } else if (to_in || from_in) {
            const PortRef& inlet = to_in ? c.to : c.from;
            const PortRef& outlet = to_in ? c.from : c.to;
            sources[index[inlet.part]].push_back(node_of(outlet));
            source_sites[index[inlet.part]].push_back(outlet.part == "patient" ? outlet.port : std::string{});
        } else {
            add_connector(net, c.from.part + "." + c.from.port + "-" + c.to.part + "." + c.to.port, node_of(c.from), node_of(c.to));
        }
    }
    for (size_t i = 0; i < out.parts.size(); ++i) {
        auto& part = *out.parts[i];
        if (sources[i].empty()) continue;  // capped inlet
        int from = sources[i].front();
        if (sources[i].size() > 1) {
            Compartment m;
            m.name = part.spec().id + ".manifold";
            m.volume_ml = m.unstressed_ml = 5.0;
            m.compliance_ml_per_mmHg = 0.005;
            m.empty_suction_mmHg = 700.0;
            for (size_t k = 0; k < kSpeciesCount; ++k) m.amount[k] = prime_per_ml[k] * m.volume_ml;
            from = net.add_compartment(std::move(m));
            out.compartments.push_back(from);
            for (int s : sources[i]) add_connector(net, part.spec().id + ".manifold_in", s, from);
        }
        Path p;
        p.name = part.spec().id;
        p.from = from;
        p.to = part.node();
        const int inflow = net.add_path(std::move(p));
        part.bind(part.node(), inflow);
        if (auto* hook = dynamic_cast<PacketHook*>(&part)) net.set_hook(inflow, hook);
    }
    // Recirculation: a return cannula delivering into the venae cavae / right atrium near a drainage tip.
    for (const auto& c : graph.connections) {
        const PortRef* part_end = c.to.part == "patient" ? &c.from : c.from.part == "patient" ? &c.to : nullptr;
        const PortRef* site_end = c.to.part == "patient" ? &c.to : c.from.part == "patient" ? &c.from : nullptr;
        if (part_end == nullptr || part_end->port != "out" || !is_venous_site(site_end->port)) continue;
        auto* ret = out.parts[index[part_end->part]].get();
        if (ret->spec().type != PartType::cannula || ret->inflow() < 0) continue;
        for (size_t j = 0; j < out.parts.size(); ++j) {
            auto* drain = out.parts[j].get();
            if (drain == ret || drain->spec().type != PartType::cannula || drain->inflow() < 0) continue;
            bool venous_source = false;
            for (const auto& s : source_sites[j]) venous_source = venous_source || is_venous_site(s);
            if (!venous_source) continue;
            Path p;
            p.name = ret->spec().id + "->" + drain->spec().id + ".recirculation";
            p.from = ret->node();
            p.to = drain->node();
            const int path = net.add_path(std::move(p));
            out.recirculations.push_back(std::make_unique<Recirculation>(
                path, ret->inflow(), std::fabs(ret->spec().tip_cm - drain->spec().tip_cm), ret->spec().jet_to_tricuspid));
        }
    }
    return out;
}

}  // namespace perfuse::phys
