#include "scene/scene_merge.h"

#include <gtest/gtest.h>

#include "test_meshes.h"

namespace perfuse {
namespace {

// A "model" as the loader would give it: a root with a body and a screen child, one material, a texture.
Scene makeMonitorModel() {
    Scene model;
    const std::int32_t box = add_mesh(model, test::boxMesh({0.2f, 0.15f, 0.05f}));
    Material screen;
    screen.name = "screen";
    screen.base_color_texture = "monitor.png";
    const std::int32_t material = add_material(model, screen);
    model.textures.push_back(placeholder_image("monitor.png"));
    const NodeId root = add_node(model, "monitor");
    const NodeId body = test::addBoxNode(model, box, {0, 1, 0}, "body", root);
    model.nodes[body].material = material;
    const NodeId cable = add_node(model, "cable", body);
    model.nodes[cable].collidable = false;
    model.nodes[cable].backdrop = true;
    update_world_transforms(model);
    return model;
}

TEST(SceneMerge, InstancesShareOneCopyOfTheAssets) {
    Scene world;
    add_mesh(world, test::boxMesh({5, 0.01f, 5}));  // the floor: offsets must be applied
    add_material(world, Material{});
    const Scene model = makeMonitorModel();
    const ModelAssets assets = append_assets(world, model);
    EXPECT_EQ(assets.first_mesh, 1);
    EXPECT_EQ(assets.first_material, 1);

    Transform left, right;
    left.translation_m = {-2, 0, 0};
    right.translation_m = {2, 0, 0};
    const NodeId a = instantiate(world, model, assets, kNoNode, left, "monitor-left", "patient-monitor");
    const NodeId b = instantiate(world, model, assets, kNoNode, right, "monitor-right");
    append_assets(world, model);  // a second append must not duplicate textures by key
    update_world_transforms(world);

    EXPECT_EQ(world.textures.size(), 1u);
    ASSERT_EQ(world.nodes[a].children.size(), 1u);
    const NodeId body_a = world.nodes[world.nodes[a].children[0]].children.at(0);
    const NodeId body_b = world.nodes[world.nodes[b].children[0]].children.at(0);
    EXPECT_EQ(world.nodes[body_a].mesh, 1);
    EXPECT_EQ(world.nodes[body_b].mesh, 1) << "both instances draw the same mesh";
    EXPECT_EQ(world.nodes[body_a].material, 1);
    EXPECT_EQ(world.nodes[body_a].tag, "patient-monitor") << "instance tag overrides";
    EXPECT_EQ(world.nodes[body_b].tag, "body") << "no instance tag: the model's own";
    EXPECT_FALSE(world.nodes[world.nodes[body_a].children.at(0)].collidable) << "flags are copied";
    EXPECT_TRUE(world.nodes[world.nodes[body_a].children.at(0)].backdrop) << "flags are copied";
    EXPECT_FALSE(world.nodes[body_a].backdrop);
    const Bounds ba = subtree_bounds(world, a);
    EXPECT_NEAR(ba.center().x, -2.0f, 1e-5f);
    EXPECT_NEAR(ba.center().y, 1.0f, 1e-5f);
    EXPECT_NEAR(subtree_bounds(world, b).center().x, 2.0f, 1e-5f);
}

TEST(SceneMerge, SubtreeBoundsSkipsHiddenParts) {
    Scene scene;
    const std::int32_t box = add_mesh(scene, test::boxMesh({0.5f, 0.5f, 0.5f}));
    const NodeId root = test::addBoxNode(scene, box, {0, 0, 0}, "root");
    const NodeId far = test::addBoxNode(scene, box, {10, 0, 0}, "far", root);
    update_world_transforms(scene);
    EXPECT_NEAR(subtree_bounds(scene, root).max.x, 10.5f, 1e-5f);
    scene.nodes[far].visible = false;
    EXPECT_NEAR(subtree_bounds(scene, root).max.x, 0.5f, 1e-5f);
    EXPECT_TRUE(subtree_bounds(scene, kNoNode).empty());
}

}  // namespace
}  // namespace perfuse
