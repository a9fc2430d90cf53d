#include "devices.h"

#include <glm/gtc/matrix_transform.hpp>

#include "geometry/primitives.h"
#include "parts.h"

namespace perfuse::assetgen {

void add_roller_pump(ModelBuilder& b, NodeId to, const std::string& name, const glm::vec3& deck_centre_m, float module_m) {
    const float h = 0.55f * module_m, half = 0.5f * module_m;
    const glm::vec3 c = deck_centre_m;
    // Housing with a sloped front panel for the controls.
    b.add(rounded_block(c + glm::vec3(-half, 0.0f, -half), c + glm::vec3(half, h, half), 0.015f), "white_enamel", to);
    b.add(block(c + glm::vec3(-half + 0.02f, 0.08f * h, half - 0.002f), c + glm::vec3(half - 0.02f, 0.6f * h, half + 0.006f)),
          "mid_grey", to);
    add_knob(b, to, c + glm::vec3(0.22f * module_m, 0.34f * h, half + 0.006f), 0.09f * module_m);
    b.add(block(c + glm::vec3(-0.38f * module_m, 0.22f * h, half + 0.006f), c + glm::vec3(0.0f, 0.48f * h, half + 0.01f)),
          "screen_green", to);
    // Raceway: the curved wall the rollers press the tubing against.
    const float race_r = 0.36f * module_m;
    const glm::vec3 top = c + glm::vec3(0, h, 0);
    b.add(turned({{race_r, 0.0f}, {race_r + 0.02f, 0.0f}, {race_r + 0.02f, 0.06f}, {race_r, 0.06f}, {race_r, 0.0f}}, top, false, 32),
          "steel", to);
    b.add(block(top + glm::vec3(-race_r, 0.0f, -race_r - 0.03f), top + glm::vec3(race_r, 0.01f, race_r)), "mid_grey", to);
    // Pump boot tubing loop around the raceway.
    b.add(ring(top + glm::vec3(0, 0.03f, 0), race_r - 0.012f, 0.008f), "blood_venous", to);
    // Rotor: a bar with a roller at each end.
    const NodeId rotor = b.node(name + "_rotor", top + glm::vec3(0, 0.01f, 0), to);
    b.add(block({-race_r + 0.03f, 0.0f, -0.018f}, {race_r - 0.03f, 0.035f, 0.018f}), "chrome", rotor);
    for (float s : {-1.0f, 1.0f})
        b.add(rod({s * (race_r - 0.03f), 0.0f, 0.0f}, {s * (race_r - 0.03f), 0.05f, 0.0f}, 0.02f), "steel", rotor);
    b.add(rod({0, 0.035f, 0}, {0, 0.07f, 0}, 0.015f), "dark_grey", rotor);
    // Clear safety lid, slightly raised.
    b.add(turned({{0.0f, 0.075f}, {race_r + 0.025f, 0.075f}, {race_r + 0.025f, 0.085f}, {0.0f, 0.085f}}, top, false, 32),
          "clear_plastic", to);
}

void add_centrifugal_drive(ModelBuilder& b, NodeId to, const glm::vec3& centre_m, float drive_radius_m) {
    const float r = drive_radius_m;
    const glm::vec3 front(0, 0, 1);
    b.add(rod(centre_m - front * (0.8f * r), centre_m, r, 32), "mid_grey", to);
    b.add(ring(centre_m, r, 0.08f * r, front), "steel", to);
}

void add_centrifugal_head(ModelBuilder& b, NodeId to, const std::string& name, const glm::vec3& centre_m, float drive_radius_m) {
    const float r = drive_radius_m;
    const glm::vec3 front(0, 0, 1);
    // Disposable pump head: clear cone, inlet on the axis, outlet on the side.
    const glm::vec3 head = centre_m + front * 0.01f;
    b.add(cone_between(head, head + front * (0.7f * r), 0.85f * r, 0.22f * r, 32), "clear_plastic", to);
    b.add(rod(head + front * (0.6f * r), head + front * (1.3f * r), 0.12f * r), "clear_plastic", to);
    b.add(rod(head + glm::vec3(0.6f * r, 0.1f * r, 0.25f * r), head + glm::vec3(1.3f * r, 0.1f * r, 0.25f * r), 0.1f * r),
          "clear_plastic", to);
    const NodeId impeller = b.node(name + "_impeller", head + front * (0.15f * r), to);
    for (int k = 0; k < 3; ++k) {
        const float a = glm::radians(120.0f * static_cast<float>(k));
        b.add(block({-0.05f * r, 0.0f, -0.04f * r}, {0.05f * r, 0.65f * r, 0.04f * r}), "badge_white", impeller,
              glm::rotate(glm::mat4(1.0f), a, front));
    }
}

void add_centrifugal_pump(ModelBuilder& b, NodeId to, const std::string& name, const glm::vec3& centre_m, float drive_radius_m) {
    add_centrifugal_drive(b, to, centre_m, drive_radius_m);
    add_centrifugal_head(b, to, name, centre_m, drive_radius_m);
}

void add_oxygenator_body(ModelBuilder& b, NodeId to, const glm::vec3& base_m, float height_m) {
    const float r = 0.28f * height_m, h = height_m;
    // Housing: clear shell, white fibre bundle inside, blue heat-exchanger band at the bottom.
    b.add(turned({{0.0f, 0.0f}, {r, 0.0f}, {r, h}, {0.0f, h}}, base_m, false, 28), "clear_plastic", to);
    b.add(turned({{0.0f, 0.22f * h}, {0.88f * r, 0.22f * h}, {0.88f * r, 0.92f * h}, {0.0f, 0.92f * h}}, base_m, false, 28),
          "fibre_white", to);
    b.add(turned({{0.0f, 0.03f * h}, {0.9f * r, 0.03f * h}, {0.9f * r, 0.2f * h}, {0.0f, 0.2f * h}}, base_m, false, 28),
          "water_blue", to);
    b.add(turned({{0.0f, h}, {r * 1.02f, h}, {r * 0.7f, 1.12f * h}, {0.0f, 1.12f * h}}, base_m, false, 28), "accent_teal", to);
    // Ports: blood in (bottom side), blood out (top side), gas in (top), water in/out (bottom).
    b.add(rod(base_m + glm::vec3(r, 0.3f * h, 0), base_m + glm::vec3(r + 0.05f, 0.3f * h, 0), 0.012f), "connector_orange", to);
    b.add(rod(base_m + glm::vec3(-r, 0.8f * h, 0), base_m + glm::vec3(-r - 0.05f, 0.8f * h, 0), 0.012f), "connector_orange", to);
    b.add(rod(base_m + glm::vec3(0, 1.12f * h, 0), base_m + glm::vec3(0, 1.2f * h, 0), 0.008f), "gas_line_green", to);
    for (float z : {-0.5f, 0.5f})
        b.add(rod(base_m + glm::vec3(0, 0.1f * h, z * r), base_m + glm::vec3(0, 0.1f * h, z * r * 2.2f), 0.009f), "water_blue", to);
}

void add_blender_body(ModelBuilder& b, NodeId to, const glm::vec3& centre_m, float scale) {
    const glm::vec3 half = glm::vec3(0.07f, 0.11f, 0.06f) * scale;
    b.add(rounded_block(centre_m - half, centre_m + half, 0.01f * scale), "light_grey", to);
    add_knob(b, to, centre_m + glm::vec3(0.0f, 0.05f, half.z) * scale, 0.025f * scale, "gas_line_green");
    // Flowmeter: clear tube with a float, beside the blender.
    const glm::vec3 fm = centre_m + glm::vec3(half.x + 0.025f * scale, -half.y, 0.0f);
    b.add(rod(fm, fm + glm::vec3(0, 2.0f * half.y, 0), 0.014f * scale), "clear_plastic", to);
    b.add(ball(fm + glm::vec3(0, 0.9f * half.y, 0), 0.009f * scale, 10), "chrome", to);
    b.add(block(centre_m + glm::vec3(-0.045f, -0.06f, 0.0f) * scale, centre_m + glm::vec3(0.045f, -0.02f, half.z + 0.004f) * scale),
          "screen_blue", to);
}

void add_heater_box(ModelBuilder& b, NodeId to, const glm::vec3& min_m, const glm::vec3& max_m) {
    b.add(rounded_block(min_m, max_m, 0.015f), "white_enamel", to);
    const glm::vec3 size = max_m - min_m;
    const glm::vec3 face(0.5f * (min_m.x + max_m.x), min_m.y + 0.7f * size.y, max_m.z);
    b.add(block(face + glm::vec3(-0.3f * size.x, -0.12f * size.y, 0.0f), face + glm::vec3(0.3f * size.x, 0.12f * size.y, 0.005f)),
          "screen_blue", to);
    for (float s : {-0.25f, 0.25f})
        b.add(rod(face + glm::vec3(s * size.x, -0.45f * size.y, 0.0f), face + glm::vec3(s * size.x, -0.45f * size.y, 0.04f), 0.01f),
              "water_blue", to);
}

void add_lying_body(ModelBuilder& b, NodeId to, const LyingBody& body) {
    const float y = body.top_y_m, s = body.length_m / 1.75f;
    const float head_x = -0.5f * body.length_m + 0.11f * s;
    if (body.show_head) {
        b.add(ball({head_x, y + 0.1f * s, 0.0f}, 0.105f * s, 20), body.skin, to);
        b.add(pill({head_x + 0.1f * s, y + 0.08f * s, 0.0f}, {head_x + 0.2f * s, y + 0.08f * s, 0.0f}, 0.05f * s), body.skin, to);
    }
    if (!body.show_limbs) return;
    // Torso and legs as soft shapes, under the cover.
    const float shoulder_x = head_x + 0.24f * s, hip_x = shoulder_x + 0.55f * s;
    b.add(rounded_block({shoulder_x, y, -0.22f * s}, {hip_x, y + 0.2f * s, 0.22f * s}, 0.08f * s), body.cover, to);
    const float heel_x = 0.5f * body.length_m;
    for (float side : {-1.0f, 1.0f}) {
        const bool bare = !body.cover_legs && side > 0.0f;
        b.add(pill({hip_x, y + 0.08f * s, side * 0.1f * s}, {heel_x - 0.08f * s, y + 0.07f * s, side * 0.11f * s}, 0.075f * s),
              bare ? body.skin : body.cover, to);
        b.add(pill({heel_x - 0.06f * s, y + 0.06f * s, side * 0.11f * s}, {heel_x - 0.04f * s, y + 0.16f * s, side * 0.11f * s},
                   0.045f * s),
              bare ? body.skin : body.cover, to);
    }
    for (float side : {-1.0f, 1.0f}) {
        const glm::vec3 shoulder(shoulder_x + 0.04f * s, y + 0.08f * s, side * 0.27f * s);
        if (body.arm_out && side > 0.0f) {
            // Arm out at a right angle on an arm board fixed to the table's side rail.
            const glm::vec3 hand(shoulder_x + 0.06f * s, y + 0.06f * s, 0.9f * s);
            b.add(block({shoulder_x - 0.08f * s, y - 0.03f, 0.25f * s}, {shoulder_x + 0.16f * s, y, 1.0f * s}), "mattress", to);
            b.add(pill(shoulder, hand, 0.045f * s), body.skin, to);
            b.add(ball(hand + glm::vec3(0.0f, 0.0f, 0.06f * s), 0.045f * s, 14), body.skin, to);
            continue;
        }
        b.add(pill(shoulder, {hip_x + 0.05f * s, y + 0.06f * s, side * 0.29f * s}, 0.05f * s), body.cover, to);
    }
}

}  // namespace perfuse::assetgen
