#include "random_actions.h"

#include <cmath>
#include <iterator>
#include <limits>

#include "flow_invariants.h"

namespace perfuse::fuzz {

namespace phys = perfuse::phys;

namespace {

const phys::Fault kFaults[] = {phys::Fault::oxygenator_failure, phys::Fault::air_in_arterial_line,
                               phys::Fault::pump_stop, phys::Fault::power_loss, phys::Fault::venous_kink,
                               phys::Fault::hypovolaemia};

template <class T, size_t N>
const T& pick(Rng& rng, const T (&values)[N]) {
    return values[rng.below(N)];
}

}  // namespace

double wild(Rng& rng, double lo, double hi) {
    const double inf = std::numeric_limits<double>::infinity();
    const double nan = std::numeric_limits<double>::quiet_NaN();
    const double extremes[] = {nan, inf, -inf, -1.0, -1e9, 0.0, 1e9, 1e300, -0.0, 1e-300,
                               std::numeric_limits<double>::denorm_min(), hi * 10.0};
    if (rng.chance(0.2)) return pick(rng, extremes);
    return lo + (hi - lo) * static_cast<double>(rng.below(1000001)) / 1e6;
}

phys::PatientSpec random_patient(Rng& rng) {
    phys::PatientSpec p;
    const double ages[] = {0.02, 0.5, 5.0, 14.0, 50.0, 90.0};
    const size_t k = rng.below(std::size(ages));
    p.age_years = rng.chance(0.1) ? wild(rng, 0, 120) : ages[k];
    const double weights[] = {3.5, 8.0, 20.0, 50.0, 70.0, 110.0};
    p.weight_kg = rng.chance(0.1) ? wild(rng, 0.5, 300) : weights[k];
    const double heights[] = {50.0, 70.0, 110.0, 160.0, 170.0, 185.0};
    p.height_cm = rng.chance(0.1) ? wild(rng, 30, 250) : heights[k];
    p.hb_g_dl = rng.chance(0.1) ? wild(rng, 1, 25) : 13.5;
    p.temperature_c = rng.chance(0.1) ? wild(rng, 10, 45) : 37.0;
    p.heart = pick(rng, {phys::HeartState::normal, phys::HeartState::failing, phys::HeartState::arrested});
    p.lungs = rng.chance(0.3) ? phys::LungState::ards : phys::LungState::normal;
    return p;
}

phys::CircuitOptions random_options(Rng& rng) {
    phys::CircuitOptions o;
    o.type = pick(rng, {phys::CircuitType::none, phys::CircuitType::cpb, phys::CircuitType::va_ecmo,
                        phys::CircuitType::vv_ecmo, phys::CircuitType::ilp});
    o.cannulation = pick(rng, {phys::Cannulation::automatic, phys::Cannulation::femoral, phys::Cannulation::central,
                               phys::Cannulation::cervical, phys::Cannulation::femoral_jugular,
                               phys::Cannulation::dual_lumen});
    if (rng.chance(0.2)) o.prime_ml = wild(rng, 100, 3000);
    if (rng.chance(0.2)) o.prime_hb_g_dl = wild(rng, 0, 15);
    if (rng.chance(0.2)) o.cannula_tip_distance_cm = wild(rng, 0, 40);
    o.limb = rng.chance(0.5) ? phys::Limb::leg : phys::Limb::arm;
    if (rng.chance(0.2)) o.limb_volume_l = wild(rng, 0.5, 30);
    return o;
}

phys::SettingsPatch random_patch(Rng& rng) {
    phys::SettingsPatch p;
    if (rng.chance(0.3)) p.pump_flow_l_min = wild(rng, 0, 8);
    if (rng.chance(0.3)) p.pump_rpm = wild(rng, 0, 5000);
    if (rng.chance(0.2)) p.sweep_l_min = wild(rng, 0, 10);
    if (rng.chance(0.2)) p.fio2 = wild(rng, 0, 1);
    if (rng.chance(0.2)) p.heater_c = wild(rng, 2, 42);
    if (rng.chance(0.15)) p.arterial_clamp = rng.chance(0.5);
    if (rng.chance(0.15)) p.venous_clamp = rng.chance(0.5);
    if (rng.chance(0.15)) p.venous_occlusion = wild(rng, 0, 1);
    if (rng.chance(0.05)) p.venous_occlusion_auto = true;
    if (rng.chance(0.1)) p.tourniquet = rng.chance(0.5) ? phys::Tourniquet::tight : phys::Tourniquet::loose;
    if (rng.chance(0.1)) p.vent_fio2 = wild(rng, 0.21, 1);
    if (rng.chance(0.1)) p.ventilated = rng.chance(0.5);
    if (rng.chance(0.1)) p.cardioplegia_ml_min = wild(rng, 0, 500);
    if (rng.chance(0.1)) p.cardioplegia_ratio = wild(rng, 0, 10);
    if (rng.chance(0.1)) p.haemofilter_ml_min = wild(rng, 0, 100);
    if (rng.chance(0.1)) p.hand_crank_rpm = wild(rng, 0, 100);
    if (rng.chance(0.1)) p.bubble_detector = rng.chance(0.5);
    if (rng.chance(0.1)) p.level_detector = rng.chance(0.5);
    if (rng.chance(0.1)) {
        p.heart = pick(rng, {phys::HeartState::normal, phys::HeartState::failing, phys::HeartState::arrested});
    }
    if (rng.chance(0.1)) p.lungs = rng.chance(0.5) ? phys::LungState::ards : phys::LungState::normal;
    if (rng.chance(0.1)) p.melphalan_mg = wild(rng, 0, 200);
    if (rng.chance(0.1)) p.fluid_ml = wild(rng, 0, 2000);
    if (rng.chance(0.1)) p.blood_ml = wild(rng, 0, 1000);
    if (rng.chance(0.1)) p.bleed_ml = wild(rng, 0, 3000);
    return p;
}

phys::CircuitGraph random_graph(Rng& rng) {
    phys::CircuitGraph g;
    const size_t parts = rng.below(13);
    for (size_t i = 0; i < parts; ++i) {
        phys::PartSpec s;
        // The ids the simulation looks for (pump, clamps, lines, cannulae) come up often, so the settings
        // and faults reach the parts of a random graph as they would a standard one.
        const char* ids[] = {"venous_clamp", "arterial_clamp", "venous_line", "arterial_line", "drainage_cannula",
                             "venous_cannula", "return_cannula", "pump", "oxygenator", "part"};
        s.id = std::string(pick(rng, ids)) + (rng.chance(0.7) ? "_" + std::to_string(i) : "");
        s.type = static_cast<phys::PartType>(rng.below(9));
        s.tubing = static_cast<phys::TubingSize>(rng.below(3));
        s.length_cm = rng.chance(0.5) ? 0.0 : wild(rng, 1, 300);
        s.french = rng.chance(0.5) ? 0.0 : wild(rng, 6, 32);
        s.role = rng.chance(0.5) ? phys::CannulaRole::drainage : phys::CannulaRole::return_flow;
        s.tip_cm = wild(rng, -20, 20);
        s.jet_to_tricuspid = rng.chance(0.2);
        s.size = static_cast<phys::DeviceSize>(rng.below(3));
        s.height_cm = rng.chance(0.5) ? 0.0 : wild(rng, -100, 50);
        s.fill_ml = rng.chance(0.5) ? 0.0 : wild(rng, 0, 3000);
        g.parts.push_back(s);
    }
    // Duplicate ids are an error the assembler must report, not crash on.
    if (parts > 1 && rng.chance(0.05)) g.parts.back().id = g.parts.front().id;
    const auto& sites = phys::patient_sites();
    auto end = [&]() {
        phys::PortRef r;
        if (g.parts.empty() || rng.chance(0.3)) {
            r.part = "patient";
            // Limb sites exist only with an ILP circuit: offered rarely, so most graphs still assemble.
            r.port = rng.chance(0.03) ? "left_ventricle" : sites[rng.below(rng.chance(0.1) ? sites.size() : 5)];
        } else {
            r.part = rng.chance(0.02) ? "ghost" : g.parts[rng.below(g.parts.size())].id;
            r.port = rng.chance(0.02) ? "side" : (rng.chance(0.5) ? "in" : "out");
        }
        return r;
    };
    const size_t connections = rng.below(3 * parts + 3);
    for (size_t i = 0; i < connections; ++i) g.connections.push_back({end(), end()});
    return g;
}

double random_step_s(Rng& rng) {
  const double steps[] = {0.001, 0.005, 0.02, 0.02, 0.02, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 60.0, 3600.0,
                          0.0, -0.02, 1e-9, std::numeric_limits<double>::quiet_NaN(),
                            std::numeric_limits<double>::infinity()};
    return pick(rng, steps);
}

ActionRun run_random_actions(phys::Simulation& sim, Rng& rng, int count) {
    ActionRun run;
    for (; run.actions < count; ++run.actions) {
        const size_t kind = rng.below(20);
        if (kind < 6) {
            sim.apply(random_patch(rng));
            run.last_action = "apply";
        } else if (kind < 8) {
            const phys::Fault f = pick(rng, kFaults);
            sim.inject(f);
            run.last_action = std::string("inject ") + phys::to_string(f);
        } else if (kind < 10) {
            const phys::Fault f = pick(rng, kFaults);
            sim.clear(f);
            run.last_action = std::string("clear ") + phys::to_string(f);
        } else if (kind < 19) {
            // A few steps of one length: time steps change between actions, not within a burst.
            const double dt_s = random_step_s(rng);
            const size_t n = 1 + rng.below(5);
            for (size_t i = 0; i < n; ++i) sim.step(dt_s);
            run.last_action = "step " + std::to_string(n) + " x " + std::to_string(dt_s) + " s";
        } else {
            sim.evaluate();
            run.last_action = "evaluate";
        }
        if (auto v = simulation_violation(sim); !v.empty()) {
            run.violation = v;
            ++run.actions;
            return run;
        }
    }
    return run;
}

}  // namespace perfuse::fuzz
