// Fixed-pattern sparse elimination: the order and fill are worked out once per graph (set_pattern),
// then every solve replays the recorded steps on the compact entries.
#include "sparse_elimination.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

void SparseElimination::set_pattern(size_t n, std::vector<char> nonzero) {
    n_ = n;
    for (size_t i = 0; i < n; ++i) nonzero[i * n + i] = 1;
    choose_order(nonzero);
    record_steps(nonzero);
}

// Multiple minimum degree on the symmetrised pattern: each round takes every node of the lowest degree
// that is not joined to another taken in the same round (ties by index, so deterministic). Few fill-ins,
// as with plain minimum degree, and the pivots of one round do not depend on each other, so the
// processor overlaps them: a circuit's long loop of small parts is otherwise one chain of dependent
// divisions. A symmetric reordering keeps the column diagonal dominance that makes pivoting unnecessary.
void SparseElimination::choose_order(const std::vector<char>& nonzero) {
    const size_t n = n_;
    std::vector<char> adj(n * n, 0);
    for (size_t i = 0; i < n; ++i) {
        for (size_t j = 0; j < n; ++j) adj[i * n + j] = i != j && (nonzero[i * n + j] || nonzero[j * n + i]);
    }
    std::vector<char> done(n, 0), blocked(n, 0);
    std::vector<size_t> degree(n), round;
    order_.clear();
    while (order_.size() < n) {
        size_t lowest = n + 1;
        for (size_t k = 0; k < n; ++k) {
            if (done[k]) continue;
            degree[k] = 0;
            for (size_t j = 0; j < n; ++j) degree[k] += !done[j] && adj[k * n + j];
            lowest = std::min(lowest, degree[k]);
        }
        std::fill(blocked.begin(), blocked.end(), 0);
        round.clear();
        for (size_t k = 0; k < n; ++k) {
            if (done[k] || blocked[k] || degree[k] != lowest) continue;
            round.push_back(k);
            for (size_t j = 0; j < n; ++j) blocked[j] = blocked[j] || adj[k * n + j];
        }
        for (size_t best : round) {
            done[best] = 1;
            order_.push_back(static_cast<uint32_t>(best));
            for (size_t a = 0; a < n; ++a) {
                if (done[a] || !adj[best * n + a]) continue;
                for (size_t b = 0; b < n; ++b) {
                    if (b != a && !done[b] && adj[best * n + b]) adj[a * n + b] = 1;
                }
            }
        }
    }
}

// Symbolic elimination in that order: which rows each pivot updates and where (adding the fill to the
// pattern), then slots for every entry and the steps as flat lists of slots.
void SparseElimination::record_steps(std::vector<char>& nonzero) {
    const size_t n = n_;
    std::vector<size_t> position(n);
    for (size_t i = 0; i < n; ++i) position[order_[i]] = i;
    std::vector<std::vector<uint32_t>> upper(n), lower(n);
    for (size_t i = 0; i < n; ++i) {
        const size_t k = order_[i];
        for (size_t c = 0; c < n; ++c) {
            if (c != k && nonzero[k * n + c] && position[c] > i) upper[k].push_back(static_cast<uint32_t>(c));
        }
        for (size_t r = 0; r < n; ++r) {
            if (r == k || !nonzero[r * n + k] || position[r] < i) continue;
            lower[k].push_back(static_cast<uint32_t>(r));
            for (uint32_t c : upper[k]) nonzero[r * n + c] = 1;
        }
    }
    slot_of_.assign(n * n, kNoSlot);
    uint32_t slots = 0;
    for (size_t i = 0; i < n * n; ++i) {
        if (nonzero[i]) slot_of_[i] = slots++;
    }
    pivots_.clear();
    lowers_.clear();
    updates_.clear();
    upper_slot_.clear();
    upper_col_.clear();
    auto size = [](const auto& list) { return static_cast<uint32_t>(list.size()); };
    for (uint32_t k : order_) {
        Pivot p{k, slot(k, k), size(lowers_), 0, size(upper_slot_), 0, size(updates_), 0};
        for (uint32_t c : upper[k]) {
            upper_slot_.push_back(slot(k, c));
            upper_col_.push_back(c);
        }
        for (uint32_t r : lower[k]) {
            for (uint32_t c : upper[k]) updates_.push_back({slot(r, c), slot(k, c), size(lowers_)});
            lowers_.push_back({r, slot(r, k)});
        }
        p.lower_end = size(lowers_);
        p.upper_end = size(upper_slot_);
        p.update_end = size(updates_);
        pivots_.push_back(p);
    }
    values_.assign(slots, 0.0);
    rhs_.assign(n, 0.0);
    x_.assign(n, 0.0);
    inv_diagonal_.assign(n, 0.0);
    factor_.assign(lowers_.size(), 0.0);
}

void SparseElimination::clear() {
    std::fill(values_.begin(), values_.end(), 0.0);
    std::fill(rhs_.begin(), rhs_.end(), 0.0);
}

bool SparseElimination::eliminate() {
    double* v = values_.data();
    double* factor = factor_.data();
    for (const Pivot& p : pivots_) {
        const double pivot = v[p.diagonal];
        double column = 0.0;
        for (uint32_t l = p.lower_begin; l < p.lower_end; ++l) column += std::fabs(v[lowers_[l].slot]);
        if (!(pivot > 1e-12) || !(pivot >= 0.5 * column)) return false;  // not safely dominant
        const double inv = 1.0 / pivot;
        inv_diagonal_[p.row] = inv;
        // The updates only write rows below the pivot and read its own row, so all factors can come first.
        for (uint32_t l = p.lower_begin; l < p.lower_end; ++l) {
            factor[l] = v[lowers_[l].slot] * inv;
            rhs_[lowers_[l].row] -= factor[l] * rhs_[p.row];
        }
        for (uint32_t u = p.update_begin; u < p.update_end; ++u) {
            const Update& up = updates_[u];
            v[up.into] -= factor[up.lower] * v[up.from];
        }
    }
    for (size_t i = pivots_.size(); i-- > 0;) {
        const Pivot& p = pivots_[i];
        double sum = rhs_[p.row];
        for (uint32_t j = p.upper_begin; j < p.upper_end; ++j) sum -= v[upper_slot_[j]] * x_[upper_col_[j]];
        x_[p.row] = sum * inv_diagonal_[p.row];
    }
    for (double x : x_) {
        if (!std::isfinite(x)) return false;
    }
    return true;
}

void SparseElimination::dense(std::vector<double>& out) const {
    out.assign(n_ * n_, 0.0);
    for (size_t i = 0; i < n_ * n_; ++i) {
        if (slot_of_[i] != kNoSlot) out[i] = values_[slot_of_[i]];
    }
}

}  // namespace perfuse::phys
