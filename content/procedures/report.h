#pragma once
// The run as JSON: the step log, the score and the final flow-model state (--report out.json), and the
// interactable items of a scene's kits (--list-items).
#include <string>
#include <vector>

#include "kit.h"
#include "procedure_run.h"

namespace perfuse::procedures {

std::string report_json(const ProcedureRun& run, const std::string& script_failure = {});
std::string items_json(const std::vector<circuits::Kit>& kits);

}  // namespace perfuse::procedures
