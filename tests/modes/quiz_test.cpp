// The end-of-tour quiz: answers are checked, each gets feedback once, and the score picks the
// friendly result line.
#include <gtest/gtest.h>

#include "modes/quiz.h"
#include "modes_test_files.h"
#include "world/world_error.h"

namespace perfuse::modes {
namespace {

const Quiz& day_quiz() {
    static const Quiz quiz = load_quiz(test::kAssets / "quiz" / "perfusionists_day.json");
    return quiz;
}

TEST(Quiz, AllRightGivesFullMarks) {
    QuizAttempt attempt(day_quiz());
    while (!attempt.finished()) {
        attempt.choose(attempt.question().answer);
        EXPECT_TRUE(attempt.chosen_right());
        attempt.next();
    }
    EXPECT_EQ(attempt.correct(), int(day_quiz().questions.size()));
    EXPECT_EQ(day_quiz().result_text(attempt.correct()), "Full marks! You would make a great member of the team.");
}

TEST(Quiz, WrongAnswersCountAndCannotBeChangedAfterFeedback) {
    QuizAttempt attempt(day_quiz());
    const std::size_t wrong = (attempt.question().answer + 1) % attempt.question().choices.size();
    attempt.choose(wrong);
    EXPECT_TRUE(attempt.answered());
    EXPECT_FALSE(attempt.chosen_right());
    attempt.choose(attempt.question().answer);  // too late: the feedback is already shown
    EXPECT_EQ(attempt.chosen(), wrong);
    EXPECT_EQ(attempt.correct(), 0);
    attempt.next();
    attempt.next();  // not answered yet: stays
    EXPECT_EQ(attempt.index(), 1u);
    attempt.choose(99);  // out of range: ignored
    EXPECT_FALSE(attempt.answered());
    while (!attempt.finished()) {
        attempt.choose((attempt.question().answer + 1) % attempt.question().choices.size());
        attempt.next();
    }
    EXPECT_EQ(attempt.correct(), 0);
    EXPECT_EQ(day_quiz().result_text(0).rfind("Thanks for trying!", 0), 0u);
}

TEST(Quiz, EveryQuestionExplainsItsAnswer) {
    for (const QuizQuestion& q : day_quiz().questions) {
        EXPECT_GE(q.choices.size(), 2u);
        EXPECT_LT(q.answer, q.choices.size());
        EXPECT_FALSE(q.explanation.empty());
    }
}

TEST(Quiz, BadAnswerIndexIsOneClearLine) {
    test::ScratchDir dir;
    const auto file = dir.path() / "quiz.json";
    test::write_text(file, R"({"id": "q", "title": "Q", "intro": "i", "right_label": "r", "wrong_label": "w",
      "questions": [{"prompt": "p", "choices": ["a", "b"], "answer": 2, "explanation": "e"}],
      "results": [{"min_correct": 0, "text": "t"}]})");
    try {
        load_quiz(file);
        FAIL() << "expected an error";
    } catch (const world::WorldError& e) {
        EXPECT_STREQ(e.what(), "quiz.json: questions[0].answer: expected the index (from 0) of one of the 2 choices");
    }
}

}  // namespace
}  // namespace perfuse::modes
