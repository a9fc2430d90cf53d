#pragma once
// The two ways the app runs. Each returns the process exit code.
#include "app/app_options.h"

namespace perfuse {

// Offscreen, fixed time step, no display needed: screenshots, benchmarks, tests.
int run_headless(const AppOptions& options);
// A window on the desktop, until it is closed (or --frames / --benchmark frames have been shown).
int run_desktop(const AppOptions& options);
// --version: the version and the Vulkan device that would be used.
int print_version(const AppOptions& options);

}  // namespace perfuse
