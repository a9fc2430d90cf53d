#include "xr/comfort.h"

#include <cmath>

namespace perfuse {

std::string comfort_problem(const ComfortSettings& s) {
    const auto bad = [](float v, float lo, float hi) { return !std::isfinite(v) || v < lo || v > hi; };
    if (bad(s.snap_turn_deg, 15.0f, 90.0f)) return "snap turn must be 15 to 90 degrees";
    if (bad(s.smooth_turn_deg_s, 30.0f, 180.0f)) return "smooth turning must be 30 to 180 degrees a second";
    if (bad(s.stick_engage, 0.2f, 0.95f)) return "stick engage threshold must be 0.2 to 0.95";
    if (bad(s.stick_release, 0.05f, s.stick_engage - 0.1f))
        return "stick release threshold must be at least 0.1 below the engage threshold";
    if (bad(s.teleport_max_distance_m, 0.5f, 20.0f)) return "teleport distance must be 0.5 to 20 m";
    if (bad(s.eye_height_m, 1.0f, 2.2f)) return "eye height must be 1.0 to 2.2 m";
    return {};
}

}  // namespace perfuse
