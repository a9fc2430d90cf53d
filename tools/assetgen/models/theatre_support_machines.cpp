// Machines that work beside the heart-lung machine: the heater-cooler (warms and cools the water for the
// oxygenator's heat exchanger) and the cell saver (washes the patient's own lost blood for return).
#include "devices.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_heater_cooler() {
    ModelBuilder b("heater_cooler");
    // About 0.45 m wide, 0.6 m deep and 1.05 m tall on castors.
    add_castors(b, b.root(), 0.18f, 0.24f, 0.05f, 0.12f);
    add_heater_box(b, b.root(), {-0.225f, 0.11f, -0.3f}, {0.225f, 1.05f, 0.3f});
    b.add(block({-0.2f, 0.3f, 0.3f}, {0.2f, 0.6f, 0.305f}), "light_grey");  // vent grille
    for (float y : {0.35f, 0.42f, 0.49f, 0.56f}) b.add(block({-0.18f, y, 0.305f}, {0.18f, y + 0.02f, 0.31f}), "mid_grey");
    const NodeId display = b.node("display", {0.0f, 0.77f, 0.3f});
    b.add(ball({0.15f, 0.05f, 0.004f}, 0.01f, 8), "led_green", display);
    // Water hoses out of the back, towards the heart-lung machine.
    for (float x : {-0.08f, 0.08f})
        b.add(hose({{x, 0.9f, -0.3f}, {x, 0.95f, -0.45f}, {x * 1.5f, 0.3f, -0.6f}, {x * 1.5f, 0.04f, -0.9f}}, 0.01f), "water_blue");
    return std::move(b).finish();
}

Model build_cell_saver() {
    ModelBuilder b("cell_saver");
    add_castors(b, b.root(), 0.2f, 0.2f, 0.05f, 0.12f);
    b.add(rounded_block({-0.25f, 0.11f, -0.25f}, {0.25f, 0.85f, 0.25f}, 0.03f), "white_enamel");
    // Centrifuge well under a clear lid: the bowl spins to separate red cells.
    b.add(rod({-0.05f, 0.85f, 0.02f}, {-0.05f, 0.87f, 0.02f}, 0.16f, 32), "mid_grey");
    const NodeId bowl = b.node("centrifuge_bowl", {-0.05f, 0.87f, 0.02f});
    b.add(turned({{0.0f, 0.0f}, {0.07f, 0.0f}, {0.09f, 0.06f}, {0.05f, 0.13f}, {0.0f, 0.13f}}, {0, 0, 0}, true, 24), "clear_plastic", bowl);
    b.add(turned({{0.0f, 0.005f}, {0.065f, 0.005f}, {0.08f, 0.05f}, {0.0f, 0.05f}}, {0, 0, 0}, false, 24), "blood_arterial", bowl);
    b.add(rod({-0.05f, 0.87f, 0.02f}, {-0.05f, 1.02f, 0.02f}, 0.17f, 32), "clear_plastic");
    add_screen(b, b.root(), {0.0f, 1.05f, 0.2f}, 0.28f, 0.2f, "screen_blue", 0.0f, 25.0f);
    // Drip pole: collection reservoir, wash saline bag, and the bag of washed red cells.
    b.add(rod({0.22f, 0.85f, -0.2f}, {0.22f, 1.9f, -0.2f}, 0.012f), "chrome");
    b.add(rod({0.06f, 1.85f, -0.2f}, {0.38f, 1.85f, -0.2f}, 0.008f), "chrome");
    add_fluid_bag(b, b.root(), {0.1f, 1.84f, -0.2f}, 0.3f, "fibre_white");
    add_fluid_bag(b, b.root(), {0.34f, 1.84f, -0.2f}, 0.22f, "blood_arterial");
    b.add(rod({0.22f, 1.2f, -0.12f}, {0.22f, 1.38f, -0.12f}, 0.07f, 24), "clear_plastic");
    b.add(rod({0.22f, 1.21f, -0.12f}, {0.22f, 1.26f, -0.12f}, 0.065f, 24), "blood_venous");
    b.add(hose({{0.22f, 1.2f, -0.12f}, {0.1f, 1.05f, -0.05f}, {-0.05f, 1.03f, 0.02f}}, 0.004f), "blood_venous");
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
