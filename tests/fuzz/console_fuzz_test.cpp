// The console's data files (assets/alarms: alarm limits and cause rules; assets/crises): mutated copies
// either parse or give one line naming the file, in bounded time.
#include <gtest/gtest.h>

#include <iostream>

#include "alarm_limits.h"
#include "causes.h"
#include "corpus.h"
#include "crisis.h"
#include "error_checks.h"
#include "mutator.h"

namespace perfuse::fuzz {
namespace {

const std::filesystem::path kAssets = PERFUSE_ASSETS_DIR;

// Parses `count` mutations of the seed files with `parse` (returns the error, empty when accepted).
template <class Parse>
void fuzz_files(const std::vector<std::filesystem::path>& seeds, uint64_t seed, int count, const char* what,
                Parse&& parse) {
    ASSERT_FALSE(seeds.empty());
    std::vector<std::string> texts;
    for (const auto& s : seeds) texts.push_back(read_text(s));
    Rng rng(seed);
    int inputs = 0, accepted = 0;
    for (int i = 0; i < count; ++i) {
        const std::string text = mutate(texts[static_cast<size_t>(i) % texts.size()], rng);
        std::string error;
        const auto took = time_of([&] { error = parse(text, "fuzz_case.json"); });
        ++inputs;
        ASSERT_LE(took, kPerInputLimit) << what << " input " << i << " took " << took.count() << " ms";
        if (error.empty()) {
            ++accepted;
            continue;
        }
        ASSERT_EQ(bad_error_reason(error, "fuzz_case.json"), "") << what << " input " << i;
    }
    std::cout << what << ": " << inputs << " inputs fuzzed, " << accepted << " accepted\n";
    EXPECT_GT(accepted, count / 50);
    EXPECT_GT(inputs - accepted, count / 2);
}

TEST(ConsoleFuzz, AlarmSetsParseOrGiveOneLine) {
    auto seeds = files_in(kAssets / "alarms", ".json");
    std::erase_if(seeds, [](const auto& p) { return p.filename() == "causes.json"; });
    fuzz_files(seeds, 0xa1a7, 600, "alarm sets",
               [](const std::string& t, const std::string& f) { return parse_alarm_set(t, f).error; });
}

TEST(ConsoleFuzz, CauseRulesParseOrGiveOneLine) {
    fuzz_files({kAssets / "alarms/causes.json"}, 0xca05e, 400, "cause rules",
               [](const std::string& t, const std::string& f) { return parse_cause_rules(t, f).error; });
}

TEST(ConsoleFuzz, CrisesParseOrGiveOneLine) {
    fuzz_files(files_in(kAssets / "crises", ".json"), 0xc4151, 600, "crises",
               [](const std::string& t, const std::string& f) { return parse_crisis(t, f, "fuzz_case").error; });
}

}  // namespace
}  // namespace perfuse::fuzz
