#include "modes/procedure_outcome.h"

#include <algorithm>
#include <cmath>

#include "world/json_reader.h"

namespace perfuse::modes {

namespace {
// Why a step is not marked correct: the explanations of the mistakes made while it was current,
// or that it was never done.
std::string step_note(const procedures::StepEngine& steps, std::size_t index, const ModeText& text) {
    const procedures::Step& step = steps.procedure().steps[index];
    std::string note;
    for (const procedures::MistakeEvent& m : steps.mistakes())
        if (m.step == step.id) note += (note.empty() ? "" : " ") + m.explanation;
    if (note.empty() && steps.progress()[index].status != procedures::StepStatus::complete) note = text("report.step_not_done");
    return note;
}
// A troubleshooting step (one whose faults start when it becomes current) is a crisis the trainee
// met during the run: handled when the step was completed without a mistake, the response time
// being how long that took from the onset.
AssessedCrisis crisis_from_step(const procedures::StepEngine& steps, std::size_t index, const ModeText& text) {
    const procedures::StepProgress& p = steps.progress()[index];
    const bool met = p.started_s >= 0.0;
    const bool done = p.status == procedures::StepStatus::complete && p.completed_s >= 0.0;
    AssessedCrisis c;
    c.name = steps.procedure().steps[index].title;
    c.onset_s = met ? p.started_s : 0.0;
    c.handled = done && p.mistakes == 0;
    c.response_s = done && met ? p.completed_s - p.started_s : -1.0;
    if (!c.handled) c.note = step_note(steps, index, text);
    return c;
}
}  // namespace

ScoringRules load_scoring_rules(const std::filesystem::path& learn_file) {
    const std::string name = learn_file.filename().string();
    const nlohmann::json doc = world::read_json_file(learn_file.string(), name);
    const world::JsonReader scoring = world::JsonReader(doc, name).at("scoring");
    ScoringRules rules;
    const auto percent = [&](const char* key) {
        const float value = scoring.number(key);
        if (!(value >= 0.0f && value <= 100.0f)) scoring.fail_field(key, "expected 0 to 100");
        return int(std::lround(value));
    };
    rules.pass_percent = percent("pass_percent");
    rules.mistake_penalty_percent = percent("mistake_penalty_percent");
    rules.safety_critical_penalty_percent = percent("safety_critical_penalty_percent");
    return rules;
}

int score_percent(const procedures::Score& s, const ScoringRules& rules) {
    if (s.steps_total <= 0) return 0;
    const double steps = 100.0 * double(s.steps_correct) / double(s.steps_total);
    const int other_mistakes = std::max(0, s.mistakes - s.safety_critical_errors);
    const double penalty = double(other_mistakes * rules.mistake_penalty_percent +
                                  s.safety_critical_errors * rules.safety_critical_penalty_percent);
    return int(std::lround(std::clamp(steps - penalty, 0.0, 100.0)));
}

bool passed(const procedures::Score& s, const ScoringRules& rules) {
    return s.finished && s.safety_critical_errors == 0 && score_percent(s, rules) >= rules.pass_percent;
}

Assessment assessment_from_run(const procedures::StepEngine& steps, const RunContext& context,
                               const ScoringRules& rules, const ModeText& text) {
    const procedures::Score score = steps.score();
    Assessment a;
    a.trainee = context.trainee;
    a.procedure = steps.procedure().title;
    a.patient = context.patient;
    a.date = context.date;
    a.duration_s = score.time_s;
    a.score_percent = score_percent(score, rules);
    a.passed = passed(score, rules);
    for (std::size_t i = 0; i < steps.procedure().steps.size(); ++i) {
        const procedures::Step& step = steps.procedure().steps[i];
        const procedures::StepProgress& p = steps.progress()[i];
        const bool correct = p.status == procedures::StepStatus::complete && p.mistakes == 0;
        a.steps.push_back({step.title, correct, step.safety_critical || p.safety_error,
                           correct ? std::string() : step_note(steps, i, text)});
    }
    for (const procedures::MistakeEvent& m : steps.mistakes()) a.errors.push_back({m.t_s, m.explanation, m.safety_critical});
    a.crises = context.crises;
    for (std::size_t i = 0; i < steps.procedure().steps.size(); ++i)
        if (!steps.procedure().steps[i].faults.empty()) a.crises.push_back(crisis_from_step(steps, i, text));
    a.trends = context.trends;
    return a;
}

RunOutcome outcome_from_run(const procedures::StepEngine& steps, const std::string& choice_id,
                            const std::string& patient, const ScoringRules& rules) {
    const procedures::Score score = steps.score();
    const bool assessed = steps.style() == procedures::Style::assess;
    return {.procedure = choice_id,
            .style = procedures::to_string(steps.style()),
            .patient = patient,
            .steps_done = score.steps_complete,
            .steps_total = score.steps_total,
            .completed = score.finished,
            .score_percent = assessed ? score_percent(score, rules) : -1,
            .time_s = score.time_s};
}

}  // namespace perfuse::modes
