// Friendly stylised people, 1.7 m tall, standing and facing +Z. One figure builder; each role differs in
// its colours and what it wears (gown, gloves, mask, stethoscope, lanyard). The colours are this app's
// own code for telling roles apart; real hospitals choose their own. A "badge" node marks the name
// badge on the chest and a "head" node the head, for labels.
#include <string>

#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {
namespace {

struct Role {
    const char* name;
    glm::vec3 top_rgb;       // scrub top or tunic
    glm::vec3 trousers_rgb;
    glm::vec3 cap_rgb;
    const char* skin;
    const char* hair;
    bool sterile_gown;       // scrubbed-in staff wear a gown, gloves and mask
    bool stethoscope;
    bool lanyard;
    bool headlight;          // surgeons often wear a headlight to see deep inside the chest
};

Material cloth(const std::string& name, const glm::vec3& rgb) {
    Material m;
    m.name = name;
    m.base_color = glm::vec4(rgb, 1.0f);
    m.roughness = 0.85f;
    return m;
}

Model build_person(const Role& role) {
    ModelBuilder b(std::string("person_") + role.name);
    const std::string top = std::string(role.name) + "_top", trousers = std::string(role.name) + "_trousers",
                      cap = std::string(role.name) + "_cap";
    b.define_material(cloth(top, role.top_rgb));
    b.define_material(cloth(trousers, role.trousers_rgb));
    b.define_material(cloth(cap, role.cap_rgb));
    const char* hands = role.sterile_gown ? "glove_blue" : role.skin;

    // Shoes and legs.
    for (float x : {-0.1f, 0.1f}) {
        b.add(rounded_block({x - 0.055f, 0.0f, -0.07f}, {x + 0.055f, 0.07f, 0.13f}, 0.03f), "shoe_white");
        b.add(pill({x, 0.13f, 0.0f}, {x, 0.82f, 0.0f}, 0.07f), trousers);
    }
    // Torso, or a sterile gown reaching below the knees.
    b.add(rounded_block({-0.19f, 0.82f, -0.12f}, {0.19f, 1.43f, 0.12f}, 0.09f), top);
    if (role.sterile_gown) {
        b.add(turned({{0.0f, 0.0f}, {0.24f, 0.0f}, {0.2f, 0.75f}, {0.19f, 0.95f}, {0.0f, 0.97f}}, {0.0f, 0.45f, 0.0f}, false, 24), top);
    }
    // Arms: sleeve to the elbow, forearm and hand slightly forward.
    for (float side : {-1.0f, 1.0f}) {
        const glm::vec3 shoulder(side * 0.24f, 1.36f, 0.0f), elbow(side * 0.27f, 1.1f, 0.03f), wrist(side * 0.27f, 0.9f, 0.12f);
        b.add(pill(shoulder, elbow, 0.055f), top);
        b.add(pill(elbow, wrist, role.sterile_gown ? 0.05f : 0.045f), role.sterile_gown ? top : role.skin);
        b.add(ball(wrist + glm::vec3(0, -0.03f, 0.02f), 0.048f, 14), hands);
    }
    // Neck, head, friendly face, hair and theatre cap.
    b.add(rod({0, 1.42f, 0}, {0, 1.5f, 0}, 0.05f), role.skin);
    const NodeId head = b.node("head", {0.0f, 1.6f, 0.0f});
    b.add(ball({0, 0, 0}, 0.115f, 24), role.skin, head);
    b.add(ball({0.0f, -0.01f, -0.03f}, 0.112f, 20), role.hair, head);
    for (float x : {-0.04f, 0.04f}) b.add(ball({x, 0.015f, 0.103f}, 0.014f, 10), "hair_dark", head);
    if (role.sterile_gown) {
        b.add(rounded_block({-0.085f, -0.085f, 0.04f}, {0.085f, -0.01f, 0.125f}, 0.02f), "mask_blue", head);
    } else {
        b.add(ring({0.0f, -0.045f, 0.098f}, 0.025f, 0.005f, {0, 0, 1}), "hair_dark", head);
    }
    if (role.headlight) {
        b.add(block({-0.11f, 0.045f, 0.0f}, {0.11f, 0.065f, 0.11f}), "dark_grey", head);
        b.add(rod({0.0f, 0.05f, 0.1f}, {0.0f, 0.05f, 0.15f}, 0.025f), "dark_grey", head);
        b.add(rod({0.0f, 0.05f, 0.15f}, {0.0f, 0.05f, 0.153f}, 0.02f), "lamp_light", head);
    }
    b.add(turned({{0.0f, 0.0f}, {0.122f, 0.0f}, {0.118f, 0.05f}, {0.08f, 0.1f}, {0.0f, 0.115f}}, {0.0f, 0.02f, -0.01f}, true, 24), cap, head);

    // Name badge on the left chest: facing +Z, the wearer's left is +X.
    const NodeId badge = b.node("badge", {0.1f, 1.3f, 0.125f});
    b.add(block({-0.04f, -0.03f, 0.0f}, {0.04f, 0.03f, 0.006f}), "badge_white", badge);
    b.add(block({-0.04f, 0.018f, 0.006f}, {0.04f, 0.03f, 0.008f}), cap, badge);
    if (role.stethoscope)
        b.add(hose({{-0.08f, 1.2f, 0.13f}, {-0.1f, 1.4f, 0.1f}, {0.0f, 1.47f, 0.06f}, {0.1f, 1.4f, 0.1f}, {0.07f, 1.15f, 0.14f}}, 0.007f),
              "dark_grey");
    if (role.lanyard) {
        b.add(hose({{-0.07f, 1.44f, 0.06f}, {-0.05f, 1.3f, 0.13f}, {0.0f, 1.17f, 0.135f}}, 0.006f), cap);
        b.add(hose({{0.07f, 1.44f, 0.06f}, {0.05f, 1.3f, 0.13f}, {0.0f, 1.17f, 0.135f}}, 0.006f), cap);
    }
    return std::move(b).finish();
}

// Role colours (linear RGB). Scrubbed-in staff's gown colour is their top.
constexpr glm::vec3 kNavy{0.02f, 0.04f, 0.16f};
constexpr Role kSurgeon{"surgeon", {0.03f, 0.18f, 0.38f}, {0.03f, 0.18f, 0.38f}, {0.03f, 0.06f, 0.22f}, "skin_medium", "hair_dark", true, false, false, true};
constexpr Role kAnaesthetist{"anaesthetist", {0.05f, 0.3f, 0.15f}, {0.05f, 0.3f, 0.15f}, {0.6f, 0.5f, 0.05f}, "skin_light", "hair_brown", false, true, false, false};
constexpr Role kScrubNurse{"scrub_nurse", {0.04f, 0.26f, 0.18f}, {0.05f, 0.12f, 0.45f}, {0.5f, 0.1f, 0.3f}, "skin_dark", "hair_dark", true, false, false, false};
constexpr Role kOdp{"odp", {0.25f, 0.3f, 0.06f}, {0.25f, 0.3f, 0.06f}, {0.25f, 0.3f, 0.06f}, "skin_light", "hair_blond", false, false, true, false};
constexpr Role kSupportWorker{"theatre_support_worker", {0.35f, 0.05f, 0.08f}, {0.35f, 0.05f, 0.08f}, {0.35f, 0.05f, 0.08f}, "skin_medium", "hair_brown", false, false, true, false};
constexpr Role kCardiologist{"cardiologist", {0.2f, 0.06f, 0.35f}, kNavy, {0.2f, 0.06f, 0.35f}, "skin_dark", "hair_dark", false, true, true, false};
constexpr Role kPhysiologist{"cardiac_physiologist", {0.25f, 0.45f, 0.7f}, {0.25f, 0.45f, 0.7f}, {0.02f, 0.1f, 0.3f}, "skin_light", "hair_dark", false, false, true, false};
constexpr Role kScientist{"clinical_scientist", {0.3f, 0.32f, 0.35f}, {0.3f, 0.32f, 0.35f}, {0.04f, 0.3f, 0.35f}, "skin_medium", "hair_blond", false, false, true, false};
constexpr Role kPerfusionist{"perfusionist", {0.0f, 0.42f, 0.38f}, {0.0f, 0.42f, 0.38f}, {0.8f, 0.35f, 0.02f}, "skin_dark", "hair_brown", false, false, true, false};
constexpr Role kIcuNurse{"icu_nurse", {0.04f, 0.1f, 0.4f}, kNavy, {0.04f, 0.1f, 0.4f}, "skin_light", "hair_blond", false, false, true, false};

}  // namespace

Model build_person_surgeon() { return build_person(kSurgeon); }
Model build_person_anaesthetist() { return build_person(kAnaesthetist); }
Model build_person_scrub_nurse() { return build_person(kScrubNurse); }
Model build_person_odp() { return build_person(kOdp); }
Model build_person_theatre_support_worker() { return build_person(kSupportWorker); }
Model build_person_cardiologist() { return build_person(kCardiologist); }
Model build_person_cardiac_physiologist() { return build_person(kPhysiologist); }
Model build_person_clinical_scientist() { return build_person(kScientist); }
Model build_person_perfusionist() { return build_person(kPerfusionist); }
Model build_person_icu_nurse() { return build_person(kIcuNurse); }

}  // namespace perfuse::assetgen
