// Ceiling-mounted theatre light for a 3.0 m ceiling: a main and a satellite lamp head on jointed arms.
// Nodes "lamp_main" and "lamp_satellite" sit at the centre of each glowing face, pointing down, so the
// renderer can put its spot lights there.
#include <string>

#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {
namespace {

void add_lamp_head(ModelBuilder& b, const std::string& name, const glm::vec3& face_centre_m, float radius_m) {
    const NodeId head = b.node(name, face_centre_m);
    b.add(turned({{0.0f, 0.0f}, {radius_m, 0.0f}, {radius_m, 0.05f}, {0.75f * radius_m, 0.14f}, {0.0f, 0.16f}}, {0, 0, 0}, false, 32),
          "white_enamel", head);
    b.add(turned({{0.0f, -0.004f}, {0.92f * radius_m, -0.004f}, {0.92f * radius_m, 0.001f}, {0.0f, 0.001f}}, {0, 0, 0}, false, 32),
          "lamp_light", head);
    // Sterile handle in the middle, which the surgeon grips to aim the light.
    b.add(rod({0, -0.005f, 0}, {0, -0.13f, 0}, 0.022f), "accent_teal", head);
    b.add(rod({0, 0.16f, 0}, {0, 0.3f, 0}, 0.025f), "white_enamel", head);
}

}  // namespace

Model build_theatre_light() {
    ModelBuilder b("theatre_light");
    b.add(rod({0, 2.96f, 0}, {0, 3.0f, 0}, 0.2f, 32), "white_enamel");
    b.add(rod({0, 2.55f, 0}, {0, 2.97f, 0}, 0.05f), "white_enamel");
    // Main arm to the right, satellite arm to the back-left.
    b.add(pill({0, 2.6f, 0}, {0.7f, 2.55f, 0.0f}, 0.035f), "white_enamel");
    b.add(pill({0.7f, 2.55f, 0}, {0.7f, 2.27f, 0.0f}, 0.03f), "white_enamel");
    add_lamp_head(b, "lamp_main", {0.7f, 1.97f, 0.0f}, 0.34f);
    b.add(pill({0, 2.5f, 0}, {-0.45f, 2.45f, -0.35f}, 0.03f), "white_enamel");
    b.add(pill({-0.45f, 2.45f, -0.35f}, {-0.45f, 2.32f, -0.35f}, 0.026f), "white_enamel");
    add_lamp_head(b, "lamp_satellite", {-0.45f, 2.02f, -0.35f}, 0.26f);
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
