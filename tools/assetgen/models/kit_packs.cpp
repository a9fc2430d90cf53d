// The bare parts trolley the disposables wait on, and how they look there, still packed: coiled tubing in a
// clear sterile pouch (blood lines, adult 3/8 inch and paediatric 1/4 inch), cannulae in their trays
// (adult, paediatric, and the limb cannulae of isolated limb perfusion), the green sweep gas line and
// the blue heater water lines. Each lies flat around its own origin; once joined in the app it is drawn
// as the tube it becomes.
#include <cmath>
#include <vector>

#include <glm/gtc/constants.hpp>

#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {
namespace {

// A flat spiral of tube lying on y = height_m: turns from the outer radius inwards.
std::vector<glm::vec3> spiral(float outer_m, float inner_m, float turns, float height_m) {
    std::vector<glm::vec3> points;
    const int n = static_cast<int>(turns * 24.0f);
    for (int i = 0; i <= n; ++i) {
        const float t = static_cast<float>(i) / static_cast<float>(n);
        const float a = t * turns * glm::two_pi<float>();
        const float radius = outer_m + (inner_m - outer_m) * t;
        points.push_back({radius * std::cos(a), height_m, radius * std::sin(a)});
    }
    return points;
}

// Coiled tubing sealed in a clear pouch, with its two capped ends lying on top.
Model tubing_pack(const char* name, float tube_radius_m, const char* end_material) {
    ModelBuilder b(name);
    const float y = tube_radius_m + 0.004f;
    b.add(rounded_block({-0.11f, 0.0f, -0.11f}, {0.11f, 2.0f * y + 0.006f, 0.11f}, 0.004f), "clear_plastic");
    b.add(hose(spiral(0.085f, 0.045f, 2.5f, y), tube_radius_m, 8), "tubing_clear");
    for (float z : {-0.02f, 0.02f}) b.add(rod({0.0f, 2.0f * y, z}, {0.06f, 2.0f * y, z}, tube_radius_m * 1.3f, 10), end_material);
    return std::move(b).finish();
}

// A cannula in its tray: wire-reinforced body, tapered tip, and the connector the circuit joins to.
Model cannula(const char* name, float length_m, float radius_m, float connector_radius_m) {
    ModelBuilder b(name);
    const float y = connector_radius_m + 0.008f;
    b.add(rounded_block({-0.5f * length_m - 0.02f, 0.0f, -0.04f}, {0.5f * length_m + 0.02f, 0.008f, 0.04f}, 0.003f), "white_enamel");
    const glm::vec3 tip(-0.5f * length_m, y, 0.0f), hub(0.35f * length_m, y, 0.0f), end(0.5f * length_m, y, 0.0f);
    b.add(cone_between(tip, tip + glm::vec3(0.04f, 0, 0), 0.3f * radius_m, radius_m, 16), "clear_plastic");
    b.add(rod(tip + glm::vec3(0.04f, 0, 0), hub, radius_m, 16), "tubing_clear");
    // The reinforcing wire shows as rings along the body.
    const int rings = static_cast<int>(length_m / 0.02f);
    for (int k = 1; k < rings - 2; ++k) {
        const float x = tip.x + 0.04f + 0.02f * static_cast<float>(k);
        if (x < hub.x) b.add(ring({x, y, 0.0f}, radius_m * 1.02f, 0.0012f, {1, 0, 0}), "steel");
    }
    b.add(cone_between(hub - glm::vec3(0.02f, 0, 0), hub, radius_m, connector_radius_m, 16), "connector_orange");
    b.add(rod(hub, end, connector_radius_m, 16), "connector_orange");
    return std::move(b).finish();
}

// A coiled service line (gas or water) with its two connectors.
Model service_coil(const char* name, float tube_radius_m, const char* material) {
    ModelBuilder b(name);
    const float y = tube_radius_m;
    b.add(hose(spiral(0.08f, 0.05f, 2.0f, y), tube_radius_m, 8), material);
    for (float z : {-0.025f, 0.025f}) b.add(rod({0.08f, y, z}, {0.12f, y, z}, tube_radius_m * 1.6f, 10), "mid_grey");
    return std::move(b).finish();
}

}  // namespace

Model build_parts_trolley() {
    // Two stainless shelves (top 0.88 m, lower 0.32 m) with a rail round the top, on castors.
    ModelBuilder b("parts_trolley");
    add_castors(b, b.root(), 0.46f, 0.26f, 0.04f, 0.1f);
    for (float x : {-0.46f, 0.46f})
        for (float z : {-0.26f, 0.26f}) b.add(rod({x, 0.1f, z}, {x, 0.93f, z}, 0.015f), "chrome");
    b.add(block({-0.5f, 0.3f, -0.3f}, {0.5f, 0.32f, 0.3f}), "steel");
    b.add(block({-0.5f, 0.86f, -0.3f}, {0.5f, 0.88f, 0.3f}), "steel");
    for (float z : {-0.26f, 0.26f}) b.add(rod({-0.46f, 0.93f, z}, {0.46f, 0.93f, z}, 0.01f), "chrome");
    for (float x : {-0.46f, 0.46f}) b.add(rod({x, 0.93f, -0.26f}, {x, 0.93f, 0.26f}, 0.01f), "chrome");
    return std::move(b).finish();
}

Model build_tubing_pack_adult() { return tubing_pack("tubing_pack_adult", 0.008f, "connector_orange"); }      // 3/8 inch
Model build_tubing_pack_paediatric() { return tubing_pack("tubing_pack_paediatric", 0.005f, "accent_blue"); }  // 1/4 inch
// French size = outer diameter in thirds of a millimetre; connectors fit 3/8 or 1/4 inch tubing.
Model build_cannula_adult() { return cannula("cannula_adult", 0.42f, 0.0042f, 0.007f); }              // 25 Fr, 3/8 inch
Model build_cannula_paediatric() { return cannula("cannula_paediatric", 0.2f, 0.002f, 0.005f); }      // 12 Fr, 1/4 inch
Model build_limb_cannula() { return cannula("limb_cannula", 0.26f, 0.003f, 0.007f); }                 // 18 Fr, 3/8 inch
Model build_gas_line_coil() { return service_coil("gas_line_coil", 0.004f, "gas_line_green"); }
Model build_water_line_coil() { return service_coil("water_line_coil", 0.007f, "water_blue"); }

}  // namespace perfuse::assetgen
