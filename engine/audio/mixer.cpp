#include "audio/mixer.h"

#include <algorithm>
#include <cmath>

namespace perfuse {

namespace {
float unit(float v) { return std::isfinite(v) ? std::clamp(v, 0.0f, 1.0f) : 0.0f; }
}  // namespace

const char* to_string(VolumeGroup group) {
    switch (group) {
        case VolumeGroup::narration: return "narration";
        case VolumeGroup::alarms: return "alarms";
        case VolumeGroup::ambience: return "ambience";
    }
    return "?";
}

float effective_gain(const MixerSettings& mixer, VolumeGroup group, float source_gain) {
    if (mixer.muted) return 0.0f;
    return unit(mixer.master) * unit(mixer.group(group)) * std::max(0.0f, std::isfinite(source_gain) ? source_gain : 0.0f);
}

}  // namespace perfuse
