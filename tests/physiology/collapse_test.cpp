// Collapsible vessels (vascular waterfall): with the pump stopped on bypass the venous line keeps
// siphoning the patient into the reservoir. The right atrium collapses onto the cannula, and a collapsed
// vessel cannot pass that suction upstream, so the arteries and veins empty only to zero transmural
// pressure. Before the fix MAP fell to about -28 mmHg (-37 on a longer, wider-bore drain).
#include <gtest/gtest.h>

#include <algorithm>

#include "test_helpers.h"

namespace perfuse::phys::testing {
namespace {

struct Lowest {
    double map = 1e9, vein = 1e9;
};

Lowest pump_stopped_on_cpb(HeartState heart, double minutes) {
    PatientSpec p = adult();
    p.heart = heart;
    Simulation sim(p, circuit(CircuitType::cpb));
    run_for(sim, 60);
    sim.inject(Fault::pump_stop);
    Lowest low;
    const PatientNodes& n = sim.patient().nodes();
    for (int s = 0; s < static_cast<int>(minutes * 60); ++s) {
        run_for(sim, 1);
        low.map = std::min({low.map, sim.snapshot().map_mmHg, sim.network().pressure(n.art_lower)});
        low.vein = std::min({low.vein, sim.network().pressure(n.vein_upper), sim.network().pressure(n.vein_lower)});
    }
    return low;
}

TEST(Collapse, ArteriesAndVeinsNeverGoBelowZeroWithThePumpStoppedOnBypass) {
    for (HeartState h : {HeartState::normal, HeartState::arrested}) {
        const Lowest low = pump_stopped_on_cpb(h, 30);
        EXPECT_GE(low.map, -0.01) << "heart " << static_cast<int>(h);
        EXPECT_GE(low.vein, -0.01) << "heart " << static_cast<int>(h);
    }
}

TEST(Collapse, TheRightAtriumStillCollapsesOntoTheCannula) {
    // The siphon does empty the atrium (the suction is real there); only its spread upstream stops.
    PatientSpec p = adult();
    p.heart = HeartState::arrested;
    Simulation sim(p, circuit(CircuitType::cpb));
    run_for(sim, 60);
    sim.inject(Fault::pump_stop);
    run_for(sim, 20 * 60);
    EXPECT_LT(sim.snapshot().cvp_mmHg, -5.0);
    EXPECT_NEAR(sim.snapshot().map_mmHg, 0.0, 0.5);
}

}  // namespace
}  // namespace perfuse::phys::testing
