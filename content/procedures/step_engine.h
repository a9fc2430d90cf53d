#pragma once
// Runs a procedure's steps against a live circuit. The current stage is the first group of steps not
// yet complete; its steps complete (and stay complete) when their "done" condition holds. Mistakes
// are detected from state: the procedure-wide ones all the time, a step's own while it is current.
// Styles: guided (one step highlighted, hints after a delay), practice (hints on request), assess (no
// hints; errors, time and safety-critical mistakes scored), autoplay (the app does it itself).
#include <optional>
#include <string>
#include <vector>

#include "live_circuit.h"
#include "procedure.h"

namespace perfuse::procedures {

enum class Style { guided, practice, assess, autoplay };
const char* to_string(Style s);
std::optional<Style> style_from_string(const std::string& s);

enum class StepStatus { waiting, current, complete };
const char* to_string(StepStatus s);

struct StepProgress {
    StepStatus status = StepStatus::waiting;
    double started_s = -1.0;   // when it became current
    double completed_s = -1.0;
    int hints_shown = 0;       // hints revealed (guided: by time; practice: on request)
    int mistakes = 0;          // mistakes made while it was current
    bool safety_error = false;
};

// Something that happened, for the step log and the report.
struct LogEntry {
    double t_s = 0.0;
    std::string kind;  // "step_current", "step_complete", "mistake", "hint", "action", "refused"
    std::string id;    // step / mistake id, or the action
    std::string text;  // explanation, hint, or reason
};

// For assess (and shown in the other styles too): a plain struct the report turns into words.
struct Score {
    int steps_total = 0;
    int steps_complete = 0;
    int steps_correct = 0;   // complete with no mistake made while current
    int mistakes = 0;
    int safety_critical_errors = 0;
    int hints_used = 0;
    double time_s = 0.0;     // from start to the last step (or now)
    bool finished = false;
};

struct MistakeEvent {
    std::string id;
    std::string step;  // the step that was current (empty for procedure-wide ones before any step)
    std::string explanation;
    bool safety_critical = false;
    double t_s = 0.0;
};

class StepEngine {
public:
    StepEngine(const Procedure& procedure, Style style);

    // Checks completion and mistakes against the live circuit; dt_s is the time since the last update.
    void update(const circuits::LiveCircuit& live, double dt_s);

    const Procedure& procedure() const { return procedure_; }
    Style style() const { return style_; }
    const std::vector<StepProgress>& progress() const { return progress_; }
    // Index of the step to highlight (guided): the first current step; -1 when finished.
    int current_step() const;
    std::vector<int> current_steps() const;  // every step of the current stage not yet done
    bool finished() const;
    bool step_done(const std::string& id) const;
    // Hints visible for a step now (guided: those whose delay has passed; practice: those requested).
    std::vector<std::string> visible_hints(int step) const;
    // Practice: reveal the next hint of the current step. Refused (false) in assess and autoplay.
    bool request_hint();
    const std::vector<MistakeEvent>& mistakes() const { return mistakes_; }
    bool made(const std::string& mistake_id) const;
    // The latest explanation to show ("why this is wrong"); empty when none.
    const MistakeEvent* last_mistake() const { return mistakes_.empty() ? nullptr : &mistakes_.back(); }
    const std::vector<LogEntry>& log() const { return log_; }
    void note(const std::string& kind, const std::string& id, const std::string& text);  // adds to the log
    Score score() const;
    double time_s() const { return time_s_; }

private:
    void open_stage();
    void check_mistakes(const std::vector<Mistake>& list, const std::string& step, ConditionContext& ctx);

    Procedure procedure_;
    Style style_;
    std::vector<StepProgress> progress_;
    std::vector<bool> done_;
    std::vector<std::string> step_ids_;
    std::vector<double> held_s_;
    std::vector<MistakeEvent> mistakes_;
    std::vector<std::string> mistakes_seen_;
    std::vector<LogEntry> log_;
    double time_s_ = 0.0;
    double finished_s_ = -1.0;
};

}  // namespace perfuse::procedures
