// The shadow map is drawn again exactly when what it shows could have changed.
#include <gtest/gtest.h>
#include <glm/gtc/matrix_transform.hpp>

#include "render/gpu_mesh.h"
#include "render/shadow_map.h"

namespace perfuse {

namespace {
DrawItem caster(const GpuMesh& mesh, const glm::vec3& at) {
    DrawItem item;
    item.mesh = &mesh;
    item.model = glm::translate(glm::mat4(1.0f), at);
    return item;
}
}  // namespace

TEST(ShadowSignature, SameLightAndCastersSameSignature) {
    GpuMesh table, pump;
    const glm::mat4 light = glm::perspective(1.5f, 1.0f, 0.1f, 20.0f);
    const DrawList draws{caster(table, {0, 0, 0}), caster(pump, {1, 0, 0})};
    EXPECT_EQ(shadow_signature(light, draws), shadow_signature(light, DrawList(draws)));
    // Highlighting (hover glow) does not change shadows.
    DrawList highlighted = draws;
    highlighted[1].highlight = 1.0f;
    EXPECT_EQ(shadow_signature(light, draws), shadow_signature(light, highlighted));
}

TEST(ShadowSignature, MovingLightOrCasterChangesIt) {
    GpuMesh table, pump, tube;
    const glm::mat4 light = glm::perspective(1.5f, 1.0f, 0.1f, 20.0f);
    const DrawList draws{caster(table, {0, 0, 0}), caster(pump, {1, 0, 0})};
    const uint64_t base = shadow_signature(light, draws);
    EXPECT_NE(base, shadow_signature(glm::translate(light, {0.0f, 0.01f, 0.0f}), draws));
    DrawList moved = draws;
    moved[1].model = glm::translate(glm::mat4(1.0f), {1.001f, 0.0f, 0.0f});
    EXPECT_NE(base, shadow_signature(light, moved));
    DrawList added = draws;
    added.push_back(caster(tube, {0.5f, 1.0f, 0.0f}));
    EXPECT_NE(base, shadow_signature(light, added));
    DrawList swapped = draws;
    swapped[1].mesh = &tube;  // a part replaced by another mesh
    EXPECT_NE(base, shadow_signature(light, swapped));
    DrawList reshaped = draws;
    pump.index_count = 36;  // the same mesh rebuilt with other triangles
    EXPECT_NE(base, shadow_signature(light, reshaped));
}

TEST(ShadowSignature, SeeThroughDrawsCastNoShadowSoDoNotCount) {
    GpuMesh table, reservoir;
    const glm::mat4 light = glm::perspective(1.5f, 1.0f, 0.1f, 20.0f);
    const DrawList opaque{caster(table, {0, 0, 0})};
    DrawList with_clear = opaque;
    with_clear.push_back(caster(reservoir, {1, 0, 0}));
    with_clear.back().material.base_color.a = 0.4f;
    EXPECT_EQ(shadow_signature(light, opaque), shadow_signature(light, with_clear));
}

}  // namespace perfuse
