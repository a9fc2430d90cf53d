// Learn and Assess choices: every procedure, style and patient from the data, and combinations
// that do not exist (limb perfusion for a newborn) refused with a clear line.
#include <gtest/gtest.h>

#include "modes/learn_choice.h"
#include "modes/mode_text.h"
#include "modes_test_files.h"

namespace perfuse::modes {
namespace {

const LearnOptions& options() {
    static const LearnOptions o = load_learn_options(test::kAssets / "modes" / "learn.json");
    return o;
}

TEST(LearnChoice, OffersTheProceduresStylesAndPatientsOfTheBrief) {
    std::vector<std::string> procedures, styles;
    for (const ProcedureOption& p : options().procedures) procedures.push_back(p.option.id);
    for (const ChoiceOption& s : options().styles) styles.push_back(s.id);
    EXPECT_EQ(procedures, (std::vector<std::string>{"cpb", "va-ecmo", "vv-ecmo", "ilp"}));
    EXPECT_EQ(styles, (std::vector<std::string>{"guided", "practice", "assess"}));
    EXPECT_NE(find_option(options().ages, "neonate"), nullptr);
    EXPECT_NE(find_option(options().hearts, "failing"), nullptr);
    EXPECT_NE(find_option(options().lungs, "ards"), nullptr);
    EXPECT_EQ(check_choice(options(), default_choice(options())), "");
}

TEST(LearnChoice, LimbPerfusionIsForAdultsOnly) {
    LearnChoice c{"ilp", "assess", "neonate", "healthy", "healthy"};
    EXPECT_EQ(check_choice(options(), c), "Isolated limb perfusion is not offered for: Newborn baby");
    fit_age_to_procedure(options(), c);
    EXPECT_EQ(c.age, "adult");
    EXPECT_EQ(check_choice(options(), c), "");
    EXPECT_EQ(check_choice(options(), {"cpb", "exam", "adult", "healthy", "healthy"}), "unknown style 'exam'");
}

TEST(LearnChoice, PatientTextReadsNaturally) {
    EXPECT_EQ(patient_text(options(), {"vv-ecmo", "guided", "child", "failing", "ards"}),
              "Child, Failing heart, ARDS (badly damaged lungs)");
}

TEST(ModeText, FormatFillsPlaceholdersInOrderAndMissingKeysShowThemselves) {
    const ModeText t = load_mode_text(test::kAssets / "modes" / "en.json");
    EXPECT_EQ(t.format("tour.progress", {"3", "9"}), "Stop 3 of 9");
    EXPECT_EQ(t("no.such.key"), "no.such.key");
    EXPECT_EQ(t.list("present.help").size(), 3u);
    EXPECT_FALSE(t("start.sentence").empty());
}

}  // namespace
}  // namespace perfuse::modes
