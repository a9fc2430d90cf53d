// The generic lumped layer: conservation, positivity, stability at any step, entrainment.
#include <gtest/gtest.h>

#include <array>
#include <cmath>

#include "network.h"

namespace perfuse::phys {
namespace {

double concentration_in(const Network& net, int i) {
    return net.compartment(i).amount[kTracer] / net.compartment(i).volume_ml;
}

Compartment box(const char* name, double volume_ml, double unstressed_ml, double compliance) {
    Compartment c;
    c.name = name;
    c.volume_ml = volume_ml;
    c.unstressed_ml = unstressed_ml;
    c.compliance_ml_per_mmHg = compliance;
    c.amount[kTracer] = volume_ml;  // concentration 1
    return c;
}

TEST(LumpedNetwork, PressureFollowsComplianceAboveUnstressedVolume) {
    EXPECT_DOUBLE_EQ(pressure_mmHg(box("a", 150, 100, 10)), 5.0);
    Compartment c = box("b", 50, 100, 10);
    c.empty_suction_mmHg = 300;
    EXPECT_DOUBLE_EQ(pressure_mmHg(c), -150.0);  // halfway to empty: half the collapse suction
}

TEST(LumpedNetwork, TwoCompartmentsEquilibrateAndConserveVolume) {
    Network net;
    const int a = net.add_compartment(box("a", 300, 100, 10));  // 20 mmHg
    const int b = net.add_compartment(box("b", 100, 100, 10));  // 0 mmHg
    Path p;
    p.from = a;
    p.to = b;
    p.law = resistor_law(0.5);
    net.add_path(p);
    for (int i = 0; i < 5000; ++i) net.step(0.01);  // 20 time constants
    EXPECT_NEAR(net.pressure(a), 10.0, 1e-6);
    EXPECT_NEAR(net.pressure(b), 10.0, 1e-6);
    EXPECT_NEAR(net.total_volume_ml(), 400.0, 1e-9);
    EXPECT_NEAR(net.total_amount(kTracer), 400.0, 1e-9);
}

TEST(LumpedNetwork, StiffPathAtHugeStepStaysBoundedWithoutOvershoot) {
    // R*C = 1e-4 s, stepped at 10 s: explicit Euler would explode; backward Euler settles.
    Network net;
    const int a = net.add_compartment(box("a", 300, 100, 1e-3 * 100));
    const int b = net.add_compartment(box("b", 100, 100, 1e-3 * 100));
    Path p;
    p.from = a;
    p.to = b;
    p.law = resistor_law(1e-3);
    net.add_path(p);
    net.step(10.0);
    EXPECT_GE(net.compartment(a).volume_ml, 0.0);
    EXPECT_NEAR(net.pressure(a), net.pressure(b), 1e-4 * net.pressure(a));  // residual tau/dt = 1e-5
    EXPECT_NEAR(net.total_volume_ml(), 400.0, 1e-9);
}

TEST(LumpedNetwork, FlowSourceCannotDrainACompartmentBelowZero) {
    Network net;
    const int a = net.add_compartment(box("a", 10, 0, 100));
    const int b = net.add_compartment(box("b", 0, 0, 100));
    Path p;
    p.from = a;
    p.to = b;
    p.law = PathLaw{0, 0, 1000.0, -1, 0};  // 1 l/s from 10 ml
    p.one_way = true;
    net.add_path(p);
    net.step(1.0);
    EXPECT_GE(net.compartment(a).volume_ml, 0.0);
    EXPECT_NEAR(net.compartment(b).volume_ml, 10.0, 1e-6);
    EXPECT_NEAR(net.total_volume_ml(), 10.0, 1e-9);
    EXPECT_NEAR(net.total_amount(kTracer), 10.0, 1e-6);
}

TEST(LumpedNetwork, EntrainedPathCarriesAFractionOfItsReference) {
    Network net;
    const int a = net.add_compartment(box("a", 1000, 0, 1000));
    const int b = net.add_compartment(box("b", 1000, 0, 1000));
    const int c = net.add_compartment(box("c", 1000, 0, 1000));
    Path main;
    main.from = a;
    main.to = b;
    main.law = PathLaw{0, 0, 10.0, -1, 0};
    const int ref = net.add_path(main);
    Path side;
    side.from = b;
    side.to = c;
    side.law = PathLaw{0, 0, 0, ref, 0.25};
    const int e = net.add_path(side);
    net.step(0.1);
    EXPECT_NEAR(net.path(e).flow_ml_s, 2.5, 1e-9);
}

TEST(LumpedNetwork, SpeciesMoveWithBloodAndStayConserved) {
    Network net;
    const int a = net.add_compartment(box("a", 200, 0, 100));
    Compartment empty = box("b", 200, 0, 100);
    empty.amount[kTracer] = 0.0;
    const int b = net.add_compartment(empty);
    Path p;
    p.from = a;
    p.to = b;
    p.law = PathLaw{0, 0, 50.0, -1, 0};
    net.add_path(p);
    Path back;
    back.from = b;
    back.to = a;
    back.law = PathLaw{0, 0, 50.0, -1, 0};
    net.add_path(back);
    for (int i = 0; i < 1000; ++i) net.step(0.05);
    EXPECT_NEAR(net.total_amount(kTracer), 200.0, 1e-6);
    EXPECT_NEAR(concentration_in(net, a), 0.5, 1e-3);
    EXPECT_NEAR(concentration_in(net, b), 0.5, 1e-3);
}

TEST(LumpedNetwork, SolutionSatisfiesEveryPathLawWithStrongEntrainment) {
    // A strong entrainment takes the matrix away from diagonal dominance; the solution must still satisfy
    // every linearised law and conserve volume.
    Network net;
    const int a = net.add_compartment(box("a", 500, 100, 1));
    const int b = net.add_compartment(box("b", 300, 100, 1));
    const int c = net.add_compartment(box("c", 100, 100, 1));
    Path ab;
    ab.from = a;
    ab.to = b;
    ab.law = resistor_law(0.01);
    const int p0 = net.add_path(ab);
    Path bc;
    bc.from = b;
    bc.to = c;
    bc.law = PathLaw{0, 0, 0, p0, 0.99};
    const int p1 = net.add_path(bc);
    Path ca;
    ca.from = c;
    ca.to = a;
    ca.law = resistor_law(2.0);
    const int p2 = net.add_path(ca);
    std::array<double, 3> before{};
    for (int i = 0; i < 3; ++i) before[static_cast<size_t>(i)] = net.compartment(i).volume_ml;
    const double dt = 1.0;
    net.step(dt);
    const double pa = net.pressure(a), pb = net.pressure(b), pc = net.pressure(c);
    const double q0 = net.path(p0).flow_ml_s, q1 = net.path(p1).flow_ml_s, q2 = net.path(p2).flow_ml_s;
    EXPECT_NEAR(q0, (pa - pb) / 0.01, 1e-6 * std::fabs(q0) + 1e-6);
    EXPECT_NEAR(q1, 0.99 * q0, 1e-6 * std::fabs(q0) + 1e-6);
    EXPECT_NEAR(q2, (pc - pa) / 2.0, 1e-6 * std::fabs(q2) + 1e-6);
    EXPECT_NEAR(net.compartment(a).volume_ml - before[0], dt * (q2 - q0), 1e-6);
    EXPECT_NEAR(net.total_volume_ml(), 900.0, 1e-9);
}

TEST(LumpedNetwork, TinyPivotFallsBackToPivotingAndStaysFinite) {
    // An isolated, nearly rigid compartment stepped over a huge interval has a pivot (C/dt) of ~1e-13,
    // below what the sparse elimination accepts: the pivoting solver takes over.
    Network net;
    Compartment rigid = box("rigid", 10, 10, 1e-6);
    net.add_compartment(rigid);
    const int a = net.add_compartment(box("a", 300, 100, 10));
    const int b = net.add_compartment(box("b", 100, 100, 10));
    Path p;
    p.from = a;
    p.to = b;
    p.law = resistor_law(0.5);
    net.add_path(p);
    net.step(1e7);
    EXPECT_NEAR(net.pressure(a), net.pressure(b), 1e-4);  // backward Euler residual 20 mmHg x tau/dt
    EXPECT_NEAR(net.total_volume_ml(), 410.0, 1e-9);
    EXPECT_TRUE(std::isfinite(net.pressure(0)));
}

}  // namespace
}  // namespace perfuse::phys
