#pragma once
// The small information panel in the corner: what Perfuse is, where you are, controls and the
// text-size setting. Built with ImGui each frame.
#include <string>

#include "app/ui_text.h"

namespace perfuse {

struct OverlayState {
    std::string room;          // scene id, e.g. "theatre"
    std::string device_name;
    float frame_ms = 0.0f;     // 0: unknown (headless runs show no timings, so images are repeatable)
    float gpu_ms = 0.0f;
    float text_scale = 1.0f;   // changed by the slider
    bool visible = true;
    std::string go_to_room;    // set when the viewer picks another room from the panel
    float bottom_px = 0.0f;    // where the panel ends on screen this frame (0: hidden), so panels drawn after it keep clear
};

void draw_overlay_panel(const UiText& text, OverlayState& state);

}  // namespace perfuse
