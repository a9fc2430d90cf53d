// ICU bed: 2.1 m long (head at -X) x 1.0 m wide, mattress top at 0.72 m, with head and foot boards,
// split side rails, bumper wheels and a nurse control panel on the foot board.
#include "models.h"
#include "parts.h"

namespace perfuse::assetgen {

Model build_icu_bed() {
    ModelBuilder b("icu_bed");
    add_castors(b, b.root(), 0.85f, 0.38f, 0.07f, 0.2f);
    b.add(block({-0.95f, 0.2f, -0.4f}, {0.95f, 0.3f, 0.4f}), "mid_grey");
    for (float x : {-0.5f, 0.5f}) b.add(block({x - 0.06f, 0.3f, -0.25f}, {x + 0.06f, 0.55f, 0.25f}), "light_grey");
    b.add(block({-1.0f, 0.55f, -0.45f}, {1.0f, 0.6f, 0.45f}), "light_grey");
    b.add(rounded_block({-0.98f, 0.6f, -0.44f}, {0.98f, 0.72f, 0.44f}, 0.04f), "accent_blue");
    b.add(rounded_block({-1.08f, 0.45f, -0.48f}, {-1.0f, 1.15f, 0.48f}, 0.03f), "white_enamel");
    b.add(rounded_block({1.0f, 0.45f, -0.48f}, {1.08f, 1.0f, 0.48f}, 0.03f), "white_enamel");
    b.add(block({1.08f, 0.8f, -0.2f}, {1.09f, 0.95f, 0.2f}), "screen_blue");
    // Split side rails, folded up.
    for (float z : {-0.47f, 0.47f}) {
        for (float x0 : {-0.9f, 0.05f}) {
            b.add(rounded_block({x0, 0.78f, z - 0.015f}, {x0 + 0.75f, 0.98f, z + 0.015f}, 0.012f), "white_enamel");
            b.add(block({x0 + 0.1f, 0.6f, z - 0.01f}, {x0 + 0.14f, 0.78f, z + 0.01f}), "steel");
            b.add(block({x0 + 0.6f, 0.6f, z - 0.01f}, {x0 + 0.64f, 0.78f, z + 0.01f}), "steel");
        }
    }
    for (float x : {-1.1f, 1.1f})
        for (float z : {-0.42f, 0.42f}) b.add(rod({x, 0.3f, z}, {x, 0.42f, z}, 0.03f), "dark_grey");
    return std::move(b).finish();
}

}  // namespace perfuse::assetgen
