// The workbench as the flow model sees it, and the questions that follow the joints.
#include <algorithm>
#include <set>

#include "arterial_filter.h"
#include "cannula.h"
#include "centrifugal_pump.h"
#include "heat_exchanger.h"
#include "oxygenator.h"
#include "roller_pump.h"
#include "tubing.h"
#include "workbench.h"

namespace perfuse::circuits {

namespace {

// The volume a part holds when primed, from the flow model's own parts (the reservoir holds what is left).
double part_volume_ml(const phys::PartSpec& s) {
    switch (s.type) {
        case phys::PartType::cannula: return phys::Cannula(s).prime_volume_ml();
        case phys::PartType::tubing: return phys::Tubing(s).prime_volume_ml();
        case phys::PartType::clamp: return 5.0;
        case phys::PartType::roller_pump: return phys::RollerPump(s).prime_volume_ml();
        case phys::PartType::centrifugal_pump: return phys::CentrifugalPump(s).prime_volume_ml();
        case phys::PartType::oxygenator: return phys::Oxygenator(s).prime_volume_ml();
        case phys::PartType::heat_exchanger: return phys::HeatExchanger(s, 37.0).prime_volume_ml();
        case phys::PartType::arterial_filter: return phys::ArterialFilter(s).prime_volume_ml();
        case phys::PartType::reservoir: return 0.0;
    }
    return 0.0;
}

const phys::PartSpec* sized_part(const phys::StandardCircuit& sized, const std::string& id) {
    for (const auto& p : sized.graph.parts) {
        if (p.id == id) return &p;
    }
    return nullptr;
}

}  // namespace

std::string Workbench::sizing_error() const {
    if (!sized_.error.empty()) return sized_.error;
    for (const auto& item : kit_.items) {
        for (const auto& part : item.parts) {
            if (sized_part(sized_, part) == nullptr) {
                return "kit \"" + kit_.id + "\": item \"" + item.id + "\" names part \"" + part + "\", which a " +
                       phys::to_string(kit_.circuit) + " circuit for this patient does not have";
            }
        }
    }
    return {};
}

double Workbench::usual_prime_ml() const {
    double total = 0.0;
    for (const auto& p : sized_.graph.parts) total += p.type == phys::PartType::reservoir ? p.fill_ml : part_volume_ml(p);
    return total;
}

phys::CircuitGraph Workbench::to_graph() const {
    phys::CircuitGraph g;
    double fixed_ml = 0.0;
    for (const auto& item : kit_.items) {
        if (item.fixed || item.parts.empty() || !in_use(item.id)) continue;
        for (size_t i = 0; i < item.parts.size(); ++i) {
            const phys::PartSpec* spec = sized_part(sized_, item.parts[i]);
            if (spec == nullptr) continue;  // sizing_error() reports it
            g.parts.push_back(*spec);
            if (spec->type != phys::PartType::reservoir) fixed_ml += part_volume_ml(*spec);
            if (i > 0) g.connections.push_back({{item.parts[i - 1], "out"}, {item.parts[i], "in"}});
        }
    }
    for (auto& p : g.parts) {
        if (p.type == phys::PartType::reservoir) p.fill_ml = primed() ? std::max(0.0, prime_ml_ - fixed_ml) : 0.0;
    }
    std::set<std::string> present;
    for (const auto& p : g.parts) present.insert(p.id);
    // A joint becomes a connection when both ends are blood ports the flow model knows.
    auto to_ref = [&](const std::string& ref, phys::PortRef& out) {
        std::string item_id, port_id;
        if (!split_port(ref, item_id, port_id)) return false;
        const ItemSpec* item = kit_.item(item_id);
        const PortSpec* port = item != nullptr ? item->port(port_id) : nullptr;
        if (port == nullptr || port->kind != PortKind::blood) return false;
        const std::string& flow = port->flow_port();
        if (item_id == "patient") {
            const auto& sites = phys::patient_sites();
            if (std::find(sites.begin(), sites.end(), flow) == sites.end()) return false;
            out = {"patient", flow};
            return true;
        }
        if (item->parts.empty() || (flow != "in" && flow != "out")) return false;
        out = {flow == "in" ? item->parts.front() : item->parts.back(), flow};
        return present.count(out.part) != 0;
    };
    for (const auto& j : joints_) {
        phys::PortRef a, b;
        if (to_ref(j.a, a) && to_ref(j.b, b) && !(a.part == "patient" && b.part == "patient")) g.connections.push_back({a, b});
    }
    return g;
}

bool Workbench::linked(const std::string& from, const std::string& to) const {
    std::vector<std::string> open{from};
    std::set<std::string> seen{from};
    while (!open.empty()) {
        const std::string at = open.back();
        open.pop_back();
        if (at == to) return true;
        std::vector<std::string> next = partners(at);
        // Through an item without flow parts (a gas or water line, a delivery set): all its ports lead on.
        std::string item_id, port_id;
        if (split_port(at, item_id, port_id)) {
            const ItemSpec* item = kit_.item(item_id);
            if (item != nullptr && item->parts.empty() && !item->fixed && in_use(item_id)) {
                for (const auto& p : item->ports) next.push_back(item_id + "." + p.id);
            }
        }
        for (const auto& n : next) {
            if (seen.insert(n).second) open.push_back(n);
        }
    }
    return false;
}

bool Workbench::control_routed(const std::string& key) const {
    for (const auto& r : kit_.routes) {
        if (r.control == key && !linked(r.from, r.to)) return false;
    }
    return true;
}

namespace {
// The patient is joined to `flow_side` ("out": blood goes into the patient) of an item whose other
// side is joined to something.
bool patient_joined(const Workbench& bench, const std::string& flow_side) {
    const Kit& kit = bench.kit();
    for (const auto& j : bench.joints()) {
        for (const auto& [mine, theirs] : {std::pair{j.a, j.b}, std::pair{j.b, j.a}}) {
            if (mine.rfind("patient.", 0) != 0) continue;
            std::string item_id, port_id;
            if (!split_port(theirs, item_id, port_id)) continue;
            const ItemSpec* item = kit.item(item_id);
            const PortSpec* port = item != nullptr ? item->port(port_id) : nullptr;
            if (port == nullptr || item->parts.empty() || port->flow_port() != flow_side) continue;
            for (const auto& other : item->ports) {
                const bool other_side = other.kind == PortKind::blood && other.flow_port() != flow_side &&
                                        (other.flow_port() == "in" || other.flow_port() == "out");
                if (other_side && !bench.partners(item_id + "." + other.id).empty()) return true;
            }
        }
    }
    return false;
}
}  // namespace

bool Workbench::returns_to_patient() const { return patient_joined(*this, "out"); }
bool Workbench::drains_patient() const { return patient_joined(*this, "in"); }

}  // namespace perfuse::circuits
