// A stack of four infusion and syringe pumps on a drip stand, with bags hung at the top.
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_infusion_pumps() {
    ModelBuilder b("infusion_pumps");
    add_drip_stand(b, b.root(), {0, 0, 0}, 1.9f);
    for (int k = 0; k < 4; ++k) {
        const float y = 0.95f + 0.14f * static_cast<float>(k);
        b.add(rounded_block({-0.14f, y, -0.02f}, {0.14f, y + 0.12f, 0.11f}, 0.012f), "white_enamel");
        b.add(block({-0.11f, y + 0.06f, 0.11f}, {0.0f, y + 0.1f, 0.113f}), k % 2 ? "screen_blue" : "screen_green");
        b.add(ball({0.08f, y + 0.08f, 0.112f}, 0.008f, 8), "led_green");
        // Syringe drivers (odd slots) show the syringe along the front.
        if (k % 2 == 1) b.add(rod({-0.12f, y + 0.025f, 0.12f}, {0.1f, y + 0.025f, 0.12f}, 0.012f), "clear_plastic");
    }
    for (float x : {-0.14f, 0.14f}) add_fluid_bag(b, b.root(), {x, 1.97f, 0.0f}, 0.24f, "clear_plastic");
    // Lines down to the patient.
    for (int k = 0; k < 3; ++k) {
        const float y = 0.97f + 0.14f * static_cast<float>(k);
        b.add(hose({{0.14f, y, 0.05f}, {0.3f, y - 0.2f, 0.1f}, {0.55f, 0.8f, 0.05f}, {0.8f, 0.85f, 0.0f}}, 0.002f), "tubing_clear");
    }
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
