#pragma once
// The parts catalogue of one circuit kind (a "kit"): the items on the trolley, the fixed things they
// join to (console, patient), their ports and where they mount. Plain data, filled from
// assets/procedures/kits/*.json by the procedures library (content/procedures/kit_loader.h).
//
// Ids: an item id ("reservoir"), a port "item.port" ("reservoir.out", "patient.ra", "console.gas_supply").
// Flow items name the flow-model parts they stand for (ids of phys::standard_circuit's parts, which give
// their sizes for the patient): "oxygenator" -> ["oxygenator", "heat_exchanger"], joined in that order;
// the item's "in" is the first part's inlet, its "out" the last part's outlet.
#include <string>
#include <vector>

#include "standard_circuits.h"

namespace perfuse::circuits {

// What a port carries; only ports of the same kind fit together.
enum class PortKind { blood, gas, water };
const char* to_string(PortKind k);

struct PortSpec {
    std::string id;    // "in", "out", "gas_in", "ra", ...
    std::string name;  // shown to users: "outlet", "gas inlet", "right atrium"
    PortKind kind = PortKind::blood;
    std::string graph_port;  // the flow-model port it is ("in"/"out"; a patient site); empty: same as id
    int max_joints = 1;      // 0: any number (the patient's vessels)
    const std::string& flow_port() const { return graph_port.empty() ? id : graph_port; }
};

struct MountPoint {
    std::string id;    // "reservoir_holder"
    std::string name;  // "reservoir holder"
};

struct ItemSpec {
    std::string id;
    std::string name;         // "Membrane oxygenator with heat exchanger"
    std::string description;  // one plain sentence: what it is for
    std::vector<PortSpec> ports;
    std::vector<std::string> mounts;  // mount point ids it can go on; empty: it is not mounted (tubing, cannulae)
    std::vector<std::string> parts;   // flow-model part ids it stands for, in flow order; empty: none
    bool fixed = false;               // the console and the patient: always in place, never taken
    bool traps_air = false;           // needs de-airing after priming (oxygenator, filter, pump head)
    std::string clamp;                // flow-model clamp it carries ("venous_clamp"), if it can be clamped
    const PortSpec* port(const std::string& id) const;
};

// A control works only while its route is linked through the joints (a port to a port, through items
// without flow parts such as the gas line): sweep and FiO2 need the gas line from the console to the
// oxygenator, the heater the water lines, cardioplegia its delivery set.
struct ControlRoute {
  std::string control;  // "sweep_l_min"
    std::string from, to;  // "console.gas_supply", "oxygenator.gas_in"
};

struct Kit {
  std::string id;       // "cpb_adult"
  std::string name;     // "Heart-lung machine (adult bypass)"
  std::string scene;    // the room it is set out in: theatre, icu, ilp
  std::string source;   // where the layout and order come from
    phys::CircuitType circuit = phys::CircuitType::none;
    std::vector<MountPoint> mount_points;
    std::vector<ItemSpec> items;
    std::vector<ControlRoute> routes;
    const ItemSpec* item(const std::string& id) const;
    const MountPoint* mount_point(const std::string& id) const;
};

// "item.port" split at the first dot; false when there is no dot or either side is empty.
bool split_port(const std::string& ref, std::string& item, std::string& port);

}  // namespace perfuse::circuits
