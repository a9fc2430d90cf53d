#include "app/mode_learn.h"

#include "app/app_renderer.h"

namespace perfuse {

void start_learning(AppRenderer& r) {
    ModeSession& m = r.modes;
    const modes::LearnChoice& choice = m.learn_choice;
    if (const std::string problem = modes::check_choice(m.learn_options, choice); !problem.empty()) {
        m.learn_status = problem;
        return;
    }
    const modes::ProcedureOption* procedure = modes::find_procedure(m.learn_options, choice.procedure);
    const std::string patient = modes::patient_text(m.learn_options, choice);
    // Counted when it starts, so a run that is abandoned (or crashes) still shows as tried.
    modes::record_run(m.progress, {.procedure = choice.procedure, .style = choice.style, .patient = patient});
    if (!m.progress_file.empty())
        if (const std::string error = modes::save_progress(m.progress_file, m.progress); !error.empty())
            m.warnings.push_back(error);
    if (procedure->scene != r.room.id) {
        vkDeviceWaitIdle(r.gpu.device().handle());  // frames in flight still draw the old room
        if (const std::string error = r.switch_room(procedure->scene); !error.empty()) m.warnings.push_back(error);
    }
    m.learn_request = choice;
    const auto* style = modes::find_option(m.learn_options.styles, choice.style);
    m.learn_status = m.text.format("learn.started", {procedure->option.name, style ? style->name : choice.style, patient});
    m.learn_running = true;
}

}  // namespace perfuse
