// A model rebuilt from a changed circuit goes on from the old one's state (Simulation::carry_state_from):
// blood volume and drug are conserved, the patient's values continue instead of starting again.
#include <gtest/gtest.h>

#include "test_helpers.h"

namespace perfuse::phys {
namespace {

using testing::adult;
using testing::run_for;

double patient_amount(const Simulation& sim, Species s) {
    double sum = 0.0;
    for (int i = 0; i < sim.network().compartment_count(); ++i) {
        if (sim.patient().is_patient_compartment(i)) sum += sim.network().compartment(i).amount[s];
    }
    return sum;
}

double patient_volume_ml(const Simulation& sim) {
    double sum = 0.0;
    for (int i = 0; i < sim.network().compartment_count(); ++i) {
        if (sim.patient().is_patient_compartment(i)) sum += sim.network().compartment(i).volume_ml;
    }
    return sum;
}

CircuitGraph graph_of(CircuitType t) {
    StandardCircuit sc = standard_circuit(testing::circuit(t), adult());
    EXPECT_EQ(sc.error, "");
    return sc.graph;
}

TEST(Rebuild, TheSameCircuitRebuiltGoesOnExactlyWhereItWas) {
    const CircuitGraph g = graph_of(CircuitType::cpb);
    Simulation old(adult(), testing::circuit(CircuitType::cpb), g);
    SettingsPatch s;
    s.heater_c = 30.0;  // cooling: temperatures away from the starting ones
    s.melphalan_mg = 50.0;  // any drug in the circuit will do for the mass balance
    s.heparin_u_per_kg = 300.0;
    old.apply(s);
    run_for(old, 300);
    const Snapshot before = old.snapshot();

    Simulation rebuilt(adult(), testing::circuit(CircuitType::cpb), g);
    rebuilt.carry_state_from(old);
    const Snapshot after = rebuilt.snapshot();
    EXPECT_NEAR(rebuilt.network().total_volume_ml(), old.network().total_volume_ml(), 1e-6);
    EXPECT_NEAR(rebuilt.network().total_amount(kMelphalan), old.network().total_amount(kMelphalan), 1e-9);
    EXPECT_NEAR(rebuilt.network().total_amount(kRbc), old.network().total_amount(kRbc), 1e-6);
    EXPECT_DOUBLE_EQ(rebuilt.time_s(), old.time_s());
    EXPECT_NEAR(after.temp_c, before.temp_c, 1e-6);  // a 1 us evaluation step apart
    EXPECT_LT(after.temp_c, 36.0);  // still cooled, not back at 37
    EXPECT_NEAR(after.map_mmHg, before.map_mmHg, 1.0);
    EXPECT_NEAR(after.sao2, before.sao2, 1e-6);
    EXPECT_NEAR(*after.pump_flow_l_min, *before.pump_flow_l_min, 0.05);
    EXPECT_NEAR(after.act_s, before.act_s, 1e-6);
    EXPECT_DOUBLE_EQ(*rebuilt.settings().heater_c, 30.0);
    // And both go on the same way.
    run_for(old, 60);
    run_for(rebuilt, 60);
    EXPECT_NEAR(rebuilt.snapshot().map_mmHg, old.snapshot().map_mmHg, 0.5);
    EXPECT_NEAR(rebuilt.snapshot().temp_c, old.snapshot().temp_c, 0.01);
    EXPECT_NEAR(rebuilt.initial_volume_ml() + rebuilt.external_in_ml() - rebuilt.external_out_ml(),
                rebuilt.network().total_volume_ml(), 1e-6);
}

TEST(Rebuild, APartAddedMidRunKeepsThePatientAndAddsOnlyItsPrime) {
    CircuitGraph g = graph_of(CircuitType::cpb);
    Simulation old(adult(), testing::circuit(CircuitType::cpb), g);
    run_for(old, 120);
    PartSpec spare;
    spare.id = "spare_line";
    spare.type = PartType::tubing;
    spare.length_cm = 100.0;
    g.parts.push_back(spare);  // a line added to the circuit, joined to nothing yet
    Simulation rebuilt(adult(), testing::circuit(CircuitType::cpb), g);
    ASSERT_EQ(rebuilt.error(), "");
    rebuilt.carry_state_from(old);
    const Part* added = rebuilt.circuit().find("spare_line");
    ASSERT_NE(added, nullptr);
    EXPECT_NEAR(rebuilt.network().total_volume_ml(),
                old.network().total_volume_ml() + rebuilt.network().compartment(added->node()).volume_ml, 1e-6);
    EXPECT_NEAR(patient_volume_ml(rebuilt), patient_volume_ml(old), 1e-6);
    EXPECT_NEAR(rebuilt.snapshot().map_mmHg, old.snapshot().map_mmHg, 1.0);
    EXPECT_NEAR(rebuilt.snapshot().hb_g_dl, old.snapshot().hb_g_dl, 1e-6);  // not haemodiluted again
}

// ILP decannulated: the circuit is taken off, the patient's blood, temperature and the drug already in
// the limb stay with the patient (a fresh model would have lost them).
TEST(Rebuild, DecannulatingTheLimbKeepsThePatientsBloodAndTheDrugInTheLimb) {
    const CircuitOptions ilp = testing::circuit(CircuitType::ilp);
    StandardCircuit sc = standard_circuit(ilp, adult());
    Simulation old(adult(), ilp, sc.graph);
    SettingsPatch s;
    s.melphalan_mg = 100.0;
    old.apply(s);
    run_for(old, 600);
    const double limb_drug_mg = patient_amount(old, kMelphalan);
    ASSERT_GT(limb_drug_mg, 1.0);  // the drug has reached the limb's own vessels

    CircuitGraph off = sc.graph;
    std::erase_if(off.connections, [](const Connection& c) { return c.from.part == "patient" || c.to.part == "patient"; });
    Simulation rebuilt(adult(), ilp, off);
    ASSERT_EQ(rebuilt.error(), "");
    rebuilt.carry_state_from(old);
    EXPECT_NEAR(patient_volume_ml(rebuilt), patient_volume_ml(old), 1e-6);
    EXPECT_NEAR(patient_amount(rebuilt, kMelphalan), limb_drug_mg, 1e-9);
    EXPECT_NEAR(rebuilt.snapshot().limb_temp_c.value_or(0.0), old.snapshot().limb_temp_c.value_or(-1.0), 1e-6);
    EXPECT_NEAR(rebuilt.snapshot().map_mmHg, old.snapshot().map_mmHg, 2.0);
    EXPECT_NEAR(rebuilt.snapshot().leak_percent.value_or(-1.0), old.snapshot().leak_percent.value_or(-2.0), 1e-4);
}

}  // namespace
}  // namespace perfuse::phys
