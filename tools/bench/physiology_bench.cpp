// perfuse-bench-physiology: simulated seconds per wall-clock second for each standard circuit.
// Target: >= 10,000x real time on one core (one hour of bypass in under 0.36 s), so the app can
// fast-forward. Each iteration advances a warmed-up simulation by 60 simulated seconds.
#include <benchmark/benchmark.h>

#include <chrono>
#include <memory>

#include "simulation.h"

namespace {

using namespace perfuse::phys;

std::unique_ptr<Simulation> make(CircuitType type, Cannulation how, bool child) {
  PatientSpec p;
  if (child) {
    p.age_years = 0.02;
    p.weight_kg = 3.5;
    p.height_cm = 50;
    p.hb_g_dl = 15;
  }
  if (type == CircuitType::vv_ecmo || type == CircuitType::va_ecmo) p.lungs = LungState::ards;
  CircuitOptions o;
  o.type = type;
  o.cannulation = how;
  auto sim = std::make_unique<Simulation>(p, o);
  if (type == CircuitType::ilp) {
    SettingsPatch s;
    s.melphalan_mg = 100;
    sim->apply(s);
  }
  for (int i = 0; i < 500; ++i) sim->step(kDefaultStepS);  // warm up out of the initial transient
  return sim;
}

void run(benchmark::State& state, CircuitType type, Cannulation how, bool child) {
  const double dt = static_cast<double>(state.range(0)) / 1000.0;
  auto sim = make(type, how, child);
  const double simulated_per_iteration_s = 60.0;
  const int steps = static_cast<int>(simulated_per_iteration_s / dt + 0.5);
  const auto start = std::chrono::steady_clock::now();
  for (auto _ : state) {
    for (int i = 0; i < steps; ++i) sim->step(dt);
    benchmark::DoNotOptimize(sim->snapshot().map_mmHg);
  }
  const double wall_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  const double simulated_s = simulated_per_iteration_s * static_cast<double>(state.iterations());
  // Wall-clock rate (what the app sees) and CPU-time rate (one core's speed on a shared machine).
  state.counters["sim_s_per_wall_s"] = simulated_s / wall_s;
  state.counters["sim_s_per_cpu_s"] = benchmark::Counter(simulated_s, benchmark::Counter::kIsRate);
  state.counters["compartments"] = sim->network().compartment_count();
}

// Step sizes: 20 ms (the CLI default) and 10 ms (the app's frame step).
#define PERFUSE_BENCH(name, ...) \
  BENCHMARK_CAPTURE(run, name, __VA_ARGS__)->Arg(20)->Arg(10)->Unit(benchmark::kMillisecond)

PERFUSE_BENCH(none, CircuitType::none, Cannulation::automatic, false);
PERFUSE_BENCH(cpb, CircuitType::cpb, Cannulation::automatic, false);
PERFUSE_BENCH(va_ecmo_femoral, CircuitType::va_ecmo, Cannulation::femoral, false);
PERFUSE_BENCH(va_ecmo_central, CircuitType::va_ecmo, Cannulation::central, false);
PERFUSE_BENCH(vv_ecmo_femoral_jugular, CircuitType::vv_ecmo, Cannulation::femoral_jugular, false);
PERFUSE_BENCH(vv_ecmo_dual_lumen, CircuitType::vv_ecmo, Cannulation::dual_lumen, false);
PERFUSE_BENCH(va_ecmo_neonatal, CircuitType::va_ecmo, Cannulation::cervical, true);
PERFUSE_BENCH(ilp_leg, CircuitType::ilp, Cannulation::automatic, false);

}  // namespace

BENCHMARK_MAIN();
