#pragma once
// The two ways the app runs. Each returns the process exit code.
#include <stdexcept>

#include "app/app_options.h"

namespace perfuse {

// Offscreen, fixed time step, no display needed: screenshots, benchmarks, tests.
int run_headless(const AppOptions& options);
// A window on the desktop, until it is closed (or --frames / --benchmark frames have been shown).
int run_desktop(const AppOptions& options);
// A headset through OpenXR: the same room, drawn per eye by the same renderer, until the runtime
// ends the session (or --vr-frames frames were submitted). Throws VrUnavailable when VR cannot
// start (no runtime, no headset, the session or its swapchains fail), and VrSessionLost (after
// saving the player's settings) when the headset is lost mid-run (see vr_session_loss.h).
int run_vr(const AppOptions& options);
// Why VR is off, in one line; main says so and carries on with the desktop (or exits: --vr-required).
class VrUnavailable : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};
// --version: the version and the Vulkan device that would be used.
int print_version(const AppOptions& options);

}  // namespace perfuse
