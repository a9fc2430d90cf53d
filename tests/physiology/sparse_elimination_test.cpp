// The fixed-pattern sparse elimination behind the pressure solve: it must agree with a plain dense
// solve, refuse a pivot that is not safely dominant, and a network rewired in place must be re-patterned.
#include <gtest/gtest.h>

#include <cmath>
#include <random>
#include <vector>

#include "network.h"
#include "sparse_elimination.h"

namespace perfuse::phys {
namespace {

// A ring of n unknowns (like a circuit's loop of parts) plus one chord, column diagonally dominant.
struct RingSystem {
    size_t n;
    std::vector<double> dense, rhs;
};

RingSystem ring_system(size_t n, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> conductance(0.1, 10.0), value(-50.0, 50.0);
    RingSystem s{n, std::vector<double>(n * n, 0.0), std::vector<double>(n)};
    auto join = [&](size_t a, size_t b) {
        const double g = conductance(rng);
        s.dense[a * n + a] += g;
        s.dense[b * n + b] += g;
        s.dense[a * n + b] -= g;
        s.dense[b * n + a] -= g;
    };
    for (size_t i = 0; i < n; ++i) join(i, (i + 1) % n);
    join(0, n / 2);
    for (size_t i = 0; i < n; ++i) {
        s.dense[i * n + i] += conductance(rng);  // compliance over the step: strict dominance
        s.rhs[i] = value(rng);
    }
    return s;
}

std::vector<double> dense_solve(std::vector<double> a, std::vector<double> b, size_t n) {
    for (size_t c = 0; c < n; ++c) {
        for (size_t r = c + 1; r < n; ++r) {
            const double f = a[r * n + c] / a[c * n + c];
            for (size_t k = c; k < n; ++k) a[r * n + k] -= f * a[c * n + k];
            b[r] -= f * b[c];
        }
    }
    std::vector<double> x(n);
    for (size_t i = n; i-- > 0;) {
        double sum = b[i];
        for (size_t k = i + 1; k < n; ++k) sum -= a[i * n + k] * x[k];
        x[i] = sum / a[i * n + i];
    }
    return x;
}

void load(SparseElimination& e, const RingSystem& s) {
    e.clear();
    for (size_t r = 0; r < s.n; ++r) {
        for (size_t c = 0; c < s.n; ++c) {
            if (s.dense[r * s.n + c] != 0.0) e.values()[e.slot(r, c)] = s.dense[r * s.n + c];
        }
        e.rhs()[r] = s.rhs[r];
    }
}

std::vector<char> pattern_of(const RingSystem& s) {
    std::vector<char> nz(s.n * s.n, 0);
    for (size_t i = 0; i < s.n * s.n; ++i) nz[i] = s.dense[i] != 0.0;
    return nz;
}

TEST(SparseElimination, AgreesWithADenseSolveAndCanBeReused) {
    for (unsigned seed = 1; seed <= 3; ++seed) {
        const RingSystem s = ring_system(19, seed);
        SparseElimination e;
        e.set_pattern(s.n, pattern_of(s));
        const std::vector<double> expected = dense_solve(s.dense, s.rhs, s.n);
        for (int solve = 0; solve < 2; ++solve) {  // entries are overwritten: a second assembly must give the same
            load(e, s);
            ASSERT_TRUE(e.eliminate());
            for (size_t i = 0; i < s.n; ++i) EXPECT_NEAR(e.solution()[i], expected[i], 1e-9 * (1.0 + std::fabs(expected[i])));
        }
    }
}

TEST(SparseElimination, DenseCopyIsTheAssembledMatrix) {
    const RingSystem s = ring_system(8, 4);
    SparseElimination e;
    e.set_pattern(s.n, pattern_of(s));
    load(e, s);
    std::vector<double> dense;
    e.dense(dense);
    EXPECT_EQ(dense, s.dense);
}

TEST(SparseElimination, RefusesAPivotThatIsNotSafelyDominant) {
    // Row 0's pivot (1) is below half of what lies under it in its column (|-3|): eliminating without
    // pivoting would not be stable, so the caller must fall back to partial pivoting.
    const RingSystem s{2, {1.0, 1.0, -3.0, 10.0}, {1.0, 1.0}};
    SparseElimination e;
    e.set_pattern(s.n, pattern_of(s));
    load(e, s);
    EXPECT_FALSE(e.eliminate());
}

Compartment tank(const char* name, double volume_ml) {
    Compartment c;
    c.name = name;
    c.volume_ml = volume_ml;
    c.unstressed_ml = 100.0;
    c.compliance_ml_per_mmHg = 10.0;
    return c;
}

TEST(SparseElimination, APathRewiredInPlaceIsSolvedOnItsNewEnds) {
    // a (20 mmHg) -> b (0 mmHg), c (10 mmHg) alone; after one step the path is moved to join a and c.
    Network net;
    const int a = net.add_compartment(tank("a", 300.0));
    const int b = net.add_compartment(tank("b", 100.0));
    const int c = net.add_compartment(tank("c", 200.0));
    Path p;
    p.from = a;
    p.to = b;
    p.law = resistor_law(0.5);
    const int path = net.add_path(p);
    net.step(0.01);
    EXPECT_GT(net.path(path).flow_ml_s, 0.0);
    const double b_before = net.compartment(b).volume_ml;
    net.path(path).to = c;
    for (int i = 0; i < 5000; ++i) net.step(0.01);
    EXPECT_DOUBLE_EQ(net.compartment(b).volume_ml, b_before);  // b is no longer joined to anything
    EXPECT_NEAR(net.pressure(a), net.pressure(c), 1e-6);     // a and c have equilibrated
    EXPECT_NEAR(net.total_volume_ml(), 600.0, 1e-9);
}

}  // namespace
}  // namespace perfuse::phys
