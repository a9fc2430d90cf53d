// Scenario files (assets/scenarios, read by perfuse-sim): thousands of mutated examples through the
// parser, what still parses run briefly through the model, and a sample through the real perfuse-sim
// binary, which must exit 0, or exit 2 with exactly one stderr line "perfuse-sim: FILE: ...".
#include <gtest/gtest.h>

#include <cmath>
#include <cstdlib>
#include <iostream>

#include <sys/wait.h>

#include "corpus.h"
#include "error_checks.h"
#include "mutator.h"
#include "runner.h"
#include "scenario.h"

namespace perfuse::fuzz {
namespace {

const std::filesystem::path kScenarios = PERFUSE_ASSETS_DIR "/scenarios";

std::vector<std::string> seeds() {
    std::vector<std::string> out;
    for (const auto& f : files_in(kScenarios, ".json")) out.push_back(read_text(f));
    return out;
}

TEST(ScenarioFuzz, ParserAcceptsOrGivesOneLineNamingTheFile) {
    const auto corpus = seeds();
    ASSERT_GE(corpus.size(), 10u);
    Rng rng(0x5ce7a510);
    const auto dir = scratch_dir("scenario_parser");
    int inputs = 0, accepted = 0, ran = 0;
    for (int i = 0; i < 2000; ++i) {
        const std::string text = mutate(corpus[static_cast<size_t>(i) % corpus.size()], rng);
        // Every tenth input goes through the file loader too (what perfuse-sim calls).
        const bool via_file = i % 10 == 0;
        const auto file = dir / ("case_" + std::to_string(i) + ".json");
        if (via_file) write_text(file, text);
        scenarios::ParseResult result;
        const auto took = time_of([&] {
            result = via_file ? scenarios::load_scenario(file.string()) : scenarios::parse_scenario(text, "fuzz_case.json");
        });
        ++inputs;
        ASSERT_LE(took, kPerInputLimit) << "input " << i << " took " << took.count() << " ms";
        if (!result.scenario) {
            const std::string reason = bad_error_reason(result.error, via_file ? file.string() : "fuzz_case.json");
            ASSERT_EQ(reason, "") << "input " << i;
            continue;
        }
        ++accepted;
        // A scenario the parser accepted must run: finite outputs for a short while.
        if (ran < 40) {
            ++ran;
            scenarios::RunOptions o;
            o.duration_s = 20.0;
            o.dt_s = 0.1;
            o.every_s = 5.0;
            std::string error;
            std::string bad;
            scenarios::run(*result.scenario, o, [&](const phys::Snapshot& s) {
                for (double v : {s.map_mmHg, s.cvp_mmHg, s.sao2, s.svo2, s.blood_volume_ml, s.temp_c, s.hb_g_dl}) {
                    if (!std::isfinite(v) && bad.empty()) bad = "a non-finite output at t=" + std::to_string(s.t_s);
                }
            }, &error);
            ASSERT_EQ(bad, "") << "input " << i;
        }
    }
    std::filesystem::remove_all(dir);
    std::cout << "scenario parser: " << inputs << " inputs fuzzed, " << accepted << " accepted, " << ran << " run\n";
    // The mutations must reach both outcomes, or the test is not testing the parser.
    EXPECT_GT(accepted, 50);
    EXPECT_GT(inputs - accepted, 1000);
}

// Runs perfuse-sim on `file`; returns its exit code and what it wrote on stderr.
std::pair<int, std::string> run_sim(const std::filesystem::path& file, const std::filesystem::path& err) {
    // `timeout` bounds a hang (exit 124), so a looping binary fails this test instead of stalling CI.
    const std::string command = "timeout 30 '" PERFUSE_SIM_EXE "' --scenario '" + file.string() +
                                "' --duration 2 --every 1 > /dev/null 2> '" + err.string() + "'";
    const int status = std::system(command.c_str());
    const int rc = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    return {rc, read_text(err)};
}

TEST(ScenarioFuzz, PerfuseSimExitsTwoWithOneLineOnBadFiles) {
    const auto corpus = seeds();
    Rng rng(0x51b0);
    const auto dir = scratch_dir("perfuse_sim");
    int inputs = 0, rejected = 0;
    for (int i = 0; i < 60; ++i) {
        const auto file = dir / ("mutated_" + std::to_string(i) + ".json");
        // Every tenth file is an unmutated example, so the success path of the binary is checked too.
        const std::string& seed = corpus[static_cast<size_t>(i) % corpus.size()];
        const bool unmutated = i % 10 == 0;
        write_text(file, unmutated ? seed : mutate(seed, rng));
        const auto [rc, err] = run_sim(file, dir / "stderr.txt");
        ++inputs;
        if (unmutated) {
            ASSERT_EQ(rc, 0) << file << ": " << err;
        }
        if (rc == 0) {
            EXPECT_EQ(err, "") << file;
            continue;
        }
        ++rejected;
        ASSERT_EQ(rc, 2) << file << ": " << err;
        ASSERT_FALSE(err.empty()) << file;
        ASSERT_EQ(err.back(), '\n') << file;
        const std::string line = err.substr(0, err.size() - 1);
        ASSERT_EQ(line.find('\n'), std::string::npos) << "more than one line: " << err;
        const std::string prefix = "perfuse-sim: " + file.string() + ": ";
        ASSERT_EQ(line.rfind(prefix, 0), 0u) << line;
        ASSERT_GT(line.size(), prefix.size()) << line;
    }
    std::filesystem::remove_all(dir);
    std::cout << "perfuse-sim: " << inputs << " files (every tenth unmutated), " << rejected << " rejected\n";
    EXPECT_GT(rejected, 30);
    EXPECT_LT(rejected, inputs);
}

}  // namespace
}  // namespace perfuse::fuzz
