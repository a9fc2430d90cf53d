// The app's UI text file (assets/ui/en.json): mutated copies either load or throw one line naming the
// file; no other exception type, no crash, no slow input.
#include <gtest/gtest.h>

#include <iostream>

#include "app/ui_text.h"
#include "corpus.h"
#include "error_checks.h"
#include "mutator.h"

namespace perfuse::fuzz {
namespace {

TEST(UiTextFuzz, LoadsOrGivesOneLineNamingTheFile) {
    const std::string seed = read_text(PERFUSE_ASSETS_DIR "/ui/en.json");
    const auto dir = scratch_dir("ui_text");
    const auto file = dir / "en.json";
    Rng rng(0x0e7e47);
    int inputs = 0, accepted = 0;
    for (int i = 0; i < 1000; ++i) {
        write_text(file, mutate(seed, rng));
        std::string error;
        const auto took = time_of([&] {
            try {
                load_ui_text(file);
            } catch (const std::runtime_error& e) {
                error = e.what();
            }
        });
        ++inputs;
        ASSERT_LE(took, kPerInputLimit) << "input " << i << " took " << took.count() << " ms";
        if (error.empty()) {
            ++accepted;
            continue;
        }
        ASSERT_EQ(bad_error_reason(error, file.string()), "") << "input " << i;
    }
    std::filesystem::remove_all(dir);
    std::cout << "ui text: " << inputs << " inputs fuzzed, " << accepted << " accepted\n";
    EXPECT_GT(accepted, 50);
    EXPECT_GT(inputs - accepted, 500);
}

}  // namespace
}  // namespace perfuse::fuzz
