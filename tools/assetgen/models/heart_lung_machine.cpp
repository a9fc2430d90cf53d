// Heart-lung machine console, 1.3 m wide: cabinet on castors, five roller pump heads on the deck, a
// centrifugal pump drive, a central mast with the control screen, holder poles for the disposables and
// an emergency hand crank. The disposables are separate models in the same frame (hlm_layout.h).
#include <algorithm>
#include <string>

#include "devices.h"
#include "hlm_layout.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_heart_lung_machine() {
    using namespace hlm;
    ModelBuilder b("heart_lung_machine");
    add_castors(b, b.root(), 0.56f, 0.25f, 0.06f, 0.14f);
    b.add(rounded_block({-0.65f, 0.13f, -0.32f}, {0.65f, kDeckY, 0.32f}, 0.03f), "white_enamel");
    b.add(block({-0.6f, 0.2f, 0.32f}, {0.6f, 0.24f, 0.325f}), "accent_teal");
    // Battery and mains indicators: the console runs on its battery if the mains fails.
    b.add(ball({0.5f, 0.65f, 0.322f}, 0.012f, 10), "led_green");
    b.add(ball({0.55f, 0.65f, 0.322f}, 0.012f, 10), "led_amber");
    for (int k = 0; k < 5; ++k)
        add_roller_pump(b, b.root(), "roller_pump_" + std::to_string(k + 1), {kPumpX[k], kDeckY, 0.0f}, kPumpModule);

    // Centrifugal drive on a bracket at the front left.
    b.add(block({-0.5f, 0.44f, 0.32f}, {-0.34f, 0.47f, 0.37f}), "mid_grey");
    add_centrifugal_pump(b, b.root(), "centrifugal_pump", kCentrifugalDrive, 0.07f);

    // Central mast with the system screen and its controls.
    b.add(rod({0.0f, kDeckY, -0.27f}, {0.0f, 1.95f, -0.27f}, 0.025f), "chrome");
    b.add(block({-0.04f, 1.45f, -0.3f}, {0.04f, 1.55f, -0.22f}), "mid_grey");
    const NodeId display = b.node("display", {0.0f, 1.62f, -0.17f});
    add_screen(b, display, {0, 0, 0}, 0.4f, 0.3f, "screen_blue", 0.0f, 12.0f, "hlm_main");

    // Holder poles on brackets, one each side.
    for (const glm::vec3& pole : {kLeftPole, kRightPole}) {
        const float inner_x = pole.x < 0.0f ? -0.65f : 0.65f;
        b.add(block({std::min(pole.x, inner_x), pole.y - 0.02f, pole.z - 0.025f}, {std::max(pole.x, inner_x), pole.y + 0.02f, pole.z + 0.025f}),
              "mid_grey");
        b.add(rod(pole, {pole.x, kPoleTopY, pole.z}, 0.015f), "chrome");
    }
    // Holder clamps for the reservoir, oxygenator and filter.
    for (const glm::vec3& at : {kReservoirBase + glm::vec3(0, 0.12f, 0), kOxygenatorBase + glm::vec3(0, 0.1f, 0)})
        b.add(block({at.x - 0.02f, at.y - 0.02f, kLeftPole.z}, {at.x + 0.02f, at.y + 0.02f, at.z - 0.05f}), "mid_grey");
    b.add(block({kFilterBase.x, kFilterBase.y + 0.05f, kFilterBase.z - 0.02f},
                {kLeftPole.x, kFilterBase.y + 0.08f, kFilterBase.z + 0.0f}), "mid_grey");

    // Emergency hand crank clipped to the right side: turns a pump head by hand if power fails.
    const NodeId crank = b.node("hand_crank", {0.66f, 0.5f, 0.1f});
    b.add(rod({0, 0, 0}, {0.05f, 0, 0}, 0.05f), "mid_grey", crank);
    b.add(block({0.05f, -0.015f, -0.015f}, {0.065f, 0.12f, 0.015f}), "steel", crank);
    b.add(rod({0.065f, 0.11f, 0}, {0.13f, 0.11f, 0}, 0.014f), "dark_grey", crank);
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
