#include "palette.h"

#include <array>
#include <stdexcept>
#include <string>

namespace perfuse::assetgen {
namespace {

struct Entry {
    std::string_view name;
    glm::vec4 color;
    float metallic;
    float roughness;
    glm::vec3 emissive;
};

// Kept in one table so a look can be tuned once for every model that uses it.
constexpr glm::vec3 kNone{0.0f};
constexpr std::array kEntries{
    // Machine bodies and furniture.
    Entry{"white_enamel", {0.80f, 0.82f, 0.82f, 1.0f}, 0.0f, 0.45f, kNone},
    Entry{"light_grey", {0.50f, 0.53f, 0.55f, 1.0f}, 0.0f, 0.5f, kNone},
    Entry{"mid_grey", {0.25f, 0.27f, 0.29f, 1.0f}, 0.0f, 0.5f, kNone},
    Entry{"dark_grey", {0.06f, 0.065f, 0.07f, 1.0f}, 0.0f, 0.55f, kNone},
    Entry{"black_rubber", {0.02f, 0.02f, 0.02f, 1.0f}, 0.0f, 0.9f, kNone},
    Entry{"steel", {0.60f, 0.61f, 0.62f, 1.0f}, 1.0f, 0.35f, kNone},
    Entry{"chrome", {0.88f, 0.88f, 0.88f, 1.0f}, 1.0f, 0.12f, kNone},
    Entry{"accent_blue", {0.04f, 0.16f, 0.45f, 1.0f}, 0.0f, 0.4f, kNone},
    Entry{"accent_teal", {0.02f, 0.32f, 0.30f, 1.0f}, 0.0f, 0.4f, kNone},
    Entry{"worktop", {0.62f, 0.58f, 0.50f, 1.0f}, 0.0f, 0.5f, kNone},
    Entry{"drawer_blue", {0.20f, 0.38f, 0.62f, 1.0f}, 0.0f, 0.45f, kNone},
    Entry{"drawer_red", {0.60f, 0.06f, 0.05f, 1.0f}, 0.0f, 0.45f, kNone},
    Entry{"drawer_yellow", {0.85f, 0.62f, 0.04f, 1.0f}, 0.0f, 0.45f, kNone},
    Entry{"mattress", {0.04f, 0.08f, 0.18f, 1.0f}, 0.0f, 0.7f, kNone},
    // Screens and lamps glow so they read in any lighting.
    Entry{"screen_glass", {0.01f, 0.012f, 0.015f, 1.0f}, 0.0f, 0.15f, {0.02f, 0.05f, 0.07f}},
    Entry{"screen_green", {0.01f, 0.03f, 0.01f, 1.0f}, 0.0f, 0.2f, {0.08f, 0.45f, 0.15f}},
    Entry{"screen_blue", {0.01f, 0.02f, 0.04f, 1.0f}, 0.0f, 0.2f, {0.08f, 0.22f, 0.55f}},
    Entry{"led_red", {0.5f, 0.02f, 0.02f, 1.0f}, 0.0f, 0.3f, {0.9f, 0.05f, 0.03f}},
    Entry{"led_green", {0.02f, 0.5f, 0.05f, 1.0f}, 0.0f, 0.3f, {0.1f, 0.9f, 0.15f}},
    Entry{"led_amber", {0.6f, 0.35f, 0.02f, 1.0f}, 0.0f, 0.3f, {0.95f, 0.55f, 0.05f}},
    Entry{"lamp_light", {0.95f, 0.95f, 0.92f, 1.0f}, 0.0f, 0.2f, {1.0f, 0.97f, 0.9f}},
    // Disposables: clear plastics, fluids, connectors.
    Entry{"clear_plastic", {0.80f, 0.88f, 0.92f, 0.35f}, 0.0f, 0.1f, kNone},
    Entry{"tubing_clear", {0.85f, 0.90f, 0.95f, 0.45f}, 0.0f, 0.15f, kNone},
    Entry{"blood_arterial", {0.55f, 0.015f, 0.02f, 1.0f}, 0.0f, 0.25f, kNone},
    Entry{"blood_venous", {0.22f, 0.01f, 0.03f, 1.0f}, 0.0f, 0.25f, kNone},
    Entry{"cardioplegia", {0.75f, 0.45f, 0.05f, 1.0f}, 0.0f, 0.25f, kNone},
    Entry{"water_blue", {0.10f, 0.30f, 0.65f, 1.0f}, 0.0f, 0.3f, kNone},
    Entry{"connector_orange", {0.90f, 0.35f, 0.03f, 1.0f}, 0.0f, 0.4f, kNone},
    Entry{"gas_line_green", {0.05f, 0.45f, 0.15f, 1.0f}, 0.0f, 0.5f, kNone},
    Entry{"fibre_white", {0.92f, 0.92f, 0.88f, 1.0f}, 0.0f, 0.8f, kNone},
    // Warnings.
    Entry{"warning_yellow", {0.95f, 0.72f, 0.02f, 1.0f}, 0.0f, 0.5f, kNone},
    Entry{"cytotoxic_purple", {0.32f, 0.06f, 0.48f, 1.0f}, 0.0f, 0.5f, kNone},
    Entry{"radiation_yellow", {0.98f, 0.85f, 0.05f, 1.0f}, 0.0f, 0.5f, kNone},
    // Patients and people.
    Entry{"drape_blue", {0.03f, 0.20f, 0.40f, 1.0f}, 0.0f, 0.9f, kNone},
    Entry{"drape_green", {0.05f, 0.28f, 0.20f, 1.0f}, 0.0f, 0.9f, kNone},
    Entry{"blanket", {0.70f, 0.76f, 0.85f, 1.0f}, 0.0f, 0.9f, kNone},
    Entry{"pillow", {0.90f, 0.90f, 0.88f, 1.0f}, 0.0f, 0.9f, kNone},
    Entry{"surgical_site", {0.50f, 0.08f, 0.07f, 1.0f}, 0.0f, 0.35f, kNone},
    Entry{"skin_light", {0.80f, 0.56f, 0.45f, 1.0f}, 0.0f, 0.6f, kNone},
    Entry{"skin_medium", {0.55f, 0.34f, 0.20f, 1.0f}, 0.0f, 0.6f, kNone},
    Entry{"skin_dark", {0.22f, 0.12f, 0.07f, 1.0f}, 0.0f, 0.6f, kNone},
    Entry{"hair_dark", {0.03f, 0.02f, 0.015f, 1.0f}, 0.0f, 0.8f, kNone},
    Entry{"hair_brown", {0.18f, 0.08f, 0.03f, 1.0f}, 0.0f, 0.8f, kNone},
    Entry{"hair_blond", {0.65f, 0.45f, 0.18f, 1.0f}, 0.0f, 0.8f, kNone},
    Entry{"shoe_white", {0.85f, 0.85f, 0.85f, 1.0f}, 0.0f, 0.6f, kNone},
    Entry{"badge_white", {0.95f, 0.95f, 0.95f, 1.0f}, 0.0f, 0.4f, kNone},
    Entry{"mask_blue", {0.35f, 0.60f, 0.80f, 1.0f}, 0.0f, 0.9f, kNone},
    Entry{"glove_blue", {0.20f, 0.40f, 0.85f, 1.0f}, 0.0f, 0.5f, kNone},
    // The room.
    Entry{"floor_vinyl", {0.22f, 0.32f, 0.33f, 1.0f}, 0.0f, 0.35f, kNone},
    Entry{"wall_paint", {0.62f, 0.72f, 0.70f, 1.0f}, 0.0f, 0.8f, kNone},
    Entry{"ceiling_white", {0.82f, 0.83f, 0.82f, 1.0f}, 0.0f, 0.9f, kNone},
    Entry{"door_panel", {0.35f, 0.50f, 0.58f, 1.0f}, 0.0f, 0.5f, kNone},
    Entry{"glass", {0.55f, 0.70f, 0.78f, 0.3f}, 0.0f, 0.05f, kNone},
    Entry{"clock_face", {0.95f, 0.95f, 0.93f, 1.0f}, 0.0f, 0.5f, kNone},
};

}  // namespace

Material palette(std::string_view name) {
    for (const Entry& e : kEntries) {
        if (e.name != name) continue;
        Material m;
        m.name = std::string(e.name);
        m.base_color = e.color;
        m.metallic = e.metallic;
        m.roughness = e.roughness;
        m.emissive = e.emissive;
        return m;
    }
    throw std::out_of_range("assetgen palette: unknown material '" + std::string(name) + "'");
}

}  // namespace perfuse::assetgen
