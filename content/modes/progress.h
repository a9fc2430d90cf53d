#pragma once
// A trainee's progress per procedure, kept between runs as JSON in the XDG data folder
// ($XDG_DATA_HOME/perfuse/progress.json or ~/.local/share/perfuse/progress.json). Written
// atomically; a corrupt or newer file is reported in one line, kept aside, and a fresh one begun.
#include <filesystem>
#include <map>
#include <string>

namespace perfuse::modes {

struct ProcedureProgress {
    int attempts = 0;             // runs started in Learn or Assess
    int completions = 0;          // runs that reached the last step
    int best_score_percent = -1;  // best Assess score; -1: never assessed
    int last_step_reached = 0;    // steps done in the latest run (to offer "carry on from step N")
    int steps_total = 0;
    double practice_time_s = 0.0; // simulated time spent, all runs together
    std::string last_style;       // guided, practice or assess
    std::string last_patient;     // e.g. "adult, failing heart"

    bool operator==(const ProcedureProgress&) const = default;
};

struct Progress {
    std::map<std::string, ProcedureProgress> procedures;  // by procedure id: cpb, va-ecmo, ...
    bool operator==(const Progress&) const = default;
};

// One finished (or abandoned) run, as the procedure session reports it.
struct RunOutcome {
    std::string procedure;
    std::string style;
    std::string patient;
    int steps_done = 0;
    int steps_total = 0;
    bool completed = false;
    int score_percent = -1;  // Assess only; -1 otherwise
    double time_s = 0.0;
};

void record_run(Progress& progress, const RunOutcome& run);

inline constexpr int kProgressVersion = 1;

struct ProgressLoad {
    Progress progress;
    std::string warning;  // empty, or "FILE: what is wrong; kept as FILE.bad-N, starting a fresh one"
};

ProgressLoad load_progress(const std::filesystem::path& file);
std::string save_progress(const std::filesystem::path& file, const Progress& progress);  // "" or one line

std::string progress_to_json(const Progress& progress);
Progress progress_from_json(const std::string& text);  // throws SaveError naming the field

std::filesystem::path default_progress_file();

}  // namespace perfuse::modes
