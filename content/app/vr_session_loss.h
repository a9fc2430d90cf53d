#pragma once
// When the headset or the VR runtime goes away mid-run (unplugged, its service restarted or crashed),
// Perfuse saves the player's settings through the fatal-save hooks and closes with one line saying
// so. It does not switch to the desktop: the player is wearing the headset and would not see the
// window appear, and the fatal hooks run once per process, so a desktop run that followed would have
// nothing left to save with if it too lost its device. Starting again picks the desktop by itself
// when there is no headset.
#include <stdexcept>
#include <string>

#include "platform/fatal_hooks.h"

namespace perfuse {

// Thrown by run_vr once everything VR is torn down; main prints it as the one line and exits 1.
class VrSessionLost : public std::runtime_error {
public:
    using std::runtime_error::runtime_error;
};

// "the VR headset was lost (DETAIL), so Perfuse has to close. Your settings were saved. Please start
// Perfuse again." (or what could not be saved).
std::string session_lost_message(const std::string& detail, const FatalHookReport& saved);

}  // namespace perfuse
