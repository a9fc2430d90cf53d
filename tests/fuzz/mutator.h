#pragma once
// Deterministic mutations of a text input for the corpus fuzz tests: byte-level damage (flips,
// truncation, deleted or duplicated spans) and JSON-aware damage (a value replaced by the wrong type,
// a huge, negative, NaN or infinite number, a key removed or added, deep nesting, a very long string,
// unicode and control characters). The same seed always gives the same inputs, so a failure found in
// CI can be replayed from its seed and index.
#include <string>

#include "rng.h"

namespace perfuse::fuzz {

inline constexpr size_t kMaxInputBytes = 256 * 1024;

// One to three mutations of `original`; JSON-aware ones when it parses as JSON, byte-level otherwise.
std::string mutate(const std::string& original, Rng& rng);

// The two families alone (a GLB is binary, so it gets byte-level damage only).
std::string mutate_bytes(std::string text, Rng& rng);
std::string mutate_json(const std::string& text, Rng& rng);

}  // namespace perfuse::fuzz
