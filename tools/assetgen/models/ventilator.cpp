// ICU ventilator on a wheeled stand: unit at chest height with its touch screen on top, a humidifier,
// and two breathing hoses (breaths in, breaths out) looping towards the patient at +X.
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_ventilator() {
    ModelBuilder b("ventilator");
    add_castors(b, b.root(), 0.22f, 0.22f, 0.045f, 0.12f);
    b.add(block({-0.25f, 0.11f, -0.25f}, {0.25f, 0.15f, 0.25f}), "mid_grey");
    b.add(rod({0, 0.15f, 0}, {0, 0.85f, 0}, 0.035f), "light_grey");
    b.add(rounded_block({-0.2f, 0.85f, -0.18f}, {0.2f, 1.15f, 0.18f}, 0.03f), "white_enamel");
    const NodeId screen = b.node("screen", {0.0f, 1.35f, 0.02f});
    add_screen(b, screen, {0, 0, 0}, 0.36f, 0.28f, "screen_blue", 0.0f, 15.0f);
    b.add(block({-0.05f, 1.15f, -0.06f}, {0.05f, 1.22f, 0.0f}), "mid_grey");
    // Humidifier chamber with water, on a bracket.
    b.add(block({0.2f, 0.7f, 0.0f}, {0.3f, 0.73f, 0.1f}), "mid_grey");
    b.add(rod({0.25f, 0.73f, 0.05f}, {0.25f, 0.85f, 0.05f}, 0.045f, 20), "clear_plastic");
    b.add(rod({0.25f, 0.735f, 0.05f}, {0.25f, 0.77f, 0.05f}, 0.04f, 20), "water_blue");
    // Breathing hoses.
    b.add(hose({{0.2f, 1.0f, 0.18f}, {0.4f, 1.1f, 0.3f}, {0.7f, 0.9f, 0.25f}, {0.95f, 0.95f, 0.1f}}, 0.012f), "tubing_clear");
    b.add(hose({{0.1f, 1.0f, 0.18f}, {0.35f, 0.85f, 0.35f}, {0.65f, 0.8f, 0.3f}, {0.95f, 0.92f, 0.05f}}, 0.012f), "tubing_clear");
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
