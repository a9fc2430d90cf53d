// Isolated limb perfusion: the tourniquet on the prepared thigh (in the table's frame), a compact
// perfusion circuit cart (its disposables are in ilp_parts.cpp), the gamma-probe leak monitor that
// watches over the heart, and the drug preparation bench for the chemotherapy with its cytotoxic
// warning signs.
#include <string>

#include <glm/gtc/matrix_transform.hpp>

#include "geometry/primitives.h"

#include "devices.h"
#include "ilp_layout.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_tourniquet() {
    ModelBuilder b("tourniquet");
    // Around the right thigh near the hip (the leg runs along +X at z = 0.1 on a 0.9 m table).
    const glm::vec3 a(0.14f, 0.982f, 0.102f), c(0.22f, 0.981f, 0.103f);
    b.add(rod(a, c, 0.09f, 28), "accent_blue");
    b.add(ring((a + c) * 0.5f, 0.09f, 0.006f, {1, 0, 0}), "dark_grey");
    b.add(hose({(a + c) * 0.5f + glm::vec3(0, 0.09f, 0), {0.2f, 1.2f, 0.3f}, {0.3f, 1.0f, 0.55f}, {0.35f, 0.6f, 0.6f}}, 0.004f),
          "dark_grey");
    return std::move(b).finish();
}

Model build_ilp_circuit() {
    // A small heart-lung machine: roller pump, heater, holder pole and screen. The reservoir,
    // oxygenator and lines that go on it are models of their own (ilp_parts.cpp).
    ModelBuilder b("ilp_circuit");
    add_castors(b, b.root(), 0.3f, 0.2f, 0.05f, 0.12f);
    b.add(rounded_block({-0.35f, 0.11f, -0.25f}, {0.35f, 0.75f, 0.25f}, 0.03f), "white_enamel");
    b.add(block({-0.33f, 0.2f, 0.25f}, {0.33f, 0.23f, 0.255f}), "accent_teal");
    add_roller_pump(b, b.root(), "roller_pump", ilp::kPumpDeck, ilp::kPumpModule);
    const NodeId heater = b.node("heater", {0, 0, 0});
    add_heater_box(b, heater, {0.08f, 0.75f, -0.15f}, {0.33f, 0.95f, 0.15f});
    b.add(rod({0.0f, 0.75f, -0.22f}, {0.0f, 1.7f, -0.22f}, 0.02f), "chrome");
    add_screen(b, b.root(), {0.0f, 1.45f, -0.17f}, 0.32f, 0.24f, "screen_blue", 0.0f, 10.0f, "ilp_console");
    // Holder pole at the left for the reservoir and the oxygenator.
    b.add(block({-0.5f, 0.68f, -0.02f}, {-0.35f, 0.72f, 0.02f}), "mid_grey");
    b.add(rod({-0.5f, 0.68f, 0.0f}, {-0.5f, 1.6f, 0.0f}, 0.015f), "chrome");
    return std::move(b).finish();
}

Model build_gamma_probe() {
    // Floor stand beside the table; its arm reaches 0.7 m towards -Z to hold the probe over the heart.
    ModelBuilder b("gamma_probe");
    add_castors(b, b.root(), 0.2f, 0.2f, 0.04f, 0.1f);
    b.add(block({-0.25f, 0.09f, -0.25f}, {0.25f, 0.14f, 0.25f}), "mid_grey");
    b.add(rod({0, 0.14f, 0}, {0, 1.65f, 0}, 0.03f), "light_grey");
    b.add(pill({0, 1.6f, 0}, {0, 1.55f, -0.7f}, 0.025f), "light_grey");
    // Detector: a shielded cylinder pointing down at the chest.
    const NodeId probe = b.node("probe", {0.0f, 1.3f, -0.7f});
    b.add(rod({0, 0.0f, 0}, {0, 0.25f, 0}, 0.045f, 24), "dark_grey", probe);
    b.add(rod({0, -0.03f, 0}, {0, 0.0f, 0}, 0.04f, 24), "steel", probe);
    b.add(rod({0.0f, 1.55f, -0.7f}, {0.0f, 1.3f + 0.25f, -0.7f}, 0.012f), "steel");
    // Counter unit showing the leak reading, with a radiation warning plate.
    b.add(rounded_block({-0.17f, 0.95f, 0.03f}, {0.17f, 1.2f, 0.2f}, 0.02f), "white_enamel");
    const NodeId counter = b.node("counter_screen", {0.0f, 1.08f, 0.2f});
    b.add(block({-0.13f, -0.07f, 0.0f}, {0.13f, 0.08f, 0.005f}), "screen_green", counter);
    b.add(block({0.06f, 1.21f, 0.19f}, {0.14f, 1.29f, 0.2f}), "radiation_yellow");
    b.add(ball({0.1f, 1.25f, 0.2f}, 0.012f, 8), "dark_grey");
    b.add(hose({{0.0f, 1.2f, 0.1f}, {0.05f, 1.45f, 0.05f}, {0.03f, 1.6f, -0.2f}}, 0.005f), "dark_grey");
    return std::move(b).finish();
}

Model build_drug_prep_area() {
    // Bench 1.6 m long with a safety cabinet for preparing the cytotoxic drugs; signs sit on the
    // splashback at z = -0.3 (their wording is data, in the scene's labels).
    ModelBuilder b("drug_prep_area");
    b.add(block({-0.8f, 0.0f, -0.3f}, {0.8f, 0.88f, 0.32f}), "white_enamel");
    b.add(block({-0.82f, 0.88f, -0.32f}, {0.82f, 0.92f, 0.34f}), "worktop");
    b.add(block({-0.82f, 0.92f, -0.34f}, {0.82f, 1.6f, -0.31f}), "white_enamel");
    // Safety cabinet with a glass front and its own light.
    b.add(block({-0.78f, 0.92f, -0.3f}, {0.1f, 1.6f, -0.25f}), "light_grey");
    for (float x : {-0.78f, 0.08f}) b.add(block({x, 0.92f, -0.3f}, {x + 0.02f, 1.6f, 0.3f}), "light_grey");
    b.add(block({-0.78f, 1.5f, -0.3f}, {0.1f, 1.6f, 0.3f}), "light_grey");
    b.add(block({-0.76f, 1.49f, -0.25f}, {0.08f, 1.5f, 0.25f}), "lamp_light");
    b.add(block({-0.76f, 1.15f, 0.28f}, {0.08f, 1.5f, 0.3f}), "glass");
    // Vials and syringes inside, a purple-lidded cytotoxic sharps bin outside.
    for (int k = 0; k < 5; ++k) {
        const float x = -0.6f + 0.08f * static_cast<float>(k);
        b.add(rod({x, 0.92f, -0.05f}, {x, 0.99f, -0.05f}, 0.015f, 12), "clear_plastic");
        b.add(rod({x, 0.99f, -0.05f}, {x, 1.0f, -0.05f}, 0.012f, 12), "cytotoxic_purple");
    }
    b.add(rod({-0.3f, 0.935f, 0.1f}, {-0.05f, 0.935f, 0.1f}, 0.012f), "clear_plastic");
    b.add(block({0.35f, 0.92f, -0.1f}, {0.55f, 1.12f, 0.08f}), "warning_yellow");
    b.add(block({0.34f, 1.12f, -0.11f}, {0.56f, 1.15f, 0.09f}), "cytotoxic_purple");
    // Warning signs: purple cytotoxic plate and a yellow hazard triangle.
    const NodeId signs = b.node("warning_signs", {0.45f, 1.35f, -0.305f});
    b.add(block({-0.12f, -0.08f, 0.0f}, {0.12f, 0.08f, 0.01f}), "cytotoxic_purple", signs);
    // A three-sided prism makes the warning triangle.
    // Turned so one corner points up: the cylinder's axis goes to +Z, its first corner to +Y.
    const glm::mat4 upright = glm::rotate(glm::rotate(glm::translate(glm::mat4(1.0f), {0.28f, 0.0f, 0.005f}), glm::radians(90.0f), {0, 0, 1}),
                                          glm::radians(90.0f), {1, 0, 0});
    b.add(make_cylinder(0.1f, 0.01f, 3), "warning_yellow", signs, upright);
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
