#pragma once
// Starting Learn or Assess from the choices: the run is counted in the trainee's progress (saved at
// once), the procedure's room is loaded, and the choice is handed to the procedure session
// (ModeSession::learn_request, which the procedure glue takes).
namespace perfuse {

struct AppRenderer;

void start_learning(AppRenderer& r);

}  // namespace perfuse
