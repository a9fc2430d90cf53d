#include <gtest/gtest.h>

#include "scene/tint.h"

namespace perfuse {

TEST(Tint, RecolouringOneTubeLeavesItsTwinAlone) {
    Scene scene;
    MeshData triangle;
    triangle.vertices = {Vertex{.position = {0, 0, 0}}, Vertex{.position = {1, 0, 0}}, Vertex{.position = {0, 1, 0}}};
    triangle.indices = {0, 1, 2};
    const std::int32_t mesh = add_mesh(scene, triangle);
    const std::int32_t shared = add_material(scene, Material{.name = "tubing", .base_color = {0.4f, 0.0f, 0.0f, 1.0f}});
    const NodeId venous = add_node(scene, "venous_line");
    const NodeId arterial = add_node(scene, "arterial_line");
    scene.nodes[venous].mesh = scene.nodes[arterial].mesh = mesh;
    scene.nodes[venous].material = scene.nodes[arterial].material = shared;

    const glm::vec4 bright{0.9f, 0.05f, 0.05f, 1.0f};
    ASSERT_TRUE(set_node_color(scene, arterial, bright));
    EXPECT_NE(scene.nodes[arterial].material, shared);
    EXPECT_EQ(scene.materials[std::size_t(scene.nodes[arterial].material)].base_color, bright);
    EXPECT_EQ(scene.materials[std::size_t(shared)].base_color, glm::vec4(0.4f, 0.0f, 0.0f, 1.0f));
    // A second tint reuses the node's own material instead of adding another each frame.
    const std::size_t materials = scene.materials.size();
    ASSERT_TRUE(set_node_color(scene, arterial, glm::vec4(0.5f)));
    EXPECT_EQ(scene.materials.size(), materials);
}

TEST(Tint, NodesWithoutMeshesAreRefused) {
    Scene scene;
    const NodeId group = add_node(scene, "group");
    EXPECT_FALSE(set_node_color(scene, group, glm::vec4(1.0f)));
    EXPECT_FALSE(set_node_color(scene, 42, glm::vec4(1.0f)));
}

TEST(Tint, BlendClampsToTheEnds) {
    const glm::vec4 venous{0.3f, 0.0f, 0.05f, 1.0f}, arterial{0.9f, 0.1f, 0.1f, 1.0f};
    EXPECT_EQ(blend_color(venous, arterial, -1.0f), venous);
    EXPECT_EQ(blend_color(venous, arterial, 2.0f), arterial);
    EXPECT_FLOAT_EQ(blend_color(venous, arterial, 0.5f).r, 0.6f);
}

}  // namespace perfuse
