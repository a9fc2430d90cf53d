#pragma once
// Generic lumped circuit: compartments with compliance joined by paths whose flow is a linear law of
// the two end pressures (resistors, valves, pumps as sources, hearts). One fixed step is linearly
// implicit (backward Euler on pressures), so any step size and any stiffness stays bounded; volumes are
// then moved by the path flows, so volume is conserved exactly. Blood carries species (red cells, O2,
// CO2, heat, drug, tracer) as amounts, moved upwind with the flows.
#include <algorithm>
#include <array>
#include <cstdint>
#include <string>
#include <vector>

#include "sparse_elimination.h"

namespace perfuse::phys {

enum Species : int { kRbc = 0, kO2, kCo2, kHeat, kMelphalan, kTracer, kFresh, kSpeciesCount };
// Amount units: kRbc ml of red cells, kO2 / kCo2 ml gas (STPD), kHeat degC*ml, kMelphalan mg,
// kTracer counts, kFresh ml of blood that left an oxygenator and has not yet passed a capillary bed.
using Amounts = std::array<double, kSpeciesCount>;

struct Compartment {
    std::string name;
    double volume_ml = 0;
    double unstressed_ml = 0;            // volume at transmural pressure zero
    double compliance_ml_per_mmHg = 1;   // above unstressed volume
    double external_mmHg = 0;            // surrounding or hydrostatic pressure
    double empty_suction_mmHg = 300;     // pressure below external when emptied (collapse / cavitation)
    Amounts amount{};
};

// Linearised flow law of one path for the coming step: q = a*P_from - b*P_to + c + ref_fraction*q[ref].
struct PathLaw {
    double a_ml_s_per_mmHg = 0;
    double b_ml_s_per_mmHg = 0;
    double c_ml_s = 0;
    int ref = -1;               // another path whose flow this one carries a fraction of (entrainment)
    double ref_fraction = 0;
};

inline PathLaw resistor_law(double resistance_mmHg_s_per_ml) {
    const double g = resistance_mmHg_s_per_ml > 1e-9 ? 1.0 / resistance_mmHg_s_per_ml : 1e9;
    return {g, g, 0.0, -1, 0.0};
}

struct Path {
    std::string name;
    int from = 0;
    int to = 0;
    PathLaw law;
    bool one_way = false;  // valves, ventricles and occlusive pumps never carry negative flow
    double flow_ml_s = 0;  // result of the last step
};

// Called for each packet of blood moved along a hooked path (lungs, oxygenators, tissue beds, heaters).
class PacketHook {
public:
    virtual ~PacketHook() = default;
    virtual void on_packet(int path, double volume_ml, Amounts& packet, double dt_s) = 0;
};

// Inline: every step evaluates them for every compartment.
inline double pressure_mmHg(const Compartment& c) {
    const double stressed_ml = c.volume_ml - c.unstressed_ml;
    if (stressed_ml >= 0.0 || c.unstressed_ml <= 0.0) {
        return c.external_mmHg + stressed_ml / std::max(c.compliance_ml_per_mmHg, 1e-6);
    }
    // Collapsed: pressure falls linearly to -empty_suction at zero volume (vessel collapse, cavitation).
    return c.external_mmHg + c.empty_suction_mmHg * stressed_ml / c.unstressed_ml;
}

inline double effective_compliance_ml_per_mmHg(const Compartment& c) {
    if (c.volume_ml >= c.unstressed_ml || c.unstressed_ml <= 0.0) {
        return std::max(c.compliance_ml_per_mmHg, 1e-6);
    }
    return std::max(c.unstressed_ml / std::max(c.empty_suction_mmHg, 1.0), 1e-6);
}

class Network {
public:
    int add_compartment(Compartment c);
    int add_path(Path p);
    void set_hook(int path, PacketHook* hook);

    Compartment& compartment(int i) { return compartments_[static_cast<size_t>(i)]; }
    const Compartment& compartment(int i) const { return compartments_[static_cast<size_t>(i)]; }
    Path& path(int i) { return paths_[static_cast<size_t>(i)]; }
    const Path& path(int i) const { return paths_[static_cast<size_t>(i)]; }
    int compartment_count() const { return static_cast<int>(compartments_.size()); }
    int path_count() const { return static_cast<int>(paths_.size()); }
    int find_compartment(const std::string& name) const;

    double pressure(int i) const { return pressure_mmHg(compartment(i)); }
    double total_volume_ml() const;
    double total_amount(Species s) const;

    // Adds or removes volume from outside the network (fluids, bleeding); concentrations of `added`
    // are given as amounts per ml. Removal takes blood at the compartment's own concentrations.
    void add_volume(int i, double volume_ml, const Amounts& per_ml);
    double remove_volume(int i, double volume_ml);

    // One fixed step: solve pressures, limit flows so no volume goes negative, move volume and species.
    void step(double dt_s);

private:
    void assemble(double dt_s);
    void solve(double dt_s);
    bool pattern_stale() const;
    void build_pattern();
    bool eliminate_pivoting();
    void limit_flows(double dt_s);
    void transport(double dt_s);
    int transport_substeps() const;
    void find_moves(double dt_s);
    void transport_substep(double dt_s);
    bool limit_species();  // false when nothing needed limiting

    std::vector<Compartment> compartments_;
    std::vector<Path> paths_;
    std::vector<PacketHook*> hooks_;
    // Where a path's terms go in the pressure system, for the graph the pattern was built from (its ends
    // and entrainment reference then): a path whose ends or reference have changed rebuilds the pattern.
    struct PathSlots {
        int from, to, ref;
        uint32_t from_from, from_to, to_from, to_to;              // its own flow law
        uint32_t from_ref_from, from_ref_to, to_ref_from, to_ref_to;  // the entrained fraction of path `ref`
    };
    SparseElimination system_;
    std::vector<PathSlots> path_slots_;
    std::vector<uint32_t> diagonal_slots_;
    bool pattern_dirty_ = true;
    // Scratch, kept between steps so a step allocates nothing (matrix_ and rhs_: the dense fallback).
    std::vector<double> matrix_, rhs_, p_old_, p_new_, in_ml_, out_ml_, per_ml_, per_mixed_ml_;
    std::vector<Amounts> mix_, species_scale_, species_in_;
    // The blood moved along each path with flow in the current sub-step: worked out once (by the flow
    // limiter when there is one sub-step) for the limiter, the mixing, the species limiter and the packets.
    struct Move {
        uint32_t path, src, dst;
        double volume_ml;
    };
    std::vector<Move> moves_;
    std::vector<size_t> nonzero_;
};

}  // namespace perfuse::phys
