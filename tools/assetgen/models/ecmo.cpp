// ECMO carts. Both carry a console with its screen, a centrifugal pump drive with the pump head, a
// membrane oxygenator, a heater, a gas blender with flowmeter, an oxygen cylinder and an emergency hand
// crank. The paediatric cart has the same console with smaller disposables and thinner tubing.
// Lines leave towards the patient at -X.
#include "devices.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {
namespace {

struct EcmoSpec {
    const char* name;
    float disposable_scale;  // pump head, oxygenator and tubing size relative to adult
    float line_end_height_m; // where the lines reach the bed or cot
};

Model build_ecmo(const EcmoSpec& spec) {
    const float s = spec.disposable_scale;
    ModelBuilder b(spec.name);
    // Cart: two shelves on four posts.
    add_castors(b, b.root(), 0.26f, 0.23f, 0.05f, 0.12f);
    b.add(block({-0.3f, 0.12f, -0.27f}, {0.3f, 0.16f, 0.27f}), "mid_grey");
    for (float x : {-0.28f, 0.28f})
        for (float z : {-0.25f, 0.25f}) b.add(rod({x, 0.16f, z}, {x, 0.85f, z}, 0.015f), "steel");
    b.add(block({-0.3f, 0.82f, -0.27f}, {0.3f, 0.86f, 0.27f}), "mid_grey");

    // Console with its screen and the big speed (RPM) knob.
    b.add(rounded_block({-0.22f, 0.86f, -0.2f}, {0.22f, 1.08f, 0.12f}, 0.02f), "white_enamel");
    add_knob(b, b.root(), {0.12f, 0.95f, 0.12f}, 0.04f, "accent_teal");
    b.add(block({-0.03f, 1.08f, -0.1f}, {0.03f, 1.2f, -0.04f}), "mid_grey");
    const NodeId screen = b.node("console_screen", {0.0f, 1.3f, -0.04f});
    add_screen(b, screen, {0, 0, 0}, 0.34f, 0.24f, "screen_green", 0.0f, 12.0f);

    // Pump drive and oxygenator on holder arms at the front.
    const glm::vec3 drive(-0.15f, 0.6f, 0.34f);
    b.add(block({-0.2f, 0.55f, 0.25f}, {-0.1f, 0.58f, 0.3f}), "mid_grey");
    add_centrifugal_pump(b, b.root(), "centrifugal_pump", drive, 0.075f * s);
    const glm::vec3 oxy_base(0.14f, 0.42f, 0.35f);
    const float oxy_h = 0.22f * s;
    b.add(block({0.12f, 0.5f, 0.25f}, {0.16f, 0.53f, 0.35f - 0.28f * oxy_h}), "mid_grey");
    const NodeId oxy = b.node("oxygenator", {0, 0, 0});
    add_oxygenator_body(b, oxy, oxy_base, oxy_h);

    // Heater on the lower shelf, water lines up to the oxygenator's heat exchanger.
    const NodeId heater = b.node("heater", {0, 0, 0});
    add_heater_box(b, heater, {-0.25f, 0.16f, -0.22f}, {0.12f, 0.45f, 0.2f});
    for (float dz : {-1.0f, 1.0f}) {
        const glm::vec3 port = oxy_base + glm::vec3(0.0f, 0.1f * oxy_h, dz * 0.28f * oxy_h * 1.1f);
        b.add(hose({{-0.06f + 0.1f * dz, 0.3f, 0.2f}, {0.05f, 0.3f, 0.32f + 0.03f * dz}, port}, 0.007f), "water_blue", heater);
    }

    // Gas blender and flowmeter on a pole, with the sweep gas line to the oxygenator.
    b.add(rod({0.28f, 0.86f, -0.2f}, {0.28f, 1.45f, -0.2f}, 0.012f), "chrome");
    const NodeId blender = b.node("gas_blender", {0, 0, 0});
    add_blender_body(b, blender, {0.28f, 1.25f, -0.12f}, 0.9f);
    b.add(hose({{0.28f, 1.15f, -0.12f}, {0.35f, 0.9f, 0.1f}, {0.3f, 0.75f, 0.35f}, oxy_base + glm::vec3(0, 1.2f * oxy_h, 0)}, 0.004f),
          "gas_line_green", blender);

    // Oxygen cylinder at the back.
    b.add(rod({0.0f, 0.17f, -0.34f}, {0.0f, 0.75f, -0.34f}, 0.05f), "black_rubber");
    b.add(cone_between({0.0f, 0.75f, -0.34f}, {0.0f, 0.82f, -0.34f}, 0.05f, 0.02f), "badge_white");

    // Emergency hand crank: the pump head can be moved onto it and turned by hand if the drive fails.
    const NodeId crank = b.node("hand_crank", {0.31f, 0.6f, 0.1f});
    b.add(rod({0, 0, 0}, {0.06f, 0, 0}, 0.06f, 24), "mid_grey", crank);
    b.add(block({0.06f, -0.015f, -0.015f}, {0.075f, 0.14f, 0.015f}), "steel", crank);
    b.add(rod({0.075f, 0.13f, 0}, {0.15f, 0.13f, 0}, 0.015f), "dark_grey", crank);

    // Circuit: drainage from the patient to the pump, pump to oxygenator, return to the patient.
    const float r = 0.008f * (0.5f + 0.5f * s);
    const float end_y = spec.line_end_height_m;
    const glm::vec3 pump_in = drive + glm::vec3(0, 0, 1.3f * 0.075f * s);
    const glm::vec3 pump_out = drive + glm::vec3(1.3f * 0.075f * s, 0.1f * 0.075f * s, 0.25f * 0.075f * s);
    const glm::vec3 oxy_in = oxy_base + glm::vec3(0.28f * oxy_h + 0.05f, 0.3f * oxy_h, 0);
    const glm::vec3 oxy_out = oxy_base + glm::vec3(-0.28f * oxy_h - 0.05f, 0.8f * oxy_h, 0);
    b.add(hose({{-1.0f, end_y, 0.05f}, {-0.6f, end_y - 0.2f, 0.35f}, {-0.25f, 0.55f, 0.55f}, pump_in + glm::vec3(0, 0, 0.08f), pump_in}, r),
          "blood_venous");
    b.add(hose({pump_out, pump_out + glm::vec3(0.04f, -0.05f, 0.05f), {0.3f, 0.45f, 0.45f}, oxy_in}, r), "blood_venous");
    b.add(hose({oxy_out, oxy_out + glm::vec3(0.0f, 0.1f, 0.1f), {-0.3f, 0.8f, 0.55f}, {-0.7f, end_y, 0.35f}, {-1.0f, end_y, 0.15f}}, r),
          "blood_arterial");
    return std::move(b).finish();
}

}  // namespace

Model build_ecmo_cart() { return build_ecmo({"ecmo_cart", 1.0f, 0.75f}); }
Model build_paediatric_ecmo() { return build_ecmo({"paediatric_ecmo", 0.7f, 0.95f}); }

}  // namespace perfuse::assetgen
