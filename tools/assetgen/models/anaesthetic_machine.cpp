// Anaesthetic machine, 0.75 m wide x 0.6 m deep x 1.75 m to the top of its screen: cabinet, worktop,
// gas flowmeters, colour-coded vaporisers, a bellows ventilator, breathing hoses and back-up cylinders.
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_anaesthetic_machine() {
    ModelBuilder b("anaesthetic_machine");
    add_castors(b, b.root(), 0.32f, 0.24f, 0.055f, 0.13f);
    b.add(rounded_block({-0.375f, 0.12f, -0.3f}, {0.375f, 0.86f, 0.3f}, 0.03f), "white_enamel");
    for (float y : {0.35f, 0.55f, 0.72f}) b.add(block({-0.33f, y, 0.3f}, {0.33f, y + 0.012f, 0.305f}), "mid_grey");
    b.add(rounded_block({-0.42f, 0.86f, -0.32f}, {0.42f, 0.9f, 0.36f}, 0.01f), "light_grey");
    b.add(rounded_block({-0.375f, 0.9f, -0.3f}, {0.375f, 1.38f, -0.06f}, 0.03f), "white_enamel");
    // Flowmeter bank: oxygen, air, nitrous oxide.
    b.add(block({-0.3f, 1.0f, -0.06f}, {-0.02f, 1.32f, -0.045f}), "mid_grey");
    for (int k = 0; k < 3; ++k) {
        const float x = -0.25f + 0.09f * static_cast<float>(k);
        b.add(rod({x, 1.04f, -0.04f}, {x, 1.28f, -0.04f}, 0.012f), "clear_plastic");
        b.add(ball({x, 1.1f + 0.04f * static_cast<float>(k), -0.04f}, 0.008f, 10), "chrome");
    }
    // Vaporisers on the back bar: sevoflurane is colour-coded yellow, desflurane blue.
    b.add(rounded_block({0.06f, 0.92f, -0.05f}, {0.17f, 1.17f, 0.08f}, 0.015f), "warning_yellow");
    b.add(rounded_block({0.2f, 0.92f, -0.05f}, {0.33f, 1.19f, 0.08f}, 0.015f), "accent_blue");
    for (float x : {0.115f, 0.265f}) add_knob(b, b.root(), {x, 1.12f, 0.08f}, 0.03f, "white_enamel");
    // Ventilator bellows in a clear housing on the worktop.
    b.add(rod({-0.26f, 0.9f, 0.17f}, {-0.26f, 1.16f, 0.17f}, 0.075f, 24), "clear_plastic");
    b.add(rod({-0.26f, 0.92f, 0.17f}, {-0.26f, 1.08f, 0.17f}, 0.06f, 24), "mask_blue");
    // Screen on a short mast.
    b.add(rod({0, 1.38f, -0.18f}, {0, 1.5f, -0.18f}, 0.03f), "mid_grey");
    add_screen(b, b.root(), {0.0f, 1.6f, -0.12f}, 0.42f, 0.3f, "screen_green", 0.0f, 8.0f);
    // Breathing hoses to the patient's head (off to +X) and the reservoir bag.
    b.add(hose({{0.3f, 0.95f, 0.25f}, {0.55f, 1.05f, 0.35f}, {0.8f, 1.05f, 0.25f}, {1.05f, 0.98f, 0.1f}}, 0.014f), "mask_blue");
    b.add(hose({{0.3f, 0.97f, 0.15f}, {0.55f, 1.12f, 0.2f}, {0.85f, 1.1f, 0.1f}, {1.05f, 1.0f, 0.05f}}, 0.014f), "mask_blue");
    b.add(pill({-0.42f, 0.78f, 0.3f}, {-0.42f, 0.62f, 0.3f}, 0.06f), "dark_grey");
    // Back-up oxygen cylinder (white shoulder) at the back.
    b.add(rod({0.2f, 0.2f, -0.37f}, {0.2f, 0.75f, -0.37f}, 0.05f), "black_rubber");
    b.add(cone_between({0.2f, 0.75f, -0.37f}, {0.2f, 0.83f, -0.37f}, 0.05f, 0.02f), "badge_white");
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
