// The workbench refuses only what is physically impossible, says why in plain words, accepts wrong but
// possible actions, and turns what was built into the flow model's graph.
#include <gtest/gtest.h>

#include <algorithm>

#include "cpb_bench.h"

namespace perfuse::circuits {
namespace {

using testing::build_cpb_loop;
using testing::cpb_bench;

bool has_connection(const phys::CircuitGraph& g, const std::string& from, const std::string& to) {
    auto same = [](const phys::PortRef& r, const std::string& s) { return r.part + "." + r.port == s; };
    return std::any_of(g.connections.begin(), g.connections.end(), [&](const phys::Connection& c) {
        return (same(c.from, from) && same(c.to, to)) || (same(c.from, to) && same(c.to, from));
    });
}

TEST(Workbench, TheCpbKitLoadsAndSizesForTheAdult) {
    Workbench b = cpb_bench();
    EXPECT_EQ(b.kit().id, "cpb_adult");
    EXPECT_TRUE(b.sizing_error().empty()) << b.sizing_error();
    EXPECT_GT(b.kit().items.size(), 10u);
}

TEST(Workbench, MountingRefusesWhatDoesNotFitAndATakenHolder) {
    Workbench b = cpb_bench();
    ActionResult r = b.mount("oxygenator", "reservoir_holder");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.reason.find("does not fit"), std::string::npos) << r.reason;
    EXPECT_NE(r.reason.find("oxygenator holder"), std::string::npos) << r.reason;
    EXPECT_TRUE(b.mount("reservoir", "reservoir_holder").ok);
    EXPECT_EQ(b.state("reservoir").place, Place::mounted);
    EXPECT_TRUE(b.mount("pump_boot", "cardioplegia_pump").ok);  // wrong pump, but it fits: accepted
    r = b.mount("cardioplegia_set", "cardioplegia_pump");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.reason.find("already holds"), std::string::npos) << r.reason;
    EXPECT_FALSE(b.take("console").ok);
    EXPECT_FALSE(b.mount("ghost", "reservoir_holder").ok);
}

TEST(Workbench, JoiningRefusesUsedPortsMisfitsAndPartsStillOnTheTrolley) {
    Workbench b = cpb_bench();
    ActionResult r = b.connect("reservoir.out", "pump_boot.in");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.reason.find("Take the venous reservoir"), std::string::npos) << r.reason;
    b.mount("reservoir", "reservoir_holder");
    b.mount("pump_boot", "arterial_pump");
    b.mount("oxygenator", "oxygenator_holder");
    b.take("gas_line");
    EXPECT_TRUE(b.connect("reservoir.out", "pump_boot.in").ok);
    r = b.connect("reservoir.out", "oxygenator.in");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.reason.find("already in use"), std::string::npos) << r.reason;
    r = b.connect("gas_line.a", "oxygenator.in");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.reason.find("do not fit"), std::string::npos) << r.reason;
    EXPECT_FALSE(b.connect("reservoir.nozzle", "oxygenator.in").ok);
    EXPECT_FALSE(b.connect("pump_boot.out", "pump_boot.out").ok);
    EXPECT_FALSE(b.disconnect("pump_boot.out", "oxygenator.in").ok);
    EXPECT_TRUE(b.disconnect("reservoir.out", "pump_boot.in").ok);
}

TEST(Workbench, AWrongButPossibleJoinIsAcceptedAndRunsAsBuilt) {
    Workbench b = cpb_bench();
    b.mount("reservoir", "reservoir_holder");
    b.mount("pump_boot", "arterial_pump");
    b.mount("oxygenator", "oxygenator_holder");
    EXPECT_TRUE(b.connect("reservoir.out", "pump_boot.out").ok);  // boot turned round
    EXPECT_TRUE(b.connect("pump_boot.in", "oxygenator.in").ok);
    const phys::CircuitGraph g = b.to_graph();
    EXPECT_TRUE(has_connection(g, "reservoir.out", "pump.out"));
    EXPECT_TRUE(has_connection(g, "pump.in", "oxygenator.in"));
    EXPECT_TRUE(has_connection(g, "oxygenator.out", "heat_exchanger.in"));  // inside the oxygenator item
}

TEST(Workbench, TheGraphHoldsTheItemsInUseWithThePrimeInTheReservoir) {
    Workbench b = cpb_bench();
    build_cpb_loop(b);
    phys::CircuitGraph g = b.to_graph();
    EXPECT_EQ(g.parts.size(), 9u);  // venous clamp+line, reservoir, pump, oxygenator+heat exchanger, filter, arterial clamp+line
    for (const auto& p : g.parts) {
        if (p.type == phys::PartType::reservoir) {
            EXPECT_EQ(p.fill_ml, 0.0);  // dry until primed
        }
    }
    EXPECT_TRUE(b.prime(1500.0).ok);
    g = b.to_graph();
    for (const auto& p : g.parts) {
        if (p.type == phys::PartType::reservoir) {
            EXPECT_GT(p.fill_ml, 500.0);
            EXPECT_LT(p.fill_ml, 1500.0);
        }
    }
    EXPECT_TRUE(has_connection(g, "arterial_line.out", "venous_clamp.in"));  // the priming loop
}

TEST(Workbench, PrimingWetsThePartsAndDeAiringClearsTheTraps) {
    Workbench b = cpb_bench();
    EXPECT_FALSE(b.prime().ok);  // nothing mounted
    build_cpb_loop(b);
    ActionResult r = b.de_air("oxygenator");
    EXPECT_FALSE(r.ok);
    EXPECT_NE(r.reason.find("still dry"), std::string::npos) << r.reason;
    EXPECT_TRUE(b.prime().ok);
    EXPECT_TRUE(b.state("reservoir").wet);
    EXPECT_FALSE(b.state("reservoir").air);
    EXPECT_TRUE(b.state("oxygenator").air);
    EXPECT_TRUE(b.has_air());
    EXPECT_TRUE(b.de_air("oxygenator").ok);
    EXPECT_TRUE(b.de_air("arterial_filter").ok);
    EXPECT_FALSE(b.has_air());
    EXPECT_FALSE(b.de_air("oxygenator").ok);  // nothing left to push out
}

TEST(Workbench, ControlsRefuseUnknownKeysAndValuesPastTheDial) {
    Workbench b = cpb_bench();
    EXPECT_FALSE(b.set("warp_drive", 1.0).ok);
    EXPECT_EQ(b.set("fio2", 1.5).reason, "The fio2 control can only be set from 0.21 to 1.");
    EXPECT_TRUE(b.set("fio2", 0.6).ok);
    EXPECT_EQ(b.control("fio2"), 0.6);
    EXPECT_TRUE(b.set("heparin_u_per_kg", 400.0).ok);
    EXPECT_FALSE(b.control("heparin_u_per_kg"));  // a dose, not a level
    auto doses = b.take_doses();
    ASSERT_EQ(doses.size(), 1u);
    EXPECT_TRUE(b.take_doses().empty());
}

TEST(Workbench, RefusalsNameAControlAsTheTraineeSeesIt) {
    Workbench b = cpb_bench();
    b.name_controls({{"pump_flow_l_min", "Pump flow (litres per minute)"}});
    EXPECT_EQ(b.set("pump_flow_l_min", 12.0).reason, "Pump flow (litres per minute) can only be set from 0 to 8.");
    EXPECT_EQ(b.set("pump_rpm", 9000.0).reason, "The pump_rpm control can only be set from 0 to 5000.");  // no label given
}

TEST(Workbench, GasReachesTheOxygenatorOnlyThroughTheGasLine) {
    Workbench b = cpb_bench();
    b.mount("oxygenator", "oxygenator_holder");
    EXPECT_FALSE(b.control_routed("sweep_l_min"));
    b.take("gas_line");
    b.connect("console.gas_supply", "gas_line.a");
    EXPECT_FALSE(b.linked("console.gas_supply", "oxygenator.gas_in"));
    b.connect("gas_line.b", "oxygenator.gas_in");
    EXPECT_TRUE(b.linked("console.gas_supply", "oxygenator.gas_in"));
    EXPECT_TRUE(b.control_routed("sweep_l_min"));
    b.put_back("gas_line");
    EXPECT_FALSE(b.control_routed("sweep_l_min"));
    EXPECT_TRUE(b.joints().empty());
}

TEST(Workbench, ClampsOnlyOnLinesThatCarryThem) {
    Workbench b = cpb_bench();
    EXPECT_FALSE(b.clamp("venous_line").ok);  // still on the trolley
    b.take("venous_line");
    EXPECT_TRUE(b.clamp("venous_line").ok);
    EXPECT_FALSE(b.clamp("venous_line").ok);
    EXPECT_TRUE(b.unclamp("venous_line").ok);
    b.mount("reservoir", "reservoir_holder");
    EXPECT_FALSE(b.clamp("reservoir").ok);
}

}  // namespace
}  // namespace perfuse::circuits
