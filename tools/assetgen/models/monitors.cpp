// Patient monitors: one on a wheeled stand for the theatre, one on a wall arm for the ICU bed space.
// Node "screen" is the display face, for the live numbers and waveforms the app draws on it.
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {
namespace {

// Monitor body with a module rack on its side; the screen node is placed at the glass.
void add_monitor_head(ModelBuilder& b, const glm::vec3& centre_m, float tilt_deg) {
    const NodeId screen = b.node("screen", centre_m);
    add_screen(b, screen, {0, 0, 0}, 0.46f, 0.34f, "screen_green", 0.0f, tilt_deg, "patient_monitor");
    b.add(rounded_block(centre_m + glm::vec3(-0.21f, -0.15f, -0.14f), centre_m + glm::vec3(0.21f, 0.15f, -0.04f), 0.02f), "light_grey");
    b.add(block(centre_m + glm::vec3(0.23f, -0.14f, -0.12f), centre_m + glm::vec3(0.29f, 0.1f, -0.02f)), "mid_grey");
    b.add(ball(centre_m + glm::vec3(0.19f, 0.19f, -0.05f), 0.015f, 10), "led_red");
}

}  // namespace

Model build_patient_monitor() {
    ModelBuilder b("patient_monitor");
    add_drip_stand(b, b.root(), {0, 0, 0}, 1.3f);
    b.add(block({-0.06f, 1.2f, -0.08f}, {0.06f, 1.3f, -0.02f}), "mid_grey");
    add_monitor_head(b, {0.0f, 1.45f, 0.05f}, 10.0f);
    // Leads coiled down to the patient side.
    b.add(hose({{0.27f, 1.35f, -0.02f}, {0.35f, 1.1f, 0.05f}, {0.3f, 0.9f, 0.15f}, {0.45f, 0.95f, 0.3f}}, 0.004f), "dark_grey");
    return std::move(b).finish();
}

Model build_wall_monitor() {
    ModelBuilder b("wall_monitor");
    // Wall plate at z = -0.2 (the model's back), arm, monitor face at about 1.75 m.
    b.add(block({-0.08f, 1.55f, -0.2f}, {0.08f, 1.8f, -0.18f}), "light_grey");
    b.add(pill({0.0f, 1.7f, -0.18f}, {0.0f, 1.7f, -0.1f}, 0.03f), "light_grey");
    add_monitor_head(b, {0.0f, 1.75f, 0.05f}, 5.0f);
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
