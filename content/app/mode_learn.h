#pragma once
// Learn and Assess in the app: Start hands the trainee's choice (procedure, style, patient) to the
// procedure session (procedure_session.h), which loads the procedure's room and flow model. When the
// run finishes, or the trainee ends it, it is counted in the progress save and, for Assess, the
// supervisor's HTML report is written to the chosen folder.
namespace perfuse {

struct AppRenderer;

void start_learning(AppRenderer& r);
// Each frame: ends the run once its last step is done.
void update_learning(AppRenderer& r);
// Ends the run now (finished or not): progress saved, Assess report written.
void finish_learning(AppRenderer& r);

}  // namespace perfuse
