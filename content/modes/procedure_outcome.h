#pragma once
// From a procedure run (content/procedures: its steps, mistakes and score) to what the modes keep:
// the supervisor report's Assessment and the progress RunOutcome. The score percentage and the pass
// mark follow the rules in assets/modes/learn.json ("scoring"), not code.
#include <filesystem>
#include <string>
#include <vector>

#include "modes/assessment.h"
#include "modes/mode_text.h"
#include "modes/progress.h"
#include "step_engine.h"

namespace perfuse::modes {

struct ScoringRules {
    int pass_percent = 70;                     // at least this, finished, and no safety-critical error
    int mistake_penalty_percent = 5;           // off the step score per mistake
    int safety_critical_penalty_percent = 25;  // off the step score per safety-critical error
};

// The "scoring" group of assets/modes/learn.json; throws world::WorldError naming the field.
ScoringRules load_scoring_rules(const std::filesystem::path& learn_file);

// Step score (share of steps done right first time) less the penalties, clamped to 0..100.
int score_percent(const procedures::Score& score, const ScoringRules& rules);
bool passed(const procedures::Score& score, const ScoringRules& rules);

// What the app knows about the run beyond the steps: who, which patient, when, and the console's
// trends and crises over the run (may be empty).
struct RunContext {
    std::string trainee;
    std::string patient;
    std::string date;
    std::vector<TrendSeries> trends;
    std::vector<AssessedCrisis> crises;
};

Assessment assessment_from_run(const procedures::StepEngine& steps, const RunContext& context,
                               const ScoringRules& rules, const ModeText& text);
RunOutcome outcome_from_run(const procedures::StepEngine& steps, const std::string& choice_id,
                            const std::string& patient, const ScoringRules& rules);

}  // namespace perfuse::modes
