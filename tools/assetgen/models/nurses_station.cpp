// ICU nurses' station: a 2.4 m counter with a raised front ledge, two computer screens, a keyboard, a
// phone and a chair. The public side with the ledge faces +Z; staff sit on the -Z side.
#include <cmath>

#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_nurses_station() {
    ModelBuilder b("nurses_station");
    b.add(block({-1.2f, 0.0f, 0.2f}, {1.2f, 1.1f, 0.35f}), "accent_teal");
    b.add(block({-1.25f, 1.1f, 0.15f}, {1.25f, 1.13f, 0.4f}), "worktop");
    b.add(block({-1.2f, 0.72f, -0.35f}, {1.2f, 0.75f, 0.2f}), "worktop");
    for (float x : {-1.18f, 1.18f}) b.add(block({x - 0.02f, 0.0f, -0.35f}, {x + 0.02f, 0.72f, 0.2f}), "light_grey");
    // Screens face the staff side (-Z).
    for (float x : {-0.5f, 0.4f}) {
        b.add(block({x - 0.05f, 0.75f, -0.02f}, {x + 0.05f, 0.77f, 0.08f}), "dark_grey");
        b.add(rod({x, 0.77f, 0.03f}, {x, 0.9f, 0.03f}, 0.015f), "dark_grey");
        add_screen(b, b.root(), {x, 1.0f, 0.0f}, 0.52f, 0.32f, "screen_blue", 180.0f, 5.0f);
        b.add(block({x - 0.22f, 0.75f, -0.25f}, {x + 0.22f, 0.765f, -0.1f}), "dark_grey");
    }
    b.add(rounded_block({0.85f, 0.75f, -0.15f}, {1.0f, 0.8f, 0.0f}, 0.01f), "dark_grey");
    // Chair.
    b.add(rod({0.0f, 0.05f, -0.7f}, {0.0f, 0.45f, -0.7f}, 0.025f), "steel");
    b.add(rounded_block({-0.23f, 0.45f, -0.93f}, {0.23f, 0.52f, -0.47f}, 0.03f), "accent_blue");
    b.add(rounded_block({-0.22f, 0.55f, -0.98f}, {0.22f, 0.95f, -0.92f}, 0.03f), "accent_blue");
    for (int k = 0; k < 5; ++k) {
        const float a = glm::radians(72.0f * static_cast<float>(k));
        b.add(rod({0.0f, 0.05f, -0.7f}, {0.28f * std::cos(a), 0.05f, -0.7f + 0.28f * std::sin(a)}, 0.015f), "dark_grey");
    }
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
