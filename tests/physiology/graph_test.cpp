// The assembly graph: standard circuits build; wrong assemblies run, wrongly but physically.
#include <gtest/gtest.h>

#include <algorithm>

#include "test_helpers.h"

namespace perfuse::phys {
namespace {

using testing::adult;
using testing::run_for;

CircuitGraph va_graph() { return standard_circuit(testing::circuit(CircuitType::va_ecmo), adult()).graph; }

void replace(CircuitGraph& g, const Connection& old_c, const Connection& new_c) {
    auto it = std::find_if(g.connections.begin(), g.connections.end(), [&](const Connection& c) {
        return c.from.part == old_c.from.part && c.from.port == old_c.from.port && c.to.part == old_c.to.part &&
               c.to.port == old_c.to.port;
    });
    ASSERT_NE(it, g.connections.end());
    *it = new_c;
}

TEST(CircuitGraph, EveryStandardCircuitAssembles) {
    for (CircuitType t : {CircuitType::cpb, CircuitType::va_ecmo, CircuitType::vv_ecmo, CircuitType::ilp}) {
        for (Cannulation c : {Cannulation::automatic, Cannulation::femoral, Cannulation::central, Cannulation::cervical,
                              Cannulation::femoral_jugular, Cannulation::dual_lumen}) {
            Simulation sim(adult(), testing::circuit(t, c));
            EXPECT_EQ(sim.error(), "") << to_string(t);
            EXPECT_FALSE(sim.circuit().parts.empty());
        }
    }
}

TEST(CircuitGraph, UserGraphRunsLikeTheStandardOne) {
    const auto options = testing::circuit(CircuitType::va_ecmo);
    Simulation standard(adult(), options);
    Simulation user(adult(), options, va_graph());
    run_for(standard, 60);
    run_for(user, 60);
    EXPECT_EQ(standard.snapshot().map_mmHg, user.snapshot().map_mmHg);
    EXPECT_EQ(*standard.snapshot().pump_flow_l_min, *user.snapshot().pump_flow_l_min);
}

TEST(CircuitGraph, PumpTurnedRoundPullsBloodBackwardsFromTheArtery) {
    CircuitGraph g = va_graph();
    replace(g, {{"venous_line", "out"}, {"pump", "in"}}, {{"venous_line", "out"}, {"pump", "out"}});
    replace(g, {{"pump", "out"}, {"oxygenator", "in"}}, {{"pump", "in"}, {"oxygenator", "in"}});
    Simulation sim(adult(), testing::circuit(CircuitType::va_ecmo), g);
    ASSERT_EQ(sim.error(), "");
    const double volume = sim.network().total_volume_ml();
    run_for(sim, 120);
    const auto& net = sim.network();
    const Part* oxy = sim.circuit().find("oxygenator");
    EXPECT_LT(net.path(oxy->inflow()).flow_ml_s, -10.0);  // blood runs artery -> oxygenator -> vein
    EXPECT_LT(sim.snapshot().map_mmHg, 70.0);            // an arteriovenous steal
    EXPECT_NEAR(net.total_volume_ml(), volume, 1e-6);
    EXPECT_TRUE(testing::physical(sim.snapshot()));
}

TEST(CircuitGraph, ReturnLineToAVeinMakesAnEcmoCircuitRecirculate) {
    // VA circuit whose return went to the right atrium by mistake: it behaves as VV.
    CircuitGraph g = va_graph();
    replace(g, {{"return_cannula", "out"}, {"patient", "femoral_artery"}}, {{"return_cannula", "out"}, {"patient", "ra"}});
    Simulation sim(adult(), testing::circuit(CircuitType::va_ecmo), g);
    ASSERT_EQ(sim.error(), "");
    run_for(sim, 120);
    EXPECT_GT(sim.network().path(sim.circuit().find("pump")->inflow()).flow_ml_s, 0.0);
    EXPECT_FALSE(sim.circuit().recirculations.empty());
}

TEST(CircuitGraph, CappedInletCarriesNoFlow) {
    CircuitGraph g = va_graph();
    g.connections.erase(std::remove_if(g.connections.begin(), g.connections.end(),
                                       [](const Connection& c) { return c.to.part == "drainage_cannula"; }),
                        g.connections.end());
    Simulation sim(adult(), testing::circuit(CircuitType::va_ecmo), g);
    ASSERT_EQ(sim.error(), "");
    run_for(sim, 60);
    EXPECT_NEAR(*sim.snapshot().pump_flow_l_min, 0.0, 0.05);
    EXPECT_TRUE(testing::volumes_physical(sim.network()));
}

TEST(CircuitGraph, BrokenGraphsSayWhatIsWrong) {
    CircuitGraph unknown_part = va_graph();
    unknown_part.connections.push_back({{"nothing", "out"}, {"pump", "in"}});
    EXPECT_EQ(Simulation(adult(), testing::circuit(CircuitType::va_ecmo), unknown_part).error(),
              "connection to unknown part \"nothing\"");
    CircuitGraph bad_port = va_graph();
    bad_port.connections.push_back({{"pump", "side"}, {"oxygenator", "in"}});
    EXPECT_EQ(Simulation(adult(), testing::circuit(CircuitType::va_ecmo), bad_port).error(),
              "part \"pump\" has no port \"side\" (in, out)");
    CircuitGraph bad_site = va_graph();
    bad_site.connections.push_back({{"patient", "heart"}, {"pump", "in"}});
    EXPECT_EQ(Simulation(adult(), testing::circuit(CircuitType::va_ecmo), bad_site).error(),
              "unknown patient site \"heart\"");
    CircuitGraph twice = va_graph();
    twice.parts.push_back(twice.parts.front());
    EXPECT_NE(Simulation(adult(), testing::circuit(CircuitType::va_ecmo), twice).error().find("two parts are called"),
              std::string::npos);
}

}  // namespace
}  // namespace perfuse::phys
