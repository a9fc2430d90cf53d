#pragma once
// The circuit as the trainee has it in hand: where each item is, which ports are joined, which lines
// are clamped, the controls (pump, gas, heater, doses) and whether it is primed and de-aired.
// Actions refuse only what is physically impossible (a port already in use, a mount point taken, a
// gas line on a blood connector) and say why in plain words; a wrong but possible action is accepted,
// and the flow model then shows what it does (to_graph()).
#include <map>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "graph.h"
#include "kit.h"
#include "patient.h"

namespace perfuse::circuits {

enum class Place { trolley, in_hand, mounted };
const char* to_string(Place p);

struct ActionResult {
    bool ok = false;
    std::string reason;  // plain English: why it was refused, or what happened
    static ActionResult done(std::string what = {}) { return {true, std::move(what)}; }
    static ActionResult refused(std::string why) { return {false, std::move(why)}; }
};

struct ItemState {
    Place place = Place::trolley;
    std::string mount;    // mount point id while mounted
    bool clamped = false;  // for items that carry a clamp
    bool wet = false;      // filled with prime
    bool air = true;       // air still in it (until primed, and for traps_air items until de-aired)
};

struct Joint {
    std::string a, b;  // "item.port", as the user joined them (a first)
};

// Controls the trainee can set. Levels stay; doses (heparin_u_per_kg, protamine_mg_per_kg, fluid_ml,
// melphalan_mg) are given once each time they are set.
struct ControlSpec {
    std::string key;
    double min = 0.0, max = 0.0;
    bool dose = false;
};
const std::vector<ControlSpec>& controls();
const ControlSpec* find_control(const std::string& key);

class Workbench {
public:
    Workbench(Kit kit, phys::PatientSpec patient, phys::CircuitOptions options);

    // --- actions
    ActionResult take(const std::string& item);
    ActionResult put_back(const std::string& item);  // to the trolley (disconnects it first)
    ActionResult mount(const std::string& item, const std::string& mount_point);
    ActionResult unmount(const std::string& item);  // back into the hand
    ActionResult connect(const std::string& port_a, const std::string& port_b);
    ActionResult disconnect(const std::string& port_a, const std::string& port_b);
    ActionResult clamp(const std::string& item);
    ActionResult unclamp(const std::string& item);
    ActionResult set(const std::string& key, double value);
    // Fills the reservoir (or, without one, the circuit) with `volume_ml` of prime: every item in use
    // becomes wet; items that trap air keep some until de-aired. 0: the usual volume for the circuit.
    ActionResult prime(double volume_ml = 0.0);
    ActionResult de_air(const std::string& item);

    // Why this kit cannot be built for the patient (a part the standard circuit lacks), or empty.
    std::string sizing_error() const;

    // The names the trainee sees for the controls (the console's labels, which the app reads from its
    // assets), used in refusals instead of the keys; a control without one is called by its key.
    void name_controls(std::map<std::string, std::string> labels) { control_labels_ = std::move(labels); }

    // --- state
    const Kit& kit() const { return kit_; }
    const phys::PatientSpec& patient() const { return patient_; }
    const phys::CircuitOptions& options() const { return options_; }
    const ItemState& state(const std::string& item) const;  // a default state for unknown ids
    bool in_use(const std::string& item) const;  // taken or mounted (fixed items always)
    const std::vector<Joint>& joints() const { return joints_; }
    bool joined(const std::string& port_a, const std::string& port_b) const;  // either order
    std::vector<std::string> partners(const std::string& port) const;  // the ports joined to it
    // True when the two ports are joined directly or through items without flow parts (gas and water
    // lines, the cardioplegia set), whose ports all lead into each other.
    bool linked(const std::string& port_a, const std::string& port_b) const;
    // A control's routes (Kit::routes) are all linked.
    bool control_routed(const std::string& key) const;
    // The patient is joined to a part's outlet that is fed (blood returns), or to a fed inlet (drains).
    bool returns_to_patient() const;
    bool drains_patient() const;
    std::optional<double> control(const std::string& key) const;  // a level set by the user
    const std::map<std::string, double>& levels() const { return levels_; }
    bool primed() const { return prime_ml_ > 0.0; }
    double prime_ml() const { return prime_ml_; }
    bool has_air() const;  // any item in use still holding air
    // Doses set since the last call, emptied by it (the live circuit gives them to the flow model).
    std::vector<std::pair<std::string, double>> take_doses();
    // Bumped by every change to which parts are in use or joined (the flow model must be rebuilt).
    int topology_version() const { return topology_version_; }
    int levels_version() const { return levels_version_; }

    // The flow-model graph of the items in use: parts sized for the patient, joined as the user joined
    // them (a reversed boot pumps backwards, a capped inlet is capped); the reservoir holds the prime
    // only once primed.
    phys::CircuitGraph to_graph() const;

private:
    ItemState* find(const std::string& item);
    double usual_prime_ml() const;  // what the standard circuit for this patient is primed with
    ActionResult check_port(const std::string& ref, const PortSpec** spec) const;

    Kit kit_;
    phys::PatientSpec patient_;
    phys::CircuitOptions options_;
    phys::StandardCircuit sized_;  // the standard circuit for the patient: part sizes by id
    std::map<std::string, ItemState> items_;
    std::vector<Joint> joints_;
    std::map<std::string, double> levels_;
    std::map<std::string, std::string> control_labels_;
    std::vector<std::pair<std::string, double>> doses_;
    double prime_ml_ = 0.0;
    int topology_version_ = 0;
    int levels_version_ = 0;
};

}  // namespace perfuse::circuits
