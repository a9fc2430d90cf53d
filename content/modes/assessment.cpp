#include "modes/assessment.h"

namespace perfuse::modes {

int Assessment::steps_correct() const {
    int n = 0;
    for (const AssessedStep& step : steps) n += step.correct ? 1 : 0;
    return n;
}

int Assessment::safety_critical_errors() const {
    int n = 0;
    for (const AssessedError& error : errors) n += error.safety_critical ? 1 : 0;
    for (const AssessedStep& step : steps) n += (step.safety_critical && !step.correct) ? 1 : 0;
    return n;
}

}  // namespace perfuse::modes
