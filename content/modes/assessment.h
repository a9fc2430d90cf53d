#pragma once
// What an Assess run produced, as plain data: the input of the supervisor's HTML report. The
// procedure session fills it (see procedure_outcome.h for the mapping from its score); the
// report writer and its parser only see this struct.
#include <string>
#include <vector>

namespace perfuse::modes {

struct AssessedStep {
    std::string title;
    bool correct = false;       // done right, in order, without a hint
    bool safety_critical = false;
    std::string note;           // what went wrong, or empty
    bool operator==(const AssessedStep&) const = default;
};

struct AssessedError {
    double time_s = 0.0;        // into the run
    std::string text;
    bool safety_critical = false;
    bool operator==(const AssessedError&) const = default;
};

struct AssessedCrisis {
    std::string name;           // "Air in the arterial line"
    double onset_s = 0.0;
    bool handled = false;       // safe values restored by the right action
    double response_s = -1.0;   // from onset to the first right action; -1: none
    std::string note;
    bool operator==(const AssessedCrisis&) const = default;
};

struct TrendSeries {
    std::string name;           // "Mean arterial pressure"
    std::string unit;           // "mmHg"
    std::vector<double> times_s;
    std::vector<double> values;
    double safe_low = 0.0;      // the shaded band on the plot; low == high: no band
    double safe_high = 0.0;
    bool operator==(const TrendSeries&) const = default;
};

struct Assessment {
    std::string trainee;        // may be empty
    std::string procedure;      // "Cardiopulmonary bypass (adult)"
    std::string patient;        // "Adult, failing heart"
    std::string date;           // as the caller formats it (the report does not read a clock)
    double duration_s = 0.0;
    int score_percent = 0;
    bool passed = false;
    std::vector<AssessedStep> steps;
    std::vector<AssessedError> errors;
    std::vector<AssessedCrisis> crises;
    std::vector<TrendSeries> trends;

    int steps_correct() const;
    int safety_critical_errors() const;  // errors plus steps marked safety-critical and not correct
    bool operator==(const Assessment&) const = default;
};

}  // namespace perfuse::modes
