// Each standard circuit runs for hours of simulated time at a fixed step, as a kiosk or a long class
// would run it: the flow-model invariants (flow_invariants.h) are checked every simulated minute, the
// network and circuit never grow, and the process's resident memory stays flat once warmed up.
#include <gtest/gtest.h>

#include <fstream>
#include <iostream>
#include <ostream>

#include <unistd.h>

#include "flow_invariants.h"

namespace perfuse::fuzz {
namespace {

constexpr double kSoakHours = 3.0;
// The step the app and perfuse-sim use: 540,000 steps per circuit, about a second each in RelWithDebInfo.
constexpr double kStepS = phys::kDefaultStepS;
constexpr int kStepsPerCheck = 3000;  // one simulated minute

long resident_kb() {
    std::ifstream statm("/proc/self/statm");
    long pages = 0, resident = 0;
    statm >> pages >> resident;
    return resident * (sysconf(_SC_PAGESIZE) / 1024);
}

struct Case {
    const char* name;
    phys::CircuitType type;
    phys::Cannulation cannulation;
    phys::Limb limb;
};

const Case kCases[] = {
    {"cpb", phys::CircuitType::cpb, phys::Cannulation::automatic, phys::Limb::leg},
    {"va_ecmo_femoral", phys::CircuitType::va_ecmo, phys::Cannulation::femoral, phys::Limb::leg},
    {"va_ecmo_central", phys::CircuitType::va_ecmo, phys::Cannulation::central, phys::Limb::leg},
    {"vv_ecmo_femoral_jugular", phys::CircuitType::vv_ecmo, phys::Cannulation::femoral_jugular, phys::Limb::leg},
    {"vv_ecmo_dual_lumen", phys::CircuitType::vv_ecmo, phys::Cannulation::dual_lumen, phys::Limb::leg},
    {"ilp_leg", phys::CircuitType::ilp, phys::Cannulation::automatic, phys::Limb::leg},
    {"ilp_arm", phys::CircuitType::ilp, phys::Cannulation::automatic, phys::Limb::arm},
};

// ctest shows the parameter: the circuit name, not its bytes.
void PrintTo(const Case& c, std::ostream* os) { *os << c.name; }

class Soak : public ::testing::TestWithParam<Case> {};

TEST_P(Soak, HoursAtAFixedStepKeepInvariantsAndMemoryFlat) {
    const Case& c = GetParam();
    phys::CircuitOptions options;
    options.type = c.type;
    options.cannulation = c.cannulation;
    options.limb = c.limb;
    phys::Simulation sim(phys::PatientSpec{}, options);
    ASSERT_EQ(sim.error(), "");
    if (c.type == phys::CircuitType::ilp) {
        phys::SettingsPatch dose;
        dose.melphalan_mg = 100.0;
        sim.apply(dose);
    }
    const int compartments = sim.network().compartment_count();
    const int paths = sim.network().path_count();
    const size_t parts = sim.circuit().parts.size();
    const size_t recirculations = sim.circuit().recirculations.size();
    const int checks = static_cast<int>(kSoakHours * 60.0);
    long warm_kb = 0;
    for (int minute = 1; minute <= checks; ++minute) {
        for (int i = 0; i < kStepsPerCheck; ++i) sim.step(kStepS);
        ASSERT_EQ(simulation_violation(sim), "") << c.name << " at minute " << minute;
        ASSERT_EQ(sim.network().compartment_count(), compartments) << "minute " << minute;
        ASSERT_EQ(sim.network().path_count(), paths) << "minute " << minute;
        ASSERT_EQ(sim.circuit().parts.size(), parts) << "minute " << minute;
        ASSERT_EQ(sim.circuit().recirculations.size(), recirculations) << "minute " << minute;
        ASSERT_LE(sim.snapshot().alarms.size(), 64u) << "minute " << minute;
        if (minute == 10) warm_kb = resident_kb();
    }
    EXPECT_NEAR(sim.time_s(), kSoakHours * 3600.0, 1e-6 * kSoakHours * 3600.0);
    static_assert(kStepsPerCheck * phys::kDefaultStepS == 60.0);
    // A step allocates nothing (network.h keeps its scratch), so after warm-up the resident set must not
    // creep; 2 MB allows for the allocator and the test's own bookkeeping, far below even 4 bytes a step.
    const long growth_kb = resident_kb() - warm_kb;
    EXPECT_LT(growth_kb, 2048) << c.name << ": resident memory grew by " << growth_kb << " kB over the soak";
    std::cout << c.name << ": " << kSoakHours << " h simulated, " << checks << " checks, resident growth " << growth_kb
              << " kB\n";
}

INSTANTIATE_TEST_SUITE_P(Circuit, Soak, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& i) { return std::string(i.param.name); });

}  // namespace
}  // namespace perfuse::fuzz
