// Paediatric intensive care cot: a baby on a raised mattress with clear sides, on a height-adjustable
// column, under an overhead radiant warmer that keeps small patients warm.
#include "devices.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_paediatric_cot() {
    ModelBuilder b("paediatric_cot");
    add_castors(b, b.root(), 0.42f, 0.26f, 0.05f, 0.12f);
    b.add(block({-0.5f, 0.11f, -0.32f}, {0.5f, 0.16f, 0.32f}), "mid_grey");
    b.add(rounded_block({-0.12f, 0.16f, -0.12f}, {0.12f, 0.75f, 0.12f}, 0.03f), "white_enamel");
    b.add(rounded_block({-0.55f, 0.75f, -0.35f}, {0.55f, 0.85f, 0.35f}, 0.02f), "white_enamel");
    b.add(rounded_block({-0.5f, 0.85f, -0.3f}, {0.5f, 0.9f, 0.3f}, 0.02f), "accent_teal");
    // Clear side panels.
    for (float z : {-0.34f, 0.34f}) b.add(block({-0.54f, 0.85f, z - 0.008f}, {0.54f, 1.1f, z + 0.008f}), "clear_plastic");
    for (float x : {-0.54f, 0.54f}) b.add(block({x - 0.008f, 0.85f, -0.34f}, {x + 0.008f, 1.1f, 0.34f}), "clear_plastic");
    // The baby, about 60 cm long, under a small blanket.
    LyingBody baby;
    baby.top_y_m = 0.9f;
    baby.length_m = 0.6f;
    baby.skin = "skin_dark";
    baby.cover = "blanket";
    const NodeId patient = b.node("baby", {0.0f, 0.0f, 0.0f});
    add_lying_body(b, patient, baby);
    // Radiant warmer on a column behind the head end.
    b.add(rod({-0.62f, 0.16f, 0.0f}, {-0.62f, 1.95f, 0.0f}, 0.03f), "white_enamel");
    b.add(pill({-0.62f, 1.95f, 0.0f}, {-0.1f, 1.95f, 0.0f}, 0.03f), "white_enamel");
    const NodeId warmer = b.node("radiant_warmer", {0.0f, 1.85f, 0.0f});
    b.add(rounded_block({-0.3f, 0.0f, -0.2f}, {0.3f, 0.1f, 0.2f}, 0.03f), "white_enamel", warmer);
    b.add(block({-0.26f, -0.005f, -0.16f}, {0.26f, 0.0f, 0.16f}), "led_amber", warmer);
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
