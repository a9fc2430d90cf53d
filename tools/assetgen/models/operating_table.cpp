// Operating table: 2.0 m long (X, head at -X) x 0.55 m wide, mattress top at 0.9 m, on a single column.
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_operating_table() {
    ModelBuilder b("operating_table");
    b.add(rounded_block({-0.5f, 0.0f, -0.3f}, {0.5f, 0.09f, 0.3f}, 0.03f), "mid_grey");
    b.add(rounded_block({-0.16f, 0.09f, -0.14f}, {0.16f, 0.74f, 0.14f}, 0.04f), "light_grey");
    b.add(rounded_block({-0.24f, 0.7f, -0.2f}, {0.24f, 0.78f, 0.2f}, 0.02f), "mid_grey");
    b.add(block({-1.0f, 0.78f, -0.25f}, {1.0f, 0.84f, 0.25f}), "steel");
    // Separate head, back, seat and leg sections, as on real tables.
    const float cuts[] = {-1.0f, -0.72f, -0.05f, 0.35f, 1.0f};
    for (int k = 0; k < 4; ++k)
        b.add(rounded_block({cuts[k] + 0.005f, 0.84f, -0.275f}, {cuts[k + 1] - 0.005f, 0.9f, 0.275f}, 0.025f), "mattress");
    // Accessory side rails on short posts.
    for (float z : {-0.29f, 0.29f}) {
        b.add(block({-0.95f, 0.79f, z - 0.005f}, {0.95f, 0.82f, z + 0.005f}), "chrome");
        for (float x : {-0.9f, -0.3f, 0.3f, 0.9f})
            b.add(block({x - 0.02f, 0.79f, z * 0.88f}, {x + 0.02f, 0.82f, z}), "chrome");
    }
    // Foot-pedal control and handset cable.
    b.add(rounded_block({0.52f, 0.0f, 0.1f}, {0.72f, 0.06f, 0.26f}, 0.02f), "dark_grey");
    b.add(hose({{0.5f, 0.04f, 0.18f}, {0.3f, 0.03f, 0.2f}, {0.1f, 0.05f, 0.15f}}, 0.006f), "dark_grey");
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
