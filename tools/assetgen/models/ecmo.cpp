// ECMO carts: each carries a console with its screen, a centrifugal pump drive, an oxygenator holder,
// a heater, a gas blender with flowmeter, an oxygen cylinder and an emergency hand crank. The
// disposables that go on it (pump head, oxygenator, lines: ecmo_parts.cpp) are models of their own, so
// a trainee can mount them; the paediatric cart takes smaller ones. Positions in ecmo_layout.h.
#include "devices.h"
#include "ecmo_layout.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {
namespace {

struct EcmoSpec {
    const char* name;
    ecmo::Size size;
};

Model build_ecmo(const EcmoSpec& spec) {
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
    // The adult cart shows the ICU's running ECMO; the paediatric one keeps its own name (not drawn yet).
    const std::string screen_id = std::string(spec.name) == "ecmo_cart" ? "ecmo_console" : std::string(spec.name) + "_console";
    add_screen(b, screen, {0, 0, 0}, 0.34f, 0.24f, "screen_green", 0.0f, 12.0f, screen_id);

    // Pump drive and the oxygenator's holder arm at the front.
    const float oxy_h = ecmo::oxygenator_height(spec.size);
    b.add(block({-0.2f, 0.55f, 0.25f}, {-0.1f, 0.58f, 0.3f}), "mid_grey");
    add_centrifugal_drive(b, b.root(), ecmo::kDrive, ecmo::drive_radius(spec.size));
    b.add(block({0.12f, 0.5f, 0.25f}, {0.16f, 0.53f, 0.35f - 0.28f * oxy_h}), "mid_grey");

    // Heater on the lower shelf.
    const NodeId heater = b.node("heater", {0, 0, 0});
    add_heater_box(b, heater, {-0.25f, 0.16f, -0.22f}, {0.12f, 0.45f, 0.2f});

    // Gas blender and flowmeter on a pole.
    b.add(rod({0.28f, 0.86f, -0.2f}, {0.28f, 1.45f, -0.2f}, 0.012f), "chrome");
    const NodeId blender = b.node("gas_blender", {0, 0, 0});
    add_blender_body(b, blender, ecmo::kBlenderCentre, 0.9f);

    // Oxygen cylinder at the back.
    b.add(rod({0.0f, 0.17f, -0.34f}, {0.0f, 0.75f, -0.34f}, 0.05f), "black_rubber");
    b.add(cone_between({0.0f, 0.75f, -0.34f}, {0.0f, 0.82f, -0.34f}, 0.05f, 0.02f), "badge_white");

    // Emergency hand crank: the pump head can be moved onto it and turned by hand if the drive fails.
    const NodeId crank = b.node("hand_crank", {0.31f, 0.6f, 0.1f});
    b.add(rod({0, 0, 0}, {0.06f, 0, 0}, 0.06f, 24), "mid_grey", crank);
    b.add(block({0.06f, -0.015f, -0.015f}, {0.075f, 0.14f, 0.015f}), "steel", crank);
    b.add(rod({0.075f, 0.13f, 0}, {0.15f, 0.13f, 0}, 0.015f), "dark_grey", crank);

    return std::move(b).finish();
}

}  // namespace

Model build_ecmo_cart() { return build_ecmo({"ecmo_cart", ecmo::kAdult}); }
Model build_paediatric_ecmo() { return build_ecmo({"paediatric_ecmo", ecmo::kPaediatric}); }

}  // namespace perfuse::assetgen
