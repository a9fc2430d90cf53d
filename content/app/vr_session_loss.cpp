#include "app/vr_session_loss.h"

namespace perfuse {

std::string session_lost_message(const std::string& detail, const FatalHookReport& saved) {
    std::string line = "the VR headset was lost (" + detail + "), so Perfuse has to close.";
    if (saved.ran > 0)
        line += saved.errors.empty() ? " Your settings were saved." : " Not everything could be saved: " + saved.errors + ".";
    return line + " Please start Perfuse again.";
}

}  // namespace perfuse
