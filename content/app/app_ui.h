#pragma once
// Everything ImGui draws for one frame, the same in window and headless runs: the overlay panel,
// labels over interactable items, and the selected item's information card.
#include <glm/glm.hpp>

#include "render/draw_list.h"

namespace perfuse {

struct AppRenderer;

void draw_app_ui(AppRenderer& r, const ViewCamera& camera, const glm::vec2& viewport_px);

}  // namespace perfuse
