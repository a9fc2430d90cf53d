#include "xr/reference_space.h"

#include <algorithm>

namespace perfuse {

XrReferenceSpaceType choose_reference_space(PlayArea play_area, const std::vector<XrReferenceSpaceType>& offered) {
    const auto has = [&](XrReferenceSpaceType t) { return std::find(offered.begin(), offered.end(), t) != offered.end(); };
    if (play_area == PlayArea::standing && has(XR_REFERENCE_SPACE_TYPE_STAGE)) return XR_REFERENCE_SPACE_TYPE_STAGE;
    // Every runtime must offer LOCAL (and VIEW); it is the safe answer for everything else.
    return XR_REFERENCE_SPACE_TYPE_LOCAL;
}

float origin_height_above_floor_m(XrReferenceSpaceType type, float eye_height_m) {
    return type == XR_REFERENCE_SPACE_TYPE_STAGE ? 0.0f : eye_height_m;
}

const char* reference_space_name(XrReferenceSpaceType type) {
    switch (type) {
        case XR_REFERENCE_SPACE_TYPE_VIEW: return "view";
        case XR_REFERENCE_SPACE_TYPE_LOCAL: return "local";
        case XR_REFERENCE_SPACE_TYPE_STAGE: return "stage";
        default: return "other";
    }
}

const char* play_area_name(PlayArea play_area) { return play_area == PlayArea::seated ? "seated" : "standing"; }

}  // namespace perfuse
