#include "network.h"

#include <algorithm>
#include <cmath>

namespace perfuse::phys {

double pressure_mmHg(const Compartment& c) {
  const double stressed_ml = c.volume_ml - c.unstressed_ml;
  if (stressed_ml >= 0.0 || c.unstressed_ml <= 0.0) {
    return c.external_mmHg + stressed_ml / std::max(c.compliance_ml_per_mmHg, 1e-6);
  }
  // Collapsed: pressure falls linearly to -empty_suction at zero volume (vessel collapse, cavitation).
  return c.external_mmHg + c.empty_suction_mmHg * stressed_ml / c.unstressed_ml;
}

double effective_compliance_ml_per_mmHg(const Compartment& c) {
  if (c.volume_ml >= c.unstressed_ml || c.unstressed_ml <= 0.0) {
    return std::max(c.compliance_ml_per_mmHg, 1e-6);
  }
  return std::max(c.unstressed_ml / std::max(c.empty_suction_mmHg, 1.0), 1e-6);
}

int Network::add_compartment(Compartment c) {
  compartments_.push_back(std::move(c));
  pattern_dirty_ = true;
  return compartment_count() - 1;
}

int Network::add_path(Path p) {
  paths_.push_back(std::move(p));
  hooks_.push_back(nullptr);
  pattern_dirty_ = true;
  return path_count() - 1;
}

void Network::set_hook(int path, PacketHook* hook) { hooks_[static_cast<size_t>(path)] = hook; }

int Network::find_compartment(const std::string& name) const {
  for (int i = 0; i < compartment_count(); ++i) {
    if (compartments_[static_cast<size_t>(i)].name == name) return i;
  }
  return -1;
}

double Network::total_volume_ml() const {
  double sum = 0.0;
  for (const auto& c : compartments_) sum += c.volume_ml;
  return sum;
}

double Network::total_amount(Species s) const {
  double sum = 0.0;
  for (const auto& c : compartments_) sum += c.amount[static_cast<size_t>(s)];
  return sum;
}

void Network::add_volume(int i, double volume_ml, const Amounts& per_ml) {
  if (!(volume_ml > 0.0) || !std::isfinite(volume_ml)) return;
  auto& c = compartment(i);
  c.volume_ml += volume_ml;
  for (size_t s = 0; s < c.amount.size(); ++s) c.amount[s] += per_ml[s] * volume_ml;
}

double Network::remove_volume(int i, double volume_ml) {
  auto& c = compartment(i);
  if (!(volume_ml > 0.0) || !std::isfinite(volume_ml) || c.volume_ml <= 0.0) return 0.0;
  const double taken_ml = std::min(volume_ml, c.volume_ml);
  const double keep = (c.volume_ml - taken_ml) / c.volume_ml;
  for (auto& a : c.amount) a *= keep;
  c.volume_ml -= taken_ml;
  return taken_ml;
}

void Network::step(double dt_s) {
  if (!(dt_s > 0.0) || !std::isfinite(dt_s)) return;
  solve(dt_s);
  limit_flows(dt_s);
  transport(dt_s);
}

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

void Network::limit_flows(double dt_s) {
  const size_t n = compartments_.size();
  in_ml_.resize(n);
  out_ml_.resize(n);
  // Each pass scales the outflows of any compartment that would go below zero volume; later passes
  // close them outright, so this always ends with every volume >= 0 and both ends of a path agreeing.
  for (size_t pass = 0; pass < 3 * n + 2; ++pass) {
    std::fill(in_ml_.begin(), in_ml_.end(), 0.0);
    std::fill(out_ml_.begin(), out_ml_.end(), 0.0);
    for (const auto& p : paths_) {
      const double v = p.flow_ml_s * dt_s;
      const auto src = static_cast<size_t>(v >= 0.0 ? p.from : p.to);
      const auto dst = static_cast<size_t>(v >= 0.0 ? p.to : p.from);
      out_ml_[src] += std::fabs(v);
      in_ml_[dst] += std::fabs(v);
    }
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
    if (!any) return;  // in_ml_ / out_ml_ now hold this step's final flows
  }
  // Passes exhausted (every offending outflow closed): recount for the transport.
  std::fill(in_ml_.begin(), in_ml_.end(), 0.0);
  std::fill(out_ml_.begin(), out_ml_.end(), 0.0);
  for (const auto& p : paths_) {
    const double v = std::fabs(p.flow_ml_s) * dt_s;
    out_ml_[static_cast<size_t>(p.flow_ml_s >= 0.0 ? p.from : p.to)] += v;
    in_ml_[static_cast<size_t>(p.flow_ml_s >= 0.0 ? p.to : p.from)] += v;
  }
}

void Network::transport(double dt_s) {
  const size_t n = compartments_.size();
  // Sub-steps so no compartment sends out more than it holds in one go (a CFL limit for the species);
  // a compartment emptied to nothing is simply passed through. in_ml_ / out_ml_ come from limit_flows.
  double worst = 0.0;
  for (size_t i = 0; i < n; ++i) {
    const double v0 = compartments_[i].volume_ml;
    const double held = std::min(v0, v0 + in_ml_[i] - out_ml_[i]);
    if (held > 1e-6) worst = std::max(worst, out_ml_[i] / held);
  }
  const int substeps = static_cast<int>(std::clamp(std::ceil(worst), 1.0, 256.0));
  const double sub_dt = dt_s / substeps;
  for (int k = 0; k < substeps; ++k) transport_substep(sub_dt);
}

bool Network::limit_species(double dt_s) {
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
    for (const auto& p : paths_) {
      const double v = p.flow_ml_s * dt_s;
      if (v == 0.0) continue;
      const auto src = static_cast<size_t>(v > 0.0 ? p.from : p.to);
      const auto dst = static_cast<size_t>(v > 0.0 ? p.to : p.from);
      for (size_t k = 0; k < kSpeciesCount; ++k) species_in_[dst][k] += std::fabs(v) * mix_[src][k] * species_scale_[src][k];
    }
    bool changed = false;
    for (size_t i = 0; i < n; ++i) {
      for (size_t k = 0; k < kSpeciesCount; ++k) {
        const double sent = out_ml_[i] * mix_[i][k] * species_scale_[i][k];
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

void Network::transport_substep(double dt_s) {
  const size_t n = compartments_.size();
  mix_.resize(n);
  // Blood leaving a compartment carries the mix of what was there and what came in this sub-step.
  std::vector<Amounts>& mix = mix_;
  conc_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    const auto& c = compartments_[i];
    mix[i] = c.amount;
    const double inv = c.volume_ml > 1e-9 ? 1.0 / c.volume_ml : 0.0;
    for (size_t k = 0; k < kSpeciesCount; ++k) conc_[i][k] = c.amount[k] * inv;
  }
  std::fill(in_ml_.begin(), in_ml_.end(), 0.0);
  std::fill(out_ml_.begin(), out_ml_.end(), 0.0);
  for (const auto& p : paths_) {
    const double v = p.flow_ml_s * dt_s;
    if (v == 0.0) continue;
    const auto src = static_cast<size_t>(v > 0.0 ? p.from : p.to);
    const auto dst = static_cast<size_t>(v > 0.0 ? p.to : p.from);
    const double vol = std::fabs(v);
    for (size_t k = 0; k < kSpeciesCount; ++k) mix[dst][k] += vol * conc_[src][k];
    in_ml_[dst] += vol;
    out_ml_[src] += vol;
  }
  for (size_t i = 0; i < n; ++i) {
    const double denom = compartments_[i].volume_ml + in_ml_[i];
    const double inv = denom > 1e-9 ? 1.0 / denom : 0.0;
    for (auto& a : mix[i]) a *= inv;
  }
  const bool limited = limit_species(dt_s);
  for (size_t pi = 0; pi < paths_.size(); ++pi) {
    const auto& p = paths_[pi];
    const double v = p.flow_ml_s * dt_s;
    if (v == 0.0) continue;
    const auto src = static_cast<size_t>(v > 0.0 ? p.from : p.to);
    const auto dst = static_cast<size_t>(v > 0.0 ? p.to : p.from);
    const double vol = std::fabs(v);
    Amounts packet;
    for (size_t k = 0; k < kSpeciesCount; ++k) {
      packet[k] = vol * mix[src][k] * (limited ? species_scale_[src][k] : 1.0);
      compartments_[src].amount[k] -= packet[k];
    }
    if (hooks_[pi] != nullptr) hooks_[pi]->on_packet(static_cast<int>(pi), vol, packet, dt_s);
    for (size_t k = 0; k < kSpeciesCount; ++k) compartments_[dst].amount[k] += packet[k];
  }
  for (size_t i = 0; i < n; ++i) {
    auto& c = compartments_[i];
    c.volume_ml = std::max(0.0, c.volume_ml + in_ml_[i] - out_ml_[i]);
    for (auto& a : c.amount) {
      if (!(a > 0.0)) a = 0.0;  // also clears NaN (round-off only, since limit_species keeps amounts >= 0)
    }
  }
}

}  // namespace perfuse::phys
