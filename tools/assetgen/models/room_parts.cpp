// Pieces of rooms. Panels are 1 m units that scenes stretch with a per-axis scale: floor (top at y = 0),
// ceiling (underside at y = 0, placed at the ceiling height), wall (1 m long along X, 1 m tall, 0.1 m
// thick). Fittings stand against a wall behind them at z = -0.3 (sink) or hang on it (clock).
#include <algorithm>
#include <cmath>
#include <string>

#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_floor_panel() {
    ModelBuilder b("floor_panel");
    b.add(block({-0.5f, -0.02f, -0.5f}, {0.5f, 0.0f, 0.5f}), "floor_vinyl");
    return std::move(b).finish();
}

Model build_ceiling_panel() {
    ModelBuilder b("ceiling_panel");
    b.add(block({-0.5f, 0.0f, -0.5f}, {0.5f, 0.02f, 0.5f}), "ceiling_white");
    return std::move(b).finish();
}

Model build_wall_panel() {
    ModelBuilder b("wall_panel");
    b.add(block({-0.5f, 0.0f, -0.05f}, {0.5f, 1.0f, 0.05f}), "wall_paint");
    return std::move(b).finish();
}

Model build_door_double() {
    // Theatre double doors: 1.8 m opening, 2.1 m tall, steel frame, vision panels and kick plates.
    ModelBuilder b("door_double");
    for (float x : {-0.95f, 0.95f}) b.add(block({x - 0.05f, 0.0f, -0.07f}, {x + 0.05f, 2.2f, 0.07f}), "steel");
    b.add(block({-1.0f, 2.1f, -0.07f}, {1.0f, 2.2f, 0.07f}), "steel");
    for (float side : {-1.0f, 1.0f}) {
        // Each leaf hangs from a hinge node at its outer edge so the app can swing it open.
        const NodeId leaf = b.node(side < 0 ? "leaf_left" : "leaf_right", {side * 0.9f, 0.0f, 0.0f});
        const float inner = -side * 0.895f;
        const float x0 = std::min(0.0f, inner), x1 = std::max(0.0f, inner);
        b.add(block({x0, 0.02f, -0.03f}, {x1, 2.09f, 0.03f}), "door_panel", leaf);
        const float mid = 0.5f * (x0 + x1);
        b.add(block({mid - 0.17f, 1.3f, -0.032f}, {mid + 0.17f, 1.75f, 0.032f}), "glass", leaf);
        b.add(block({x0 + 0.02f, 0.05f, -0.035f}, {x1 - 0.02f, 0.3f, 0.035f}), "steel", leaf);
        b.add(block({inner + side * 0.06f - 0.03f, 1.0f, -0.036f}, {inner + side * 0.06f + 0.03f, 1.3f, 0.036f}), "steel", leaf);
    }
    return std::move(b).finish();
}

Model build_scrub_sink() {
    // Two-place stainless scrub trough, rim at 1.0 m, with elbow-lever taps and wall dispensers.
    ModelBuilder b("scrub_sink");
    b.add(block({-0.7f, 0.0f, -0.3f}, {0.7f, 0.75f, -0.25f}), "steel");
    b.add(rounded_block({-0.7f, 0.75f, -0.3f}, {0.7f, 1.0f, 0.3f}, 0.03f), "steel");
    b.add(block({-0.66f, 0.86f, -0.26f}, {0.66f, 1.001f, 0.26f}), "mid_grey");  // the basin, seen from above
    b.add(block({-0.7f, 1.0f, -0.3f}, {0.7f, 1.5f, -0.27f}), "white_enamel");
    for (float x : {-0.35f, 0.35f}) {
        b.add(hose({{x, 1.3f, -0.27f}, {x, 1.32f, -0.12f}, {x, 1.22f, -0.05f}}, 0.012f), "chrome");
        b.add(rod({x + 0.02f, 1.35f, -0.25f}, {x + 0.22f, 1.35f, -0.2f}, 0.008f), "chrome");
        b.add(rounded_block({x - 0.05f, 1.55f, -0.3f}, {x + 0.05f, 1.75f, -0.22f}, 0.01f), "badge_white");
    }
    return std::move(b).finish();
}

Model build_wall_clock() {
    // Round clock, centre at 2.2 m, back on the wall at z = 0, with hand nodes the app can turn.
    ModelBuilder b("wall_clock");
    const glm::vec3 centre(0.0f, 2.2f, 0.0f);
    b.add(rod(centre, centre + glm::vec3(0, 0, 0.04f), 0.17f, 40), "dark_grey");
    b.add(rod(centre, centre + glm::vec3(0, 0, 0.042f), 0.155f, 40), "clock_face");
    for (int k = 0; k < 12; ++k) {
        const float a = glm::radians(30.0f * static_cast<float>(k));
        const glm::vec3 p = centre + glm::vec3(0.13f * std::sin(a), 0.13f * std::cos(a), 0.043f);
        b.add(ball(p, k % 3 == 0 ? 0.009f : 0.005f, 8), "dark_grey");
    }
    const struct { const char* name; float length_m; float width_m; const char* material; } hands[] = {
        {"hand_hour", 0.08f, 0.012f, "dark_grey"}, {"hand_minute", 0.12f, 0.008f, "dark_grey"}, {"hand_second", 0.13f, 0.003f, "led_red"}};
    float z = 0.045f;
    for (const auto& h : hands) {
        const NodeId hand = b.node(h.name, centre + glm::vec3(0, 0, z));
        b.add(block({-0.5f * h.width_m, -0.02f, 0.0f}, {0.5f * h.width_m, h.length_m, 0.003f}), h.material, hand);
        z += 0.004f;
    }
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
