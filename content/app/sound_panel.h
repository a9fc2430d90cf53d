#pragma once
// Sound's ImGui side: the caption bar (what is being read aloud, with Skip and Say again) and the
// sound settings window (F2). Also moves the listener to the camera of the frame drawn.
#include <glm/glm.hpp>

namespace perfuse {

struct AppRenderer;

void draw_sound_ui(AppRenderer& r, const glm::mat4& view);

}  // namespace perfuse
