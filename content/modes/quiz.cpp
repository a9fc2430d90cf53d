#include "modes/quiz.h"

#include <algorithm>

#include "world/json_reader.h"

namespace perfuse::modes {

namespace {
QuizQuestion read_question(const world::JsonReader& r) {
    QuizQuestion q;
    q.prompt = r.string("prompt");
    q.choices = r.strings("choices");
    if (q.choices.size() < 2) r.fail_field("choices", "needs at least two choices");
    const float answer = r.number("answer");
    if (!(answer >= 0.0f) || answer != float(int(answer)) || std::size_t(answer) >= q.choices.size())
        r.fail_field("answer", "expected the index (from 0) of one of the " + std::to_string(q.choices.size()) + " choices");
    q.answer = std::size_t(answer);
    q.explanation = r.string("explanation");
    return q;
}
}  // namespace

const std::string& Quiz::result_text(int correct) const {
    for (const QuizResult& result : results)
        if (correct >= result.min_correct) return result.text;
    return results.back().text;  // load_quiz guarantees one with min_correct 0
}

Quiz load_quiz(const std::filesystem::path& file) {
    const std::string name = file.filename().string();
    const nlohmann::json doc = world::read_json_file(file.string(), name);
    const world::JsonReader r(doc, name);
    Quiz quiz;
    quiz.id = r.string("id");
    quiz.title = r.string("title");
    quiz.intro = r.string("intro");
    quiz.right_label = r.string("right_label");
    quiz.wrong_label = r.string("wrong_label");
    for (const world::JsonReader& q : r.array("questions")) quiz.questions.push_back(read_question(q));
    if (quiz.questions.empty()) r.fail_field("questions", "needs at least one question");
    for (const world::JsonReader& res : r.array("results"))
        quiz.results.push_back({int(res.number("min_correct")), res.string("text")});
    std::sort(quiz.results.begin(), quiz.results.end(),
              [](const QuizResult& a, const QuizResult& b) { return a.min_correct > b.min_correct; });
    if (quiz.results.empty() || quiz.results.back().min_correct > 0)
        r.fail_field("results", "needs a result with min_correct 0, so every score gets a message");
    return quiz;
}

void QuizAttempt::choose(std::size_t choice) {
    if (finished() || answered() || choice >= question().choices.size()) return;
    chosen_ = choice;
    if (choice == question().answer) ++correct_;
}

void QuizAttempt::next() {
    if (finished() || !answered()) return;
    ++index_;
    chosen_.reset();
}

}  // namespace perfuse::modes
