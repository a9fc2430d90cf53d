// Network pressure solve: the linearly implicit (backward Euler) system of the compartments' pressures
// from the path laws, and its elimination (sparse without pivoting, dense with pivoting as a fallback).
#include <algorithm>
#include <cmath>

#include "network.h"

namespace perfuse::phys {

void Network::assemble(double dt_s) {
  const size_t n = compartments_.size();
  matrix_.assign(n * n, 0.0);
  rhs_.assign(n, 0.0);
  p_old_.resize(n);
  p_new_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const double c_over_dt = effective_compliance_ml_per_mmHg(compartments_[i]) / dt_s;
    p_old_[i] = pressure_mmHg(compartments_[i]);
    matrix_[i * n + i] += c_over_dt;
    rhs_[i] += c_over_dt * p_old_[i];
  }
  // Row i: C/dt*P_i + sum(out q) - sum(in q) = C/dt*P_i_old.
  auto add_term = [&](size_t from, size_t to, double a, double b, double c) {
    matrix_[from * n + from] += a;
    matrix_[from * n + to] -= b;
    rhs_[from] -= c;
    matrix_[to * n + from] -= a;
    matrix_[to * n + to] += b;
    rhs_[to] += c;
  };
  for (const auto& p : paths_) {
    const auto f = static_cast<size_t>(p.from), t = static_cast<size_t>(p.to);
    add_term(f, t, p.law.a_ml_s_per_mmHg, p.law.b_ml_s_per_mmHg, p.law.c_ml_s);
    if (p.law.ref >= 0 && p.law.ref_fraction != 0.0) {
      const auto& r = paths_[static_cast<size_t>(p.law.ref)].law;
      const auto& rp = paths_[static_cast<size_t>(p.law.ref)];
      const double k = p.law.ref_fraction;
      // q = k*(a_r*P_fr - b_r*P_tr + c_r), leaving `f` and entering `t`.
      const auto fr = static_cast<size_t>(rp.from), tr = static_cast<size_t>(rp.to);
      matrix_[f * n + fr] += k * r.a_ml_s_per_mmHg;
      matrix_[f * n + tr] -= k * r.b_ml_s_per_mmHg;
      rhs_[f] -= k * r.c_ml_s;
      matrix_[t * n + fr] -= k * r.a_ml_s_per_mmHg;
      matrix_[t * n + tr] += k * r.b_ml_s_per_mmHg;
      rhs_[t] += k * r.c_ml_s;
    }
  }
}

void Network::solve(double dt_s) {
  assemble(dt_s);
  // Every path law has a, b >= 0, so the matrix is column diagonally dominant (C/dt on the diagonal
  // makes it strict) and elimination without pivoting is stable; its fill pattern depends only on the
  // graph, so it is worked out once. Entrainment can weaken dominance: any doubtful pivot falls back to
  // partial pivoting.
  if (pattern_dirty_) build_pattern();
  bool ok = eliminate_sparse();
  if (!ok) {
    assemble(dt_s);  // rebuild and solve densely with partial pivoting
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

void Network::build_pattern() {
  const size_t n = compartments_.size();
  std::vector<std::vector<char>> nz(n, std::vector<char>(n, 0));
  for (size_t i = 0; i < n; ++i) nz[i][i] = 1;
  auto touch = [&](size_t f, size_t t) {
    nz[f][f] = nz[f][t] = nz[t][f] = nz[t][t] = 1;
  };
  for (const auto& p : paths_) {
    const auto f = static_cast<size_t>(p.from), t = static_cast<size_t>(p.to);
    touch(f, t);
    if (p.law.ref >= 0) {
      const auto& r = paths_[static_cast<size_t>(p.law.ref)];
      for (size_t row : {f, t}) {
        nz[row][static_cast<size_t>(r.from)] = 1;
        nz[row][static_cast<size_t>(r.to)] = 1;
      }
    }
  }
  // Elimination order: minimum degree on the symmetrised pattern (fewest fill-ins; ties by index, so
  // deterministic). A symmetric reordering keeps the column diagonal dominance.
  std::vector<std::vector<char>> adj(n, std::vector<char>(n, 0));
  for (size_t i = 0; i < n; ++i) {
    for (size_t j = 0; j < n; ++j) adj[i][j] = i != j && (nz[i][j] || nz[j][i]);
  }
  std::vector<char> done(n, 0);
  order_.clear();
  for (size_t step = 0; step < n; ++step) {
    size_t best = n, best_degree = n + 1;
    for (size_t k = 0; k < n; ++k) {
      if (done[k]) continue;
      size_t degree = 0;
      for (size_t j = 0; j < n; ++j) degree += !done[j] && adj[k][j];
      if (degree < best_degree) { best = k; best_degree = degree; }
    }
    done[best] = 1;
    order_.push_back(best);
    for (size_t a = 0; a < n; ++a) {
      if (done[a] || !adj[best][a]) continue;
      for (size_t b = 0; b < n; ++b) {
        if (b != a && !done[b] && adj[best][b]) adj[a][b] = 1;
      }
    }
  }
  std::vector<size_t> position(n);
  for (size_t i = 0; i < n; ++i) position[order_[i]] = i;
  // Symbolic elimination in that order: record which rows each pivot updates, and where (with fill).
  lower_rows_.assign(n, {});
  upper_cols_.assign(n, {});
  for (size_t i = 0; i < n; ++i) {
    const size_t k = order_[i];
    for (size_t c = 0; c < n; ++c) {
      if (c != k && nz[k][c] && position[c] > i) upper_cols_[k].push_back(c);
    }
    for (size_t r = 0; r < n; ++r) {
      if (r == k || !nz[r][k] || position[r] < i) continue;
      lower_rows_[k].push_back(r);
      for (size_t c : upper_cols_[k]) nz[r][c] = 1;
    }
  }
  pattern_dirty_ = false;
}

bool Network::eliminate_sparse() {
  const size_t n = compartments_.size();
  inv_diag_.resize(n);
  for (size_t k : order_) {
    const double pivot = matrix_[k * n + k];
    double column = 0.0;
    for (size_t r : lower_rows_[k]) column += std::fabs(matrix_[r * n + k]);
    if (!(pivot > 1e-12) || !(pivot >= 0.5 * column)) return false;  // not safely dominant
    const double inv = 1.0 / pivot;
    inv_diag_[k] = inv;
    for (size_t r : lower_rows_[k]) {
      const double m = matrix_[r * n + k];
      if (m == 0.0) continue;
      const double factor = m * inv;
      for (size_t c : upper_cols_[k]) matrix_[r * n + c] -= factor * matrix_[k * n + c];
      rhs_[r] -= factor * rhs_[k];
    }
  }
  for (size_t i = n; i-- > 0;) {
    const size_t k = order_[i];
    double sum = rhs_[k];
    for (size_t c : upper_cols_[k]) sum -= matrix_[k * n + c] * p_new_[c];
    p_new_[k] = sum * inv_diag_[k];
  }
  for (double p : p_new_) {
    if (!std::isfinite(p)) return false;
  }
  return true;
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
