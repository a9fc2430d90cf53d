// Network pressure solve: the linearly implicit (backward Euler) system of the compartments' pressures
// from the path laws, and its elimination (sparse without pivoting, dense with pivoting as a fallback).
#include <algorithm>
#include <cmath>

#include "network.h"

namespace perfuse::phys {

// Row i: C/dt*P_i + sum(out q) - sum(in q) = C/dt*P_i_old, into the slots the pattern gave each term.
void Network::assemble(double dt_s) {
    const size_t n = compartments_.size();
    system_.clear();
    double* m = system_.values();
    double* rhs = system_.rhs();
    p_old_.resize(n);
    p_new_.resize(n);
    const double per_s = 1.0 / dt_s;  // one division per step, not one per compartment
    for (size_t i = 0; i < n; ++i) {
        const double c_over_dt = effective_compliance_ml_per_mmHg(compartments_[i]) * per_s;
        p_old_[i] = pressure_mmHg(compartments_[i]);
        m[diagonal_slots_[i]] += c_over_dt;
        rhs[i] += c_over_dt * p_old_[i];
    }
    for (size_t pi = 0; pi < paths_.size(); ++pi) {
        const PathLaw& law = paths_[pi].law;
        const PathSlots& s = path_slots_[pi];
        const auto f = static_cast<size_t>(s.from), t = static_cast<size_t>(s.to);
        m[s.from_from] += law.a_ml_s_per_mmHg;
        m[s.from_to] -= law.b_ml_s_per_mmHg;
        rhs[f] -= law.c_ml_s;
        m[s.to_from] -= law.a_ml_s_per_mmHg;
        m[s.to_to] += law.b_ml_s_per_mmHg;
        rhs[t] += law.c_ml_s;
        if (law.ref >= 0 && law.ref_fraction != 0.0) {
            // q = k*(a_r*P_fr - b_r*P_tr + c_r), leaving `f` and entering `t`.
            const PathLaw& r = paths_[static_cast<size_t>(law.ref)].law;
            const double k = law.ref_fraction;
            m[s.from_ref_from] += k * r.a_ml_s_per_mmHg;
            m[s.from_ref_to] -= k * r.b_ml_s_per_mmHg;
            rhs[f] -= k * r.c_ml_s;
            m[s.to_ref_from] -= k * r.a_ml_s_per_mmHg;
            m[s.to_ref_to] += k * r.b_ml_s_per_mmHg;
            rhs[t] += k * r.c_ml_s;
        }
    }
}

void Network::solve(double dt_s) {
    // Every path law has a, b >= 0, so the matrix is column diagonally dominant (C/dt on the diagonal
    // makes it strict) and elimination without pivoting is stable; its fill pattern depends only on the
    // graph, so it is worked out once. Entrainment can weaken dominance: any doubtful pivot falls back to
    // partial pivoting.
    if (pattern_dirty_ || pattern_stale()) build_pattern();
    assemble(dt_s);
    bool ok = system_.eliminate();
    if (ok) {
        std::copy(system_.solution().begin(), system_.solution().end(), p_new_.begin());
    } else {
        assemble(dt_s);  // rebuild and solve densely with partial pivoting
        system_.dense(matrix_);
        rhs_.assign(system_.rhs(), system_.rhs() + compartments_.size());
        ok = eliminate_pivoting();
    }
    if (!ok) p_new_ = p_old_;  // singular or overflowed: keep pressures, flows follow from them

    auto law_flow = [&](const Path& p) {
        return p.law.a_ml_s_per_mmHg * p_new_[static_cast<size_t>(p.from)] -
               p.law.b_ml_s_per_mmHg * p_new_[static_cast<size_t>(p.to)] + p.law.c_ml_s;
    };
    for (auto& p : paths_) {
        double q = law_flow(p);
        if (p.law.ref >= 0) q += p.law.ref_fraction * law_flow(paths_[static_cast<size_t>(p.law.ref)]);
        if (!std::isfinite(q)) q = 0.0;
        if (p.one_way && q < 0.0) q = 0.0;
        p.flow_ml_s = q;
    }
}

// A path's ends or entrainment reference changed since the pattern was built (tests and tools may
// rewire a path in place).
bool Network::pattern_stale() const {
    for (size_t pi = 0; pi < paths_.size(); ++pi) {
        const Path& p = paths_[pi];
        const PathSlots& s = path_slots_[pi];
        if (p.from != s.from || p.to != s.to || p.law.ref != s.ref) return true;
    }
    return false;
}

void Network::build_pattern() {
    const size_t n = compartments_.size();
    std::vector<char> nz(n * n, 0);
    auto touch = [&](size_t r, size_t c) { nz[r * n + c] = 1; };
    for (const auto& p : paths_) {
        const auto f = static_cast<size_t>(p.from), t = static_cast<size_t>(p.to);
        for (size_t row : {f, t}) {
            touch(row, f);
            touch(row, t);
            if (p.law.ref < 0) continue;
            const auto& r = paths_[static_cast<size_t>(p.law.ref)];
            touch(row, static_cast<size_t>(r.from));
            touch(row, static_cast<size_t>(r.to));
        }
    }
    system_.set_pattern(n, std::move(nz));
    diagonal_slots_.resize(n);
    for (size_t i = 0; i < n; ++i) diagonal_slots_[i] = system_.slot(i, i);
    path_slots_.clear();
    for (const auto& p : paths_) {
        const auto f = static_cast<size_t>(p.from), t = static_cast<size_t>(p.to);
        PathSlots s{p.from, p.to, p.law.ref, system_.slot(f, f), system_.slot(f, t), system_.slot(t, f),
                    system_.slot(t, t), 0, 0, 0, 0};
        if (p.law.ref >= 0) {
            const auto& r = paths_[static_cast<size_t>(p.law.ref)];
            const auto rf = static_cast<size_t>(r.from), rt = static_cast<size_t>(r.to);
            s.from_ref_from = system_.slot(f, rf);
            s.from_ref_to = system_.slot(f, rt);
            s.to_ref_from = system_.slot(t, rf);
            s.to_ref_to = system_.slot(t, rt);
        }
        path_slots_.push_back(s);
    }
    pattern_dirty_ = false;
}

bool Network::eliminate_pivoting() {
    const size_t n = compartments_.size();
    bool ok = true;
    for (size_t col = 0; col < n && ok; ++col) {
        size_t pivot = col;
        double best = std::fabs(matrix_[col * n + col]);
        for (size_t r = col + 1; r < n; ++r) {
            const double v = std::fabs(matrix_[r * n + col]);
            if (v > best) { best = v; pivot = r; }
        }
        if (!(best > 1e-14)) { ok = false; break; }
        if (pivot != col) {
            for (size_t k = col; k < n; ++k) std::swap(matrix_[col * n + k], matrix_[pivot * n + k]);
            std::swap(rhs_[col], rhs_[pivot]);
        }
        const double inv = 1.0 / matrix_[col * n + col];
        nonzero_.clear();
        for (size_t k = col + 1; k < n; ++k) {
            if (matrix_[col * n + k] != 0.0) nonzero_.push_back(k);
        }
        for (size_t r = col + 1; r < n; ++r) {
            const double m = matrix_[r * n + col];
            if (m == 0.0) continue;
            const double factor = m * inv;
            matrix_[r * n + col] = 0.0;
            for (size_t k : nonzero_) matrix_[r * n + k] -= factor * matrix_[col * n + k];
            rhs_[r] -= factor * rhs_[col];
        }
    }
    if (ok) {
        for (size_t i = n; i-- > 0;) {
            double sum = rhs_[i];
            for (size_t k = i + 1; k < n; ++k) {
                const double a = matrix_[i * n + k];
                if (a != 0.0) sum -= a * p_new_[k];
            }
            p_new_[i] = sum / matrix_[i * n + i];
            if (!std::isfinite(p_new_[i])) ok = false;
        }
    }
    return ok;
}

}  // namespace perfuse::phys
