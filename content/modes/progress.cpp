#include "modes/progress.h"

#include <algorithm>

#include <nlohmann/json.hpp>

#include "modes/json_fields.h"
#include "modes/set_aside.h"
#include "platform/file_io.h"
#include "platform/user_dirs.h"

namespace perfuse::modes {

namespace {
nlohmann::json to_json(const ProcedureProgress& p) {
    return {{"attempts", p.attempts},
            {"completions", p.completions},
            {"best_score_percent", p.best_score_percent},
            {"last_step_reached", p.last_step_reached},
            {"steps_total", p.steps_total},
            {"practice_time_s", p.practice_time_s},
            {"last_style", p.last_style},
            {"last_patient", p.last_patient}};
}

ProcedureProgress from_json(const std::string& id, const nlohmann::json& obj) {
    if (!obj.is_object()) throw SaveError("procedures." + id + ": expected an object");
    ProcedureProgress p;
    try {
        read_field(obj, "attempts", p.attempts);
        read_field(obj, "completions", p.completions);
        read_field(obj, "best_score_percent", p.best_score_percent);
        read_field(obj, "last_step_reached", p.last_step_reached);
        read_field(obj, "steps_total", p.steps_total);
        float time_s = 0.0f;
        read_field(obj, "practice_time_s", time_s);
        p.practice_time_s = time_s;
        read_field(obj, "last_style", p.last_style);
        read_field(obj, "last_patient", p.last_patient);
    } catch (const SaveError& e) {
        throw SaveError("procedures." + id + "." + e.what());
    }
    if (p.attempts < 0 || p.completions < 0 || p.completions > p.attempts)
        throw SaveError("procedures." + id + ": completions must be between 0 and attempts");
    if (p.best_score_percent < -1 || p.best_score_percent > 100)
        throw SaveError("procedures." + id + ".best_score_percent: expected -1 (none) or 0 to 100");
    return p;
}
}  // namespace

void record_run(Progress& progress, const RunOutcome& run) {
    ProcedureProgress& p = progress.procedures[run.procedure];
    ++p.attempts;
    if (run.completed) ++p.completions;
    if (run.score_percent >= 0) p.best_score_percent = std::max(p.best_score_percent, std::min(run.score_percent, 100));
    p.last_step_reached = run.steps_done;
    p.steps_total = run.steps_total;
    p.practice_time_s += std::max(run.time_s, 0.0);
    p.last_style = run.style;
    p.last_patient = run.patient;
}

std::string progress_to_json(const Progress& progress) {
    nlohmann::json procedures = nlohmann::json::object();
    for (const auto& [id, p] : progress.procedures) procedures[id] = to_json(p);
    const nlohmann::json doc = {{"version", kProgressVersion}, {"procedures", procedures}};
    return doc.dump(2) + "\n";
}

Progress progress_from_json(const std::string& text) {
    const nlohmann::json doc = parse_save_json(text);
    read_version(doc, kProgressVersion);
    Progress progress;
    const auto it = doc.find("procedures");
    if (it == doc.end()) return progress;
    if (!it->is_object()) throw SaveError("procedures: expected an object");
    for (const auto& [id, value] : it->items()) progress.procedures[id] = from_json(id, value);
    return progress;
}

ProgressLoad load_progress(const std::filesystem::path& file) {
    std::error_code ec;
    if (!std::filesystem::exists(file, ec)) return {};
    const FileBytes bytes = read_file(file);
    if (!bytes.ok()) return {.progress = {}, .warning = bytes.error + "; progress not loaded"};
    try {
        return {.progress = progress_from_json(std::string(bytes.bytes.begin(), bytes.bytes.end())), .warning = {}};
    } catch (const SaveError& e) {
        return {.progress = {},
                .warning = file.string() + ": " + e.what() + "; " + kept_aside_note(file) + ", starting a fresh one"};
    }
}

std::string save_progress(const std::filesystem::path& file, const Progress& progress) {
    const std::string text = progress_to_json(progress);
    return write_file_atomic(file, text.data(), text.size());
}

std::filesystem::path default_progress_file() {
    const std::filesystem::path dir = user_data_dir("perfuse");
    return dir.empty() ? dir : dir / "progress.json";
}

}  // namespace perfuse::modes
