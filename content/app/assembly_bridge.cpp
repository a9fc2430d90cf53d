#include "app/assembly_bridge.h"

#include "blood_gas.h"
#include "graph.h"
#include "procedure_run.h"
#include "simulation.h"
#include "workbench.h"

namespace perfuse {

namespace {
constexpr double kBloodHct = 0.03;  // below this a line holds clear prime, not blood (~1 g/dl Hb)

PortKey key_of(const std::string& ref) {
    PortKey key;
    if (!circuits::split_port(ref, key.part, key.port)) return {};
    return key;
}

// The first port joined to REF, or empty (a port may take several, through a Y-connector).
std::string partner(const circuits::Workbench& bench, const std::string& ref) {
    const std::vector<std::string> all = bench.partners(ref);
    return all.empty() ? std::string() : all.front();
}

std::string ref_of(const PortKey& key) { return key.part + "." + key.port; }

// A tubing pack's or cannula's two ends: its "in" and "out" ports; with only one of them, that one and
// the first other port (a dual-lumen cannula's drainage lumen: its first holes and its connector);
// else its first two.
std::pair<std::string, std::string> line_ends(const circuits::ItemSpec& item) {
    if (item.port("in") && item.port("out")) return {"in", "out"};
    const auto first_other = [&](const std::string& not_this) {
        for (const circuits::PortSpec& port : item.ports)
            if (port.id != not_this) return port.id;
        return std::string();
    };
    if (item.port("out") && item.ports.size() >= 2) return {first_other("out"), "out"};
    if (item.port("in") && item.ports.size() >= 2) return {"in", first_other("in")};
    if (item.ports.size() >= 2) return {item.ports[0].id, item.ports[1].id};
    return {};
}

LineFluid compartment_fluid(const phys::Simulation& sim, const std::string& part) {
    const phys::Part* p = sim.circuit().find(part);
    if (!p || p->node() < 0) return {};
    const phys::Compartment& c = sim.network().compartment(p->node());
    if (c.volume_ml < 1e-3) return {};
    const double hct = c.amount[phys::kRbc] / c.volume_ml;
    if (hct < kBloodHct) return {.content = LineContent::crystalloid};
    const double o2_ml_dl = 100.0 * c.amount[phys::kO2] / c.volume_ml;
    const double co2_ml_dl = 100.0 * c.amount[phys::kCo2] / c.volume_ml;
    const double temp_c = c.amount[phys::kHeat] / c.volume_ml;
    const double sat = phys::gas::saturation_from_content(o2_ml_dl, hct * phys::gas::kMchcGPerDl, temp_c,
                                                     phys::gas::pco2_from_content_mmHg(co2_ml_dl));
    return {.content = LineContent::blood, .saturation = sat};
}

// The item whose contents a direct joint shows: the one whose outlet it is.
std::string upstream_item(const circuits::Workbench& bench, const PortKey& a, const PortKey& b) {
    const auto has_parts = [&](const PortKey& k) {
        const circuits::ItemSpec* item = bench.kit().item(k.part);
        return item && !item->parts.empty();
    };
    if (a.port == "out" && has_parts(a)) return a.part;
    if (b.port == "out" && has_parts(b)) return b.part;
    return has_parts(a) ? a.part : b.part;
}
}  // namespace

LineFluid item_fluid(const circuits::Workbench& bench, const phys::Simulation& sim, const std::string& item_id) {
    const circuits::ItemSpec* item = bench.kit().item(item_id);
    const circuits::ItemState& state = bench.state(item_id);
    if (!item || !state.wet) return {.content = LineContent::empty, .air = false};
    LineFluid fluid = item->parts.empty() ? LineFluid{.content = LineContent::crystalloid}
                                          : compartment_fluid(sim, item->parts.back());
    if (fluid.content == LineContent::empty) fluid.content = LineContent::crystalloid;  // wet, not yet in the model
    fluid.air = state.air;
    return fluid;
}

AssemblyState read_assembly_state(const procedures::ProcedureRun& run, const AssemblyLayout& layout, const PortKey& chosen) {
    const circuits::Workbench& bench = run.bench();
    const phys::Simulation& sim = run.live().simulation();
    AssemblyState out;
    out.chosen_port = chosen;
    for (const PartLayout& part : layout.parts) {
        const circuits::ItemSpec* item = bench.kit().item(part.id);
        if (!item) continue;
        const circuits::ItemState& s = bench.state(part.id);
        PartView view{.id = part.id};
        view.place = s.place == circuits::Place::mounted ? PartPlace::mounted
                     : s.place == circuits::Place::in_hand ? PartPlace::in_hand
                                                           : PartPlace::trolley;
        if (part.coil() && view.place != PartPlace::trolley) {
            const auto [in, out_port] = line_ends(*item);
            // An end with a place of its own (a cannula's connector) is drawn there; others where joined.
            const auto end = [&](const std::string& port) {
                if (partner(bench, part.id + "." + port).empty() && !layout.find_port(part.id, port)) return PortKey{};
                if (layout.find_port(part.id, port)) return PortKey{part.id, port};
                const PortKey joined = key_of(partner(bench, part.id + "." + port));
                const PartLayout* other = layout.find_part(joined.part);
                // Two tubing ends joined to each other meet at the junction.
                if (other && other->coil() && !layout.find_port(joined.part, joined.port)) return PortKey{kJunction, joined.part};
                return joined;
            };
            const PortKey a = end(in), b = end(out_port);
            const bool joined = !partner(bench, part.id + "." + in).empty() || !partner(bench, part.id + "." + out_port).empty();
            if (joined) {
                view.place = PartPlace::laid;
                out.lines.push_back({.id = part.id, .a = a, .b = b, .clamped = s.clamped, .fluid = item_fluid(bench, sim, part.id)});
            }
        }
        out.parts.push_back(view);
    }
    // Joints that are not a tubing item's ends are drawn as short lines of their own.
    for (const circuits::Joint& joint : bench.joints()) {
        const PortKey a = key_of(joint.a), b = key_of(joint.b);
        const PartLayout* pa = layout.find_part(a.part);
        const PartLayout* pb = layout.find_part(b.part);
        if ((pa && pa->coil()) || (pb && pb->coil())) continue;
        if (!layout.find_port(a.part, a.port) || !layout.find_port(b.part, b.port)) continue;
        const std::string upstream = upstream_item(bench, a, b);
        out.lines.push_back({.id = joint.a + "|" + joint.b, .a = a, .b = b,
                             .clamped = bench.state(upstream).clamped, .fluid = item_fluid(bench, sim, upstream)});
    }
    return out;
}

AssemblyOutcome act_on(procedures::ProcedureRun& run, const AssemblyLayout& layout, const AssemblyTarget& target,
                       PortKey& chosen) {
    using Kind = AssemblyTarget::Kind;
    const circuits::Workbench& bench = run.bench();
    const auto outcome = [](const circuits::ActionResult& r) {
        return AssemblyOutcome{.acted = true, .refused = !r.ok, .message = r.reason};
    };
    switch (target.kind) {
    case Kind::part: chosen = {}; return outcome(run.take(target.part));
    case Kind::mount: {
        const circuits::ItemSpec* item = bench.kit().item(target.part);
        if (!item || item->mounts.empty()) return {};
        chosen = {};
        return outcome(run.mount(target.part, item->mounts.front()));
    }
    case Kind::line: {
        const bool item_line = bench.kit().item(target.line) != nullptr;
        if (!item_line) return {};
        return outcome(bench.state(target.line).clamped ? run.unclamp(target.line) : run.clamp(target.line));
    }
    case Kind::port: {
        const PortKey port{target.part, target.port};
        // A tubing pack in the hand: its free end goes to the port clicked.
        for (const PartLayout& part : layout.parts) {
            const circuits::ItemSpec* item = bench.kit().item(part.id);
            if (!part.coil() || !item || bench.state(part.id).place != circuits::Place::in_hand) continue;
            const auto [in, out] = line_ends(*item);
            // An end that has a place of its own (a cannula's connector) waits for others to join it.
            const bool in_free = partner(bench, part.id + "." + in).empty() && !layout.find_port(part.id, in);
            const bool out_free = partner(bench, part.id + "." + out).empty() && !layout.find_port(part.id, out);
            if (!in_free && !out_free) continue;
            // A fresh line's inlet goes to an outlet or a vein, its outlet to an inlet or an artery.
            const bool source = port.port == "out" || (port.part == "patient" && phys::is_venous_site(port.port));
            const std::string end = in_free && out_free ? (source ? in : out) : (in_free ? in : out);
            chosen = {};
            return outcome(run.connect(part.id + "." + end, ref_of(port)));
        }
        if (chosen.empty()) {
            chosen = port;
            return {.acted = true};
        }
        if (chosen == port) {
            chosen = {};
            return {.acted = true};
        }
        const PortKey first = chosen;
        chosen = {};
        return outcome(run.connect(ref_of(first), ref_of(port)));
    }
    case Kind::none: break;
    }
    return {};
}

}  // namespace perfuse
