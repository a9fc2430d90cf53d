#pragma once
// The fuzz and random-action tests' random numbers: fixed seeds, the same sequence on every platform
// and standard library (std::mt19937's distributions are not portable), so a failure replays exactly.
#include <cstddef>
#include <cstdint>

namespace perfuse::fuzz {

// splitmix64 (Vigna): tiny and fast.
class Rng {
public:
    explicit Rng(uint64_t seed) : state_(seed) {}
    uint64_t next();
    size_t below(size_t n) { return n == 0 ? 0 : static_cast<size_t>(next() % n); }
    bool chance(double p) { return static_cast<double>(next() >> 11) / 9007199254740992.0 < p; }

private:
    uint64_t state_;
};

}  // namespace perfuse::fuzz
