// Theatre trolleys: the anaesthetist's drug trolley (0.65 x 0.45 x 0.95 m, colour-coded drawers) and the
// scrub nurse's stainless instrument trolley (1.0 x 0.6 x 0.9 m) laid with a sterile drape and instruments.
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_drug_trolley() {
    ModelBuilder b("drug_trolley");
    add_castors(b, b.root(), 0.27f, 0.18f, 0.045f, 0.11f);
    b.add(rounded_block({-0.325f, 0.1f, -0.225f}, {0.325f, 0.92f, 0.225f}, 0.02f), "white_enamel");
    const char* drawer_colours[] = {"drawer_blue", "drawer_blue", "drawer_yellow", "drawer_blue", "drawer_red"};
    for (int k = 0; k < 5; ++k) {
        const float y0 = 0.14f + 0.155f * static_cast<float>(k);
        b.add(rounded_block({-0.3f, y0, 0.2f}, {0.3f, y0 + 0.14f, 0.232f}, 0.008f), drawer_colours[k]);
        b.add(block({-0.08f, y0 + 0.09f, 0.232f}, {0.08f, y0 + 0.105f, 0.245f}), "chrome");
    }
    b.add(rounded_block({-0.34f, 0.92f, -0.24f}, {0.34f, 0.95f, 0.24f}, 0.01f), "light_grey");
    // Drawn-up syringes, an ampoule box and a yellow sharps bin on top.
    for (int k = 0; k < 4; ++k) {
        const float z = -0.05f + 0.04f * static_cast<float>(k);
        b.add(rod({-0.25f, 0.965f, z}, {-0.05f, 0.965f, z}, 0.008f), "clear_plastic");
        b.add(rod({-0.05f, 0.965f, z}, {-0.0f, 0.965f, z}, 0.004f), "badge_white");
    }
    b.add(block({0.05f, 0.95f, -0.15f}, {0.2f, 1.0f, 0.05f}), "badge_white");
    b.add(block({0.22f, 0.95f, -0.2f}, {0.32f, 1.1f, -0.08f}), "warning_yellow");
    return std::move(b).finish();
}

Model build_scrub_trolley() {
    ModelBuilder b("scrub_trolley");
    add_castors(b, b.root(), 0.46f, 0.26f, 0.04f, 0.1f);
    for (float x : {-0.46f, 0.46f})
        for (float z : {-0.26f, 0.26f}) b.add(rod({x, 0.1f, z}, {x, 0.86f, z}, 0.015f), "chrome");
    b.add(block({-0.5f, 0.3f, -0.3f}, {0.5f, 0.32f, 0.3f}), "steel");
    b.add(block({-0.5f, 0.86f, -0.3f}, {0.5f, 0.88f, 0.3f}), "steel");
    // Sterile drape and the laid-out instruments.
    b.add(block({-0.52f, 0.88f, -0.32f}, {0.52f, 0.89f, 0.32f}), "drape_green");
    for (float z : {-0.3f, 0.3f}) b.add(block({-0.52f, 0.72f, z - 0.005f}, {0.52f, 0.89f, z + 0.005f}), "drape_green");
    for (int k = 0; k < 9; ++k) {
        const float x = -0.4f + 0.07f * static_cast<float>(k);
        b.add(rod({x, 0.895f, -0.2f}, {x + 0.01f, 0.895f, 0.02f}, 0.005f), "chrome");
        b.add(ring({x + 0.01f, 0.895f, 0.04f}, 0.012f, 0.003f), "chrome");
    }
    b.add(turned({{0.0f, 0.0f}, {0.07f, 0.0f}, {0.11f, 0.06f}, {0.105f, 0.06f}, {0.065f, 0.006f}, {0.0f, 0.006f}}, {0.3f, 0.89f, 0.1f}),
          "chrome");
    b.add(block({0.18f, 0.89f, -0.25f}, {0.42f, 0.9f, -0.05f}), "badge_white");
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
