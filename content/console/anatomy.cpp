#include "anatomy.h"

#include <algorithm>
#include <cmath>

#include "blood_gas.h"
#include "network.h"

namespace perfuse {

namespace {
// Flows below this through a patient-circuit join are leaks of the solver, not cannulas in use.
constexpr double kMinTipFlowMlS = 0.5;

// Saturation of the blood in a compartment (the same chemistry the model's snapshot reports with).
double saturation_of(const phys::Compartment& c) {
    if (c.volume_ml <= 1e-9) return 0.0;
    const double hct = std::clamp(c.amount[phys::kRbc] / c.volume_ml, 0.0, 1.0);
    const double hb = hct * phys::gas::kMchcGPerDl;
    if (hb <= 0.05) return 0.0;
    const double temp = c.amount[phys::kHeat] / c.volume_ml;
    const double pco2 = phys::gas::pco2_from_content_mmHg(c.amount[phys::kCo2] / c.volume_ml * 100.0);
    const double po2 = phys::gas::po2_from_content_mmHg(c.amount[phys::kO2] / c.volume_ml * 100.0, hb, temp, pco2);
    return phys::gas::o2_saturation(po2, temp, pco2);
}

int node_of(const phys::PatientNodes& n, Region r) {
    switch (r) {
        case Region::art_upper: return n.art_upper;
        case Region::art_lower: return n.art_lower;
        case Region::vein_upper: return n.vein_upper;
        case Region::vein_lower: return n.vein_lower;
        case Region::ra: return n.ra;
        case Region::pa: return n.pa;
        case Region::pv: return n.pv;
        case Region::limb_art: return n.limb_art;
        case Region::limb_vein: return n.limb_vein;
    }
    return -1;
}

std::optional<Region> region_of(const phys::PatientNodes& n, int node) {
    for (Region r : kRegions)
        if (node >= 0 && node_of(n, r) == node) return r;
    return std::nullopt;
}
}  // namespace

const char* to_string(Region r) {
    switch (r) {
        case Region::art_upper: return "art_upper";
        case Region::art_lower: return "art_lower";
        case Region::vein_upper: return "vein_upper";
        case Region::vein_lower: return "vein_lower";
        case Region::ra: return "ra";
        case Region::pa: return "pa";
        case Region::pv: return "pv";
        case Region::limb_art: return "limb_art";
        case Region::limb_vein: return "limb_vein";
    }
    return "ra";
}

Anatomy read_anatomy(const phys::Simulation& sim) {
    Anatomy a;
    const phys::Network& net = sim.network();
    const phys::PatientNodes& n = sim.patient().nodes();
    for (Region r : kRegions) {
        const int node = node_of(n, r);
        if (node < 0) continue;
        const phys::Compartment& c = net.compartment(node);
        const double melphalan = c.volume_ml > 1e-9 ? c.amount[phys::kMelphalan] / c.volume_ml * 1000.0 : 0.0;
        a.regions.push_back({r, saturation_of(c), melphalan});
    }
    // A cannula is wherever a path joins a patient compartment to a circuit one.
    for (int i = 0; i < net.path_count(); ++i) {
        const phys::Path& p = net.path(i);
        const bool from_patient = sim.patient().is_patient_compartment(p.from);
        const bool to_patient = sim.patient().is_patient_compartment(p.to);
        if (from_patient == to_patient || std::fabs(p.flow_ml_s) < kMinTipFlowMlS) continue;
        const int patient_node = from_patient ? p.from : p.to;
        const std::optional<Region> r = region_of(n, patient_node);
        if (!r) continue;
        const bool drains = (p.flow_ml_s > 0.0) == from_patient;
        const int circuit_node = from_patient ? p.to : p.from;
        a.tips.push_back({*r, drains, std::fabs(p.flow_ml_s) * 60.0 / 1000.0, saturation_of(net.compartment(circuit_node))});
    }
    return a;
}

const RegionBlood* find_region(const Anatomy& a, Region r) {
    for (const RegionBlood& b : a.regions)
        if (b.region == r) return &b;
    return nullptr;
}

}  // namespace perfuse
