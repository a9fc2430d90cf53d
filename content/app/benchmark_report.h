#pragma once
// The one JSON line --benchmark prints.
#include <string>
#include <vector>

#include "app/app_options.h"

namespace perfuse {

std::string benchmark_json(const AppOptions& options, const std::string& device_name, bool headless,
                           const std::vector<double>& frame_ms);

}  // namespace perfuse
