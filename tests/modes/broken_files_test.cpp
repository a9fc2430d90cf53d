// Broken copies of every file the modes read (cut short, bytes changed, fixed seed): loaders either
// succeed or throw one line naming the file; settings and progress loads never throw and warn in one line.
#include <random>

#include <gtest/gtest.h>

#include "modes/kiosk.h"
#include "modes/learn_choice.h"
#include "modes/mode_text.h"
#include "modes/progress.h"
#include "modes/quiz.h"
#include "modes/report_trends.h"
#include "modes/settings.h"
#include "modes/tour.h"
#include "modes_test_files.h"

namespace perfuse::modes {
namespace {

// Copies of TEXT: cut at many places, and with single bytes replaced by JSON-breaking characters.
std::vector<std::string> broken_copies(const std::string& text) {
    std::vector<std::string> out;
    std::mt19937 rng(20261126);
    for (std::size_t cut = 0; cut < text.size(); cut += 1 + text.size() / 40) out.push_back(text.substr(0, cut));
    const std::string nasty = "{}[]\",:0-e\x01\xff";
    for (int i = 0; i < 60; ++i) {
        std::string copy = text;
        copy[rng() % copy.size()] = nasty[rng() % nasty.size()];
        out.push_back(copy);
    }
    return out;
}

template <typename Load>
void expect_one_line_errors(const std::string& name, Load load) {
    const std::string original = test::read_text(test::kAssets / name);
    ASSERT_FALSE(original.empty()) << name;
    test::ScratchDir dir;
    const auto file = dir.path() / std::filesystem::path(name).filename();
    for (const std::string& copy : broken_copies(original)) {
        test::write_text(file, copy);
        try {
            load(file);
        } catch (const std::runtime_error& e) {
            const std::string what = e.what();
            EXPECT_EQ(what.find('\n'), std::string::npos) << what;
            EXPECT_EQ(what.rfind(file.filename().string(), 0), 0u) << what;
        }
    }
}

TEST(BrokenFiles, DataFilesFailInOneLineNamingTheFile) {
    expect_one_line_errors("tour/perfusionists_day.json", [](const auto& f) { load_tour(f); });
    expect_one_line_errors("quiz/perfusionists_day.json", [](const auto& f) { load_quiz(f); });
    expect_one_line_errors("modes/learn.json", [](const auto& f) { load_learn_options(f); load_report_trends(f); });
    expect_one_line_errors("modes/kiosk.json", [](const auto& f) { load_kiosk_timings(f); });
    expect_one_line_errors("modes/en.json", [](const auto& f) { load_mode_text(f); });
}

TEST(BrokenFiles, SavesNeverThrowAndWarnInOneLine) {
    test::ScratchDir dir;
    Settings settings;
    settings.high_contrast = true;
    Progress progress;
    record_run(progress, {.procedure = "cpb", .style = "assess", .patient = "Adult", .steps_done = 3,
                          .steps_total = 27, .completed = false, .score_percent = 10, .time_s = 30.0});
    const auto settings_file = dir.path() / "settings.json";
    const auto progress_file = dir.path() / "progress.json";
    for (const std::string& copy : broken_copies(settings_to_json(settings))) {
        test::write_text(settings_file, copy);
        const SettingsLoad loaded = load_settings(settings_file);
        EXPECT_EQ(loaded.warning.find('\n'), std::string::npos);
        if (!loaded.warning.empty()) {
            EXPECT_EQ(loaded.settings, Settings{});
        }
    }
    for (const std::string& copy : broken_copies(progress_to_json(progress))) {
        test::write_text(progress_file, copy);
        const ProgressLoad loaded = load_progress(progress_file);
        EXPECT_EQ(loaded.warning.find('\n'), std::string::npos);
        if (!loaded.warning.empty()) {
            EXPECT_TRUE(loaded.progress.procedures.empty());
        }
    }
}

}  // namespace
}  // namespace perfuse::modes
