// Patients, each drawn in the frame of the bed or table they lie on (head towards -X):
// the cardiac patient under drapes with the chest open, the ICU patient under a blanket,
// and the limb-perfusion patient with the right leg prepared.
#include "devices.h"
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_patient_draped() {
    ModelBuilder b("patient_draped");
    LyingBody body;
    body.top_y_m = 0.9f;
    body.show_limbs = false;
    add_lying_body(b, b.root(), body);
    // Drapes hide the body's shape: a soft mound from the shoulders to the feet.
    b.add(rounded_block({-0.56f, 0.9f, -0.3f}, {0.98f, 1.11f, 0.3f}, 0.09f), "drape_blue");
    // Drape sheet over the table, hanging down both sides and the foot end.
    b.add(block({-0.55f, 0.9f, -0.45f}, {1.05f, 0.92f, 0.45f}), "drape_blue");
    for (float z : {-0.45f, 0.45f}) b.add(block({-0.55f, 0.45f, z - 0.01f}, {1.05f, 0.92f, z + 0.01f}), "drape_blue");
    b.add(block({1.04f, 0.45f, -0.45f}, {1.06f, 0.92f, 0.45f}), "drape_blue");
    // Anaesthetic screen: a bar across the neck with a drape, dividing the sterile field from the head end.
    for (float z : {-0.42f, 0.42f}) b.add(rod({-0.58f, 0.8f, z}, {-0.58f, 1.4f, z}, 0.012f), "chrome");
    b.add(rod({-0.58f, 1.4f, -0.42f}, {-0.58f, 1.4f, 0.42f}, 0.012f), "chrome");
    b.add(block({-0.585f, 1.0f, -0.42f}, {-0.575f, 1.4f, 0.42f}), "drape_blue");
    // The open chest: the surgical site with a sternal retractor and the heart inside.
    const NodeId site = b.node("chest_open", {-0.33f, 1.1f, 0.0f});
    b.add(rounded_block({-0.14f, -0.015f, -0.07f}, {0.14f, 0.012f, 0.07f}, 0.01f), "surgical_site", site);
    b.add(ball({0.02f, -0.005f, 0.0f}, 0.045f, 16), "blood_arterial", site);
    b.add(block({-0.01f, 0.012f, -0.16f}, {0.01f, 0.03f, 0.16f}), "steel", site);
    for (float x : {-0.08f, 0.08f}) b.add(block({x - 0.01f, -0.02f, -0.08f}, {x + 0.01f, 0.03f, 0.08f}), "steel", site);
    // Bypass cannulae leaving the field over the +Z side.
    b.add(hose({{-0.3f, 1.11f, 0.02f}, {-0.2f, 1.15f, 0.2f}, {-0.1f, 1.02f, 0.47f}, {0.0f, 0.7f, 0.5f}}, 0.007f), "blood_arterial");
    b.add(hose({{-0.36f, 1.11f, -0.01f}, {-0.15f, 1.16f, 0.18f}, {0.05f, 1.0f, 0.47f}, {0.15f, 0.7f, 0.5f}}, 0.008f), "blood_venous");
    return std::move(b).finish();
}

Model build_patient_icu() {
    ModelBuilder b("patient_icu");
    LyingBody body;
    body.top_y_m = 0.72f;
    body.skin = "skin_medium";
    body.cover = "blanket";
    b.add(rounded_block({-1.0f, 0.7f, -0.3f}, {-0.66f, 0.8f, 0.3f}, 0.05f), "pillow");
    add_lying_body(b, b.root(), body);
    // Breathing tube from the mouth to the ventilator side (the ECMO cannulae: ecmo_cannula_lines).
    b.add(hose({{-0.66f, 0.85f, 0.02f}, {-0.6f, 0.95f, 0.2f}, {-0.7f, 1.0f, 0.5f}, {-0.9f, 0.9f, 0.7f}}, 0.011f), "tubing_clear");
    return std::move(b).finish();
}

Model build_patient_ilp() {
    ModelBuilder b("patient_ilp");
    LyingBody body;
    body.top_y_m = 0.9f;
    body.cover = "drape_green";
    body.cover_legs = false;
    add_lying_body(b, b.root(), body);
    // Warming blanket under the prepared leg, and the groin incision where the vessels are reached.
    b.add(block({0.05f, 0.9f, 0.0f}, {0.95f, 0.915f, 0.24f}), "water_blue");
    const NodeId groin = b.node("groin_site", {0.06f, 1.0f, 0.11f});
    b.add(rounded_block({-0.05f, -0.01f, -0.035f}, {0.05f, 0.012f, 0.035f}, 0.008f), "surgical_site", groin);
    // (The perfusion lines from the limb's artery and vein: ilp_limb_lines.)
    return std::move(b).finish();
}

Model build_patient_ilp_arm() {
    // The arm option: the right arm is perfused through the vessels below the collarbone, with the
    // tourniquet high on the upper arm.
    ModelBuilder b("patient_ilp_arm");
    LyingBody body;
    body.top_y_m = 0.9f;
    body.cover = "drape_green";
    body.arm_out = true;
    add_lying_body(b, b.root(), body);
    const float shoulder_x = -0.875f + 0.11f + 0.24f;
    const NodeId site = b.node("axilla_site", {shoulder_x - 0.02f, 1.02f, 0.18f});
    b.add(rounded_block({-0.05f, -0.01f, -0.03f}, {0.05f, 0.012f, 0.03f}, 0.008f), "surgical_site", site);
    const NodeId cuff = b.node("tourniquet", {shoulder_x + 0.05f, 0.96f, 0.42f});
    b.add(rod({0.0f, 0.0f, -0.04f}, {0.0f, 0.0f, 0.04f}, 0.065f, 24), "accent_blue", cuff);
    b.add(hose({{shoulder_x - 0.03f, 1.02f, 0.2f}, {shoulder_x - 0.1f, 1.1f, 0.45f}, {shoulder_x - 0.1f, 0.95f, 0.65f}, {shoulder_x, 0.6f, 0.75f}},
               0.006f),
          "blood_arterial");
    b.add(hose({{shoulder_x - 0.01f, 1.02f, 0.17f}, {shoulder_x - 0.05f, 1.12f, 0.42f}, {shoulder_x - 0.02f, 0.95f, 0.66f}, {shoulder_x + 0.1f, 0.6f, 0.75f}},
               0.007f),
          "blood_venous");
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
