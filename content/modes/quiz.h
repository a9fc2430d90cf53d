#pragma once
// The short quiz at the end of the tour (assets/quiz/<id>.json) and the state of one attempt:
// pick a choice, see friendly feedback with the explanation, move on, get a result line.
#include <filesystem>
#include <optional>
#include <string>
#include <vector>

namespace perfuse::modes {

struct QuizQuestion {
    std::string prompt;
    std::vector<std::string> choices;
    std::size_t answer = 0;  // index into choices
    std::string explanation;
};

struct QuizResult {
    int min_correct = 0;
    std::string text;
};

struct Quiz {
    std::string id;
    std::string title;
    std::string intro;
    std::string right_label;  // "That's right!"
    std::string wrong_label;  // "Not quite."
    std::vector<QuizQuestion> questions;
    std::vector<QuizResult> results;  // sorted, highest min_correct first

    // The result line for CORRECT right answers.
    const std::string& result_text(int correct) const;
};

// Throws world::WorldError naming the file and field; checks every answer index, that there are at
// least two choices per question, and that some result covers a score of 0.
Quiz load_quiz(const std::filesystem::path& file);

class QuizAttempt {
public:
    explicit QuizAttempt(const Quiz& quiz) : quiz_(&quiz) {}

    // Picks choice CHOICE for the current question; ignored once answered or when out of range.
    void choose(std::size_t choice);
    void next();  // to the next question once this one is answered; past the last: finished

    std::size_t index() const { return index_; }
    const QuizQuestion& question() const { return quiz_->questions[index_]; }
    std::optional<std::size_t> chosen() const { return chosen_; }
    bool answered() const { return chosen_.has_value(); }
    bool chosen_right() const { return chosen_ && *chosen_ == question().answer; }
    bool finished() const { return index_ >= quiz_->questions.size(); }
    int correct() const { return correct_; }
    const Quiz& quiz() const { return *quiz_; }

private:
    const Quiz* quiz_;
    std::size_t index_ = 0;
    std::optional<std::size_t> chosen_;
    int correct_ = 0;
};

}  // namespace perfuse::modes
