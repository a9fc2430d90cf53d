// Network transport: the flow limiter (no compartment below zero volume) and the upwind transport of
// volume and species along the paths in CFL sub-steps, with the packet hooks (lungs, oxygenators, beds).
#include <algorithm>
#include <cmath>

#include "network.h"

namespace perfuse::phys {

void Network::limit_flows(double dt_s) {
    const size_t n = compartments_.size();
    in_ml_.resize(n);
    out_ml_.resize(n);
    // Each pass scales the outflows of any compartment that would go below zero volume; later passes
    // close them outright, so this always ends with every volume >= 0 and both ends of a path agreeing.
    for (size_t pass = 0; pass < 3 * n + 2; ++pass) {
        find_moves(dt_s);
        bool any = false;
        for (size_t i = 0; i < n; ++i) {
            const double after = compartments_[i].volume_ml + in_ml_[i] - out_ml_[i];
            if (after >= -1e-9 || out_ml_[i] <= 0.0) continue;
            any = true;
            const double factor =
                pass < n ? std::clamp((compartments_[i].volume_ml + in_ml_[i]) / out_ml_[i], 0.0, 1.0) * (1.0 - 1e-12)
                         : 0.0;
            for (auto& p : paths_) {
                const bool leaves = (p.flow_ml_s > 0.0 && static_cast<size_t>(p.from) == i) ||
                                    (p.flow_ml_s < 0.0 && static_cast<size_t>(p.to) == i);
                if (leaves) p.flow_ml_s *= factor;
            }
        }
        if (!any) return;  // moves_, in_ml_ and out_ml_ now hold this step's final flows
    }
    find_moves(dt_s);  // passes exhausted (every offending outflow closed): recount for the transport
}

void Network::transport(double dt_s) {
    // Sub-steps so no compartment sends out more than it holds in one go (a CFL limit for the species);
    // a compartment emptied to nothing is simply passed through. in_ml_ / out_ml_ come from limit_flows,
    // and with one sub-step its moves are already that sub-step's.
    const int substeps = transport_substeps();
    if (substeps == 1) {
        transport_substep(dt_s);
        return;
    }
    const double sub_dt = dt_s / substeps;
    for (int k = 0; k < substeps; ++k) {
        find_moves(sub_dt);
        transport_substep(sub_dt);
    }
}

int Network::transport_substeps() const {
    // Usually no compartment sends out more than it holds: one sub-step, found without dividing.
    const size_t n = compartments_.size();
    bool over = false;
    for (size_t i = 0; i < n; ++i) {
        const double v0 = compartments_[i].volume_ml;
        const double held = std::min(v0, v0 + in_ml_[i] - out_ml_[i]);
        over = over || (held > 1e-6 && out_ml_[i] > held);
    }
    if (!over) return 1;
    double worst = 0.0;
    for (size_t i = 0; i < n; ++i) {
        const double v0 = compartments_[i].volume_ml;
        const double held = std::min(v0, v0 + in_ml_[i] - out_ml_[i]);
        if (held > 1e-6) worst = std::max(worst, out_ml_[i] / held);
    }
    return static_cast<int>(std::clamp(std::ceil(worst), 1.0, 256.0));
}

bool Network::limit_species() {
    // The mix a compartment sends on was built from its sources' start-of-sub-step concentrations, but
    // what arrives is their mixes. In a compartment blood only passes through (emptied this step, a
    // drained reservoir, a long step) the difference can make it send more of a species than it holds.
    // Clamping the negative amount to zero then created red cells, tracer and heat from nothing, and with
    // long steps that fed back on itself until the amounts reached Inf (found by the random-action tests).
    // So, like limit_flows for volume, scale down what such a compartment sends until no amount can go
    // below zero: species move only along paths (conserved), and only packet hooks add or remove them.
    const size_t n = compartments_.size();
    // Only a compartment sending on more volume than it holds can run short: when there is none (every
    // ordinary step) this costs one pass over the compartments and nothing changes.
    bool pass_through = false;
    for (size_t i = 0; i < n && !pass_through; ++i) pass_through = out_ml_[i] > compartments_[i].volume_ml;
    if (!pass_through) return false;
    species_scale_.assign(n, Amounts{});
    for (auto& s : species_scale_) s.fill(1.0);
    species_in_.resize(n);
    for (size_t pass = 0; pass < n + 2; ++pass) {
        for (auto& a : species_in_) a.fill(0.0);
        for (const Move& m : moves_) {
            for (size_t k = 0; k < kSpeciesCount; ++k) {
                species_in_[m.dst][k] += m.volume_ml * per_mixed_ml_[m.src] * mix_[m.src][k] * species_scale_[m.src][k];
            }
        }
        bool changed = false;
        for (size_t i = 0; i < n; ++i) {
            for (size_t k = 0; k < kSpeciesCount; ++k) {
                const double sent = out_ml_[i] * per_mixed_ml_[i] * mix_[i][k] * species_scale_[i][k];
                const double held = std::max(0.0, compartments_[i].amount[k]) + species_in_[i][k];
                if (sent <= held * (1.0 + 1e-12) || !(sent > 0.0)) continue;
                // Later passes close the compartment for this species outright, so the loop always ends.
                species_scale_[i][k] *= pass < n ? held / sent * (1.0 - 1e-12) : 0.0;
                changed = true;
            }
        }
        if (!changed) break;
    }
    return true;
}

// The blood each path moves in dt_s at its present flow (paths without flow move nothing), and what
// flows in and out of each compartment.
void Network::find_moves(double dt_s) {
    moves_.clear();
    std::fill(in_ml_.begin(), in_ml_.end(), 0.0);
    std::fill(out_ml_.begin(), out_ml_.end(), 0.0);
    for (size_t pi = 0; pi < paths_.size(); ++pi) {
        const auto& p = paths_[pi];
        const double v = p.flow_ml_s * dt_s;
        if (v == 0.0) continue;
        const Move m{static_cast<uint32_t>(pi), static_cast<uint32_t>(v > 0.0 ? p.from : p.to),
                     static_cast<uint32_t>(v > 0.0 ? p.to : p.from), std::fabs(v)};
        moves_.push_back(m);
        in_ml_[m.dst] += m.volume_ml;
        out_ml_[m.src] += m.volume_ml;
    }
}

// Moves the sub-step's blood (moves_, from find_moves) and the species it carries.
void Network::transport_substep(double dt_s) {
    const size_t n = compartments_.size();
    // Blood leaving a compartment carries the mix of what was there and what came in this sub-step:
    // mix_ holds those amounts, per_mixed_ml_ the reciprocal of their volume.
    std::vector<Amounts>& mix = mix_;
    mix.resize(n);
    per_ml_.resize(n);
    per_mixed_ml_.resize(n);
    for (size_t i = 0; i < n; ++i) {
        const auto& c = compartments_[i];
        mix[i] = c.amount;
        per_ml_[i] = c.volume_ml > 1e-9 ? 1.0 / c.volume_ml : 0.0;
        const double mixed_ml = c.volume_ml + in_ml_[i];
        per_mixed_ml_[i] = mixed_ml > 1e-9 ? 1.0 / mixed_ml : 0.0;
    }
    // A move brings its volume's share of what its source held at the start of the sub-step.
    for (const Move& m : moves_) {
        const double share = m.volume_ml * per_ml_[m.src];
        const Amounts& held = compartments_[m.src].amount;
        for (size_t k = 0; k < kSpeciesCount; ++k) mix[m.dst][k] += share * held[k];
    }
    const bool limited = limit_species();
    for (const Move& m : moves_) {
        Amounts packet;
        const double share = m.volume_ml * per_mixed_ml_[m.src];
        for (size_t k = 0; k < kSpeciesCount; ++k) packet[k] = share * mix[m.src][k];
        if (limited) {
            for (size_t k = 0; k < kSpeciesCount; ++k) packet[k] *= species_scale_[m.src][k];
        }
        Amounts& src = compartments_[m.src].amount;
        for (size_t k = 0; k < kSpeciesCount; ++k) src[k] -= packet[k];
        if (hooks_[m.path] != nullptr) hooks_[m.path]->on_packet(static_cast<int>(m.path), m.volume_ml, packet, dt_s);
        Amounts& dst = compartments_[m.dst].amount;
        for (size_t k = 0; k < kSpeciesCount; ++k) dst[k] += packet[k];
    }
    for (size_t i = 0; i < n; ++i) {
        auto& c = compartments_[i];
        c.volume_ml = std::max(0.0, c.volume_ml + in_ml_[i] - out_ml_[i]);
        for (auto& a : c.amount) a = a > 0.0 ? a : 0.0;  // also clears NaN (round-off only, since limit_species keeps amounts >= 0)
    }
}

}  // namespace perfuse::phys
