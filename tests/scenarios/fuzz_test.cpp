// Fuzzed scenario parsing: mutated example files either parse or give one line naming the file;
// whatever parses also runs without NaN. Deterministic (fixed seeds).
#include <gtest/gtest.h>

#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "runner.h"
#include "scenario.h"

namespace perfuse::scenarios {
namespace {

struct Lcg {
    uint64_t s;
    uint64_t next() {
        s = s * 6364136223846793005ULL + 1442695040888963407ULL;
        return s >> 17;
    }
};

std::vector<std::string> examples() {
    std::vector<std::string> out;
    std::vector<std::filesystem::path> paths;
    for (const auto& e : std::filesystem::directory_iterator(PERFUSE_SCENARIO_DIR)) {
        if (e.path().extension() == ".json") paths.push_back(e.path());
    }
    std::sort(paths.begin(), paths.end());
    for (const auto& p : paths) {
        std::ifstream in(p);
        std::ostringstream s;
        s << in.rdbuf();
        out.push_back(s.str());
    }
    return out;
}

std::string mutate(std::string text, Lcg& r) {
  static const char* tokens[] = {"-1", "1e309", "null", "true", "\"x\"", "[]", "{}", "0", "99999", ",", ":", "\"",
                                 "\"fault\": \"pump_stop\"", "\"t\": -5", "NaN", "\"settings\": {}", "}", "{"};
    const int edits = 1 + static_cast<int>(r.next() % 3);
    for (int e = 0; e < edits && !text.empty(); ++e) {
        const size_t at = r.next() % text.size();
        switch (r.next() % 4) {
          case 0: text[at] = static_cast<char>(32 + r.next() % 95); break;                  // flip a byte
          case 1: text.erase(at, 1 + r.next() % 8); break;                                   // delete
          case 2: text.insert(at, tokens[r.next() % (sizeof tokens / sizeof *tokens)]); break;  // inject
          case 3: text.resize(at); break;                                                    // truncate
        }
    }
    return text;
}

TEST(ScenarioFuzz, MutatedExamplesNeverCrashAndErrorsAreOneLine) {
    const auto files = examples();
    ASSERT_FALSE(files.empty());
    Lcg r{2024};
    int parsed = 0, rejected = 0;
    for (int i = 0; i < 3000; ++i) {
        const std::string text = mutate(files[static_cast<size_t>(i) % files.size()], r);
        const auto result = parse_scenario(text, "fuzz.json");
        if (result.scenario) {
            ++parsed;
        } else {
            ++rejected;
            ASSERT_EQ(result.error.rfind("fuzz.json: ", 0), 0u) << result.error;
            ASSERT_EQ(result.error.find('\n'), std::string::npos) << result.error;
            ASSERT_GT(result.error.size(), std::string("fuzz.json: ").size());
        }
    }
    EXPECT_GT(rejected, 1000);
    EXPECT_GT(parsed, 10);  // some mutations stay valid (e.g. a changed number in range)
}

TEST(ScenarioFuzz, WhateverParsesRunsFinite) {
    const auto files = examples();
    Lcg r{77};
    int ran = 0;
    for (int i = 0; i < 1500 && ran < 25; ++i) {
        const auto result = parse_scenario(mutate(files[static_cast<size_t>(i) % files.size()], r), "fuzz.json");
        if (!result.scenario) continue;
        RunOptions o;
        o.duration_s = 60;
        o.dt_s = 0.05;
        o.every_s = 10;
        std::string error;
        bool finite = true;
        run(*result.scenario, o, [&](const phys::Snapshot& s) {
          finite = finite && std::isfinite(s.map_mmHg) && std::isfinite(s.sao2) && std::isfinite(s.blood_volume_ml);
        }, &error);
        EXPECT_TRUE(finite);
        ++ran;
    }
    EXPECT_GT(ran, 5);
}

}  // namespace
}  // namespace perfuse::scenarios
