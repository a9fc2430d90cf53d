#include "app/mode_learn.h"

#include <chrono>
#include <ctime>

#include "app/app_paths.h"
#include "app/app_renderer.h"
#include "modes/assessment_report.h"
#include "modes/procedure_outcome.h"
#include "modes/report_trends.h"
#include "procedure_loader.h"

namespace perfuse {

namespace {
procedures::PatientChoice patient_choice(const modes::LearnChoice& choice) {
    return {.heart = choice.heart == "failing" ? phys::HeartState::failing : phys::HeartState::normal,
            .lungs = choice.lungs == "ards" ? phys::LungState::ards : phys::LungState::normal};
}

std::string utc_now_text() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    char text[32];
    std::strftime(text, sizeof text, "%Y-%m-%d %H:%M UTC", &utc);
    return text;
}

void save_progress_now(ModeSession& m) {
    if (m.progress_file.empty()) return;
    if (const std::string error = modes::save_progress(m.progress_file, m.progress); !error.empty()) m.warnings.push_back(error);
}

// Writes the Assess report of the run; returns the status line (where it went, or why not).
std::string write_report(AppRenderer& r, const procedures::StepEngine& steps, const std::string& patient) {
    ModeSession& m = r.modes;
    const std::filesystem::path learn_file = asset_dir() / "modes" / "learn.json";
    modes::RunContext context{.trainee = {}, .patient = patient, .date = utc_now_text(), .trends = {}, .crises = {}};
    if (r.live) context.trends = modes::report_trends(r.live->console().trends, modes::load_report_trends(learn_file), 0.0, 1e12);
    const modes::Assessment assessment =
        modes::assessment_from_run(steps, context, modes::load_scoring_rules(learn_file), m.text);
    const std::filesystem::path folder = m.report_folder_text;
    std::error_code ec;
    std::filesystem::create_directories(folder, ec);
    try {
        const std::filesystem::path file = modes::write_assessment_report(folder, assessment, m.text);
        return m.text.format("learn.report_written", {std::to_string(assessment.score_percent), file.string()});
    } catch (const std::exception& e) {
        return m.text.format("learn.report_not_written", {e.what()});
    }
}
}  // namespace

void start_learning(AppRenderer& r) {
    ModeSession& m = r.modes;
    const modes::LearnChoice& choice = m.learn_choice;
    if (const std::string problem = modes::check_choice(m.learn_options, choice); !problem.empty()) {
        m.learn_status = problem;
        return;
    }
    std::string error;
    const std::string id = procedures::procedure_for_choice(asset_dir().string(), choice.procedure, choice.age, error);
    const auto style = procedures::style_from_string(choice.style);
    if (id.empty() || !style) {
        m.learn_status = id.empty() ? error : "unknown style '" + choice.style + "'";
        return;
    }
    if (const std::string problem = begin_procedure(r, id, *style, patient_choice(choice)); !problem.empty()) {
        m.learn_status = problem;
        return;
    }
    const modes::ProcedureOption* procedure = modes::find_procedure(m.learn_options, choice.procedure);
    const auto* style_option = modes::find_option(m.learn_options.styles, choice.style);
    m.learn_patient = modes::patient_text(m.learn_options, choice);
    m.learn_status = m.text.format("learn.started", {procedure->option.name, style_option->name, m.learn_patient});
    m.learn_running = true;
}

void update_learning(AppRenderer& r) {
    ModeSession& m = r.modes;
    if (m.learn_running && r.procedure.run && r.procedure.run->steps().finished()) finish_learning(r);
}

void finish_learning(AppRenderer& r) {
    ModeSession& m = r.modes;
    if (!m.learn_running) return;
    m.learn_running = false;
    if (!r.procedure.run) return;
    const procedures::StepEngine& steps = r.procedure.run->steps();
    const modes::ScoringRules rules = modes::load_scoring_rules(asset_dir() / "modes" / "learn.json");
    modes::record_run(m.progress, modes::outcome_from_run(steps, m.learn_choice.procedure, m.learn_patient, rules));
    save_progress_now(m);
    m.learn_status = steps.style() == procedures::Style::assess ? write_report(r, steps, m.learn_patient)
                                                                 : m.text("learn.run_ended");
}

}  // namespace perfuse
