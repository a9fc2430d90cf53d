#pragma once
// Which tracking space the world is anchored to. Standing users get STAGE (origin on the floor at
// the play area's centre) so their real height counts; seated users, and runtimes with no stage,
// get LOCAL (origin at the head's starting position), which Perfuse lifts to a standing eye height
// so a seated pupil sees the theatre as a standing one would.
#include <vector>

#include <openxr/openxr.h>

namespace perfuse {

enum class PlayArea { seated, standing };

XrReferenceSpaceType choose_reference_space(PlayArea play_area, const std::vector<XrReferenceSpaceType>& offered);
// How far above the floor the space's origin is: 0 for STAGE, the eye height for LOCAL.
float origin_height_above_floor_m(XrReferenceSpaceType type, float eye_height_m);
const char* reference_space_name(XrReferenceSpaceType type);
const char* play_area_name(PlayArea play_area);

}  // namespace perfuse
