#pragma once
// A circuit as the user built it: parts and the connections between their ports. Every part has an
// "in" and an "out" port; the patient offers sites (see patient_sites()). Blood is pushed or pulled by
// physics only, so a wrongly assembled circuit (a pump turned round, a line to the wrong vessel) runs
// and does what that assembly would do. Rules:
//  - a part's "in" is joined to one or more outlets (another part's "out" or a patient site); with
//    several, a Y-connector (manifold) joins them first; an "in" joined to nothing is capped;
//  - joining two outlets (out-out, out-site) makes a connector path between them;
//  - joining two inlets puts a small junction between them: both draw from it, so a pump turned round
//    in a line pulls blood backwards through the part after it;
//  - unknown parts, ports or sites, and duplicate ids, are errors.
#include <memory>
#include <string>
#include <vector>

#include "part.h"
#include "recirculation.h"

namespace perfuse::phys {

class Patient;

struct PortRef {
    std::string part;  // a part id, or "patient"
    std::string port;  // "in" / "out", or a patient site
};
struct Connection {
    PortRef from;
    PortRef to;
};
struct CircuitGraph {
    std::vector<PartSpec> parts;
    std::vector<Connection> connections;
};

// Patient sites: aorta, femoral_artery, ra, svc, ivc, limb_artery, limb_vein.
const std::vector<std::string>& patient_sites();
bool is_venous_site(const std::string& site);

struct AssembledCircuit {
    std::vector<std::unique_ptr<Part>> parts;
    std::vector<std::unique_ptr<Recirculation>> recirculations;
    std::vector<int> compartments;  // every compartment the circuit added (parts and manifolds)
    std::string error;              // empty when assembly succeeded
    Part* find(const std::string& id) const;
};

// Builds the parts into `net`, each filled with prime (amounts per ml), joined to `patient`.
AssembledCircuit assemble(const CircuitGraph& graph, Patient& patient, Network& net, const Amounts& prime_per_ml,
                          double heater_c);

}  // namespace perfuse::phys
