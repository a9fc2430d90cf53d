#include <gtest/gtest.h>

#include <algorithm>
#include <iterator>
#include <memory>

#include <glm/gtc/matrix_transform.hpp>

#include "geometry/primitives.h"
#include "gpu/device.h"
#include "gpu/instance.h"
#include "render/light_reach.h"
#include "render/mesh_pieces.h"
#include "render/scene_gpu.h"
#include "render/texture_table.h"
#include "scene/frustum.h"

namespace perfuse {

namespace {
// A camera at the origin looking down -Z at everything placed below.
Frustum wide_view() {
    const glm::mat4 view = glm::lookAt(glm::vec3(0.0f, 0.0f, 5.0f), glm::vec3(0.0f), glm::vec3(0.0f, 1.0f, 0.0f));
    return frustum_from_view_proj(glm::perspective(glm::radians(90.0f), 1.0f, 0.1f, 50.0f) * view);
}

uint32_t triangles(const DrawList& draws) {
    uint32_t count = 0;
    for (const DrawItem& item : draws) count += drawn_index_count(item) / 3;
    return count;
}

// Three grey boxes in a row, SPACING_M apart (one material), a red box (a material of its own) and a
// clear box. The boxes are 0.5 m wide.
struct TestScene {
    Scene scene;
    NodeId grey[3]{};
    NodeId red = kNoNode, clear = kNoNode;

    explicit TestScene(float spacing_m = 0.5f) {
        const int32_t box = add_mesh(scene, make_box(glm::vec3(0.5f)));
        const int32_t grey_material = add_material(scene, Material{.name = "grey"});
        const int32_t red_material = add_material(scene, Material{.name = "red", .base_color = {1.0f, 0.0f, 0.0f, 1.0f}});
        const int32_t clear_material = add_material(scene, Material{.name = "clear", .base_color = {1.0f, 1.0f, 1.0f, 0.3f}});
        for (int i = 0; i < 3; ++i) {
            grey[i] = add_node(scene, "grey", kNoNode, {.translation_m = {(float(i) - 1.0f) * spacing_m, 0.0f, 0.0f}});
            scene.nodes[grey[i]].mesh = box;
            scene.nodes[grey[i]].material = grey_material;
        }
        red = add_node(scene, "red", kNoNode, {.translation_m = {0.0f, 1.0f, 0.0f}});
        scene.nodes[red].mesh = box;
        scene.nodes[red].material = red_material;
        clear = add_node(scene, "clear", kNoNode, {.translation_m = {0.0f, -1.0f, 0.0f}});
        scene.nodes[clear].mesh = box;
        scene.nodes[clear].material = clear_material;
        update_world_transforms(scene);
    }
};
// Each test on a Vulkan device with validation on (lavapipe in CI): not one message may come.
struct VulkanForTest {
    explicit VulkanForTest(ValidationLog& log)
        : instance(InstanceOptions{.validation = true}, &log), device(instance, DeviceOptions{}), textures(device) {}
    Instance instance;
    Device device;
    TextureTable textures;
};

class StaticBatchesTest : public ::testing::Test {
protected:
    void TearDown() override {
        vulkan_.reset();
        EXPECT_EQ(log_.problem_count(), 0) << ::testing::PrintToString(log_.problems());
    }

    ValidationLog log_;
    std::unique_ptr<VulkanForTest> vulkan_ = std::make_unique<VulkanForTest>(log_);
    Device& device = vulkan_->device;
    TextureTable& textures = vulkan_->textures;
};
}  // namespace

TEST(PlaceInWorld, PositionsMovedAndNormalsAsTheVertexShaderTurnsThem) {
    const std::vector<Vertex> vertices = {{.position = {1.0f, 0.0f, 0.0f}, .normal = {1.0f, 1.0f, 0.0f}, .uv = {0.25f, 0.5f}}};
    // Stretched along x, turned a quarter about y, moved: the normal must stay at right angles to the
    // stretched surface (the inverse-transpose), not follow the stretch.
    const glm::mat4 model = glm::translate(glm::mat4(1.0f), glm::vec3(0.0f, 2.0f, 0.0f)) *
                            glm::rotate(glm::mat4(1.0f), glm::radians(90.0f), glm::vec3(0.0f, 1.0f, 0.0f)) *
                            glm::scale(glm::mat4(1.0f), glm::vec3(4.0f, 1.0f, 1.0f));
    const std::vector<Vertex> placed = place_in_world(vertices, model);
    ASSERT_EQ(placed.size(), 1u);
    EXPECT_NEAR(placed[0].position.x, 0.0f, 1e-5f);
    EXPECT_NEAR(placed[0].position.y, 2.0f, 1e-5f);
    EXPECT_NEAR(placed[0].position.z, -4.0f, 1e-5f);
    const glm::vec3 expected = glm::normalize(glm::transpose(glm::inverse(glm::mat3(model))) * vertices[0].normal);
    EXPECT_NEAR(glm::dot(glm::normalize(placed[0].normal), expected), 1.0f, 1e-5f);
    EXPECT_EQ(placed[0].uv, vertices[0].uv);
    // A mirroring transform keeps an outward normal outward.
    const glm::mat4 mirror = glm::scale(glm::mat4(1.0f), glm::vec3(-1.0f, 1.0f, 1.0f));
    const std::vector<Vertex> mirrored = place_in_world({{.position = {1.0f, 0.0f, 0.0f}, .normal = {1.0f, 0.0f, 0.0f}}}, mirror);
    EXPECT_LT(glm::normalize(mirrored[0].normal).x, -0.99f);
}

TEST_F(StaticBatchesTest, MergeByMaterialAndDrawChangedNodesOnTheirOwn) {
    TestScene t;
    Scene& scene = t.scene;
    const Frustum view = wide_view();
    const glm::vec3 eye(0.0f, 0.0f, 5.0f);
    DrawList unbatched_draws, draws;
    SceneGpu unbatched(device, scene, textures);
    unbatched.build_draws(scene, view, eye, {}, unbatched_draws);
    EXPECT_EQ(unbatched_draws.size(), 5u);
    EXPECT_EQ(unbatched.batch_count(), 0u);

    SceneGpu batched(device, scene, textures, 0.0f, Batching::by_material);
    EXPECT_EQ(batched.batch_count(), 1u);  // the grey boxes; the red one is alone, the clear one see-through
    batched.build_draws(scene, view, eye, {}, draws);
    ASSERT_EQ(draws.size(), 3u);
    EXPECT_EQ(triangles(draws), triangles(unbatched_draws));
    const auto grey_run = std::find_if(draws.begin(), draws.end(), [](const DrawItem& d) { return d.material.name == "grey"; });
    ASSERT_NE(grey_run, draws.end());
    EXPECT_EQ(grey_run->model, glm::mat4(1.0f));  // already placed in the world
    EXPECT_EQ(drawn_index_count(*grey_run), 3u * 36u);
    EXPECT_NEAR(grey_run->world_bounds.min.x, -0.75f, 1e-5f);
    EXPECT_NEAR(grey_run->world_bounds.max.x, 0.75f, 1e-5f);
    EXPECT_EQ(draws.back().material.name, "clear");  // see-through still last

    // Hidden in the middle: the batch splits into two runs around it.
    scene.nodes[t.grey[1]].visible = false;
    batched.build_draws(scene, view, eye, {}, draws);
    EXPECT_EQ(draws.size(), 4u);
    EXPECT_EQ(triangles(draws), triangles(unbatched_draws) - 12u);
    scene.nodes[t.grey[1]].visible = true;

    // Moved: drawn on its own with its new transform; the others stay batched.
    scene.nodes[t.grey[2]].local.translation_m.y = 0.5f;
    update_world_transforms(scene);
    batched.build_draws(scene, view, eye, {}, draws);
    EXPECT_EQ(draws.size(), 4u);
    EXPECT_EQ(triangles(draws), triangles(unbatched_draws));
    EXPECT_TRUE(std::any_of(draws.begin(), draws.end(),
                            [&](const DrawItem& d) { return d.model == scene.nodes[t.grey[2]].world; }));

    // Highlighted: on its own and glowing.
    batched.build_draws(scene, view, eye, {t.grey[0]}, draws);
    EXPECT_EQ(std::count_if(draws.begin(), draws.end(), [](const DrawItem& d) { return d.highlight > 0.0f; }), 1);
    EXPECT_EQ(triangles(draws), triangles(unbatched_draws));

    // Another material: drawn on its own, in that material.
    scene.nodes[t.grey[0]].material = scene.nodes[t.red].material;
    batched.build_draws(scene, view, eye, {}, draws);
    EXPECT_EQ(std::count_if(draws.begin(), draws.end(), [](const DrawItem& d) { return d.material.name == "red"; }), 2);

    // Out of view: a member behind the camera is left out of its run.
    scene.nodes[t.grey[0]].material = scene.nodes[t.grey[1]].material;
    scene.nodes[t.grey[2]].local.translation_m = {0.5f, 0.0f, 0.0f};
    update_world_transforms(scene);
    const glm::mat4 look_left = glm::lookAt(glm::vec3(-0.5f, 0.0f, 0.6f), glm::vec3(-0.5f, 0.0f, 0.0f), glm::vec3(0.0f, 1.0f, 0.0f));
    const Frustum narrow = frustum_from_view_proj(glm::perspective(glm::radians(30.0f), 1.0f, 0.1f, 50.0f) * look_left);
    batched.build_draws(scene, narrow, glm::vec3(-0.5f, 0.0f, 0.6f), {}, draws);
    EXPECT_EQ(triangles(draws), 12u);
}

// Each model brings its own copy of a shared material: copies equal in every field, the name too,
// share one batch, and members standing side by side share a run whatever their order in the scene.
TEST_F(StaticBatchesTest, EqualMaterialsShareABatchAndNeighboursARun) {
    Scene scene;
    const int32_t box = add_mesh(scene, make_box(glm::vec3(0.5f)));
    const int32_t grey = add_material(scene, Material{.name = "grey"});
    const int32_t grey_copy = add_material(scene, Material{.name = "grey"});
    const int32_t renamed = add_material(scene, Material{.name = "grey too"});  // same look, another name
    const auto place = [&](float x_m, int32_t material) {
        const NodeId id = add_node(scene, "box", kNoNode, {.translation_m = {x_m, 0.0f, 0.0f}});
        scene.nodes[id].mesh = box;
        scene.nodes[id].material = material;
        return id;
    };
    place(-0.5f, grey);       // in scene order: left, far right, then the copy's box beside the left one
    place(3.0f, grey);
    place(0.0f, grey_copy);
    place(-1.5f, renamed);
    update_world_transforms(scene);

    SceneGpu batched(device, scene, textures, 0.0f, Batching::by_material);
    EXPECT_EQ(batched.batch_count(), 1u);  // the three grey boxes; the renamed one is alone
    DrawList draws;
    const glm::mat4 view = glm::lookAt(glm::vec3(0.0f, 0.0f, 8.0f), glm::vec3(0.0f), glm::vec3(0.0f, 1.0f, 0.0f));
    const Frustum frustum = frustum_from_view_proj(glm::perspective(glm::radians(90.0f), 1.0f, 0.1f, 50.0f) * view);
    batched.build_draws(scene, frustum, glm::vec3(0.0f, 0.0f, 8.0f), {}, draws);
    ASSERT_EQ(draws.size(), 3u);
    EXPECT_EQ(triangles(draws), 4u * 12u);
    EXPECT_EQ(std::count_if(draws.begin(), draws.end(), [](const DrawItem& d) { return d.material.name == "grey too"; }), 1);
    const auto side_by_side = std::find_if(draws.begin(), draws.end(),
                                           [](const DrawItem& d) { return drawn_index_count(d) == 2u * 36u; });
    ASSERT_NE(side_by_side, draws.end());  // the left box and the copy's: one run
    EXPECT_NEAR(side_by_side->world_bounds.min.x, -0.75f, 1e-5f);
    EXPECT_NEAR(side_by_side->world_bounds.max.x, 0.25f, 1e-5f);
}

// Runs are sorted nearest first by their centre, so none may stretch across the room; and members the
// key light cannot reach are kept apart from those it can, so they get the pipeline without it.
TEST_F(StaticBatchesTest, RunsStayCompactAndSplitWhereTheKeyLightStops) {
    const auto grey_runs = [](const DrawList& draws) {
        DrawList runs;
        std::copy_if(draws.begin(), draws.end(), std::back_inserter(runs),
                     [](const DrawItem& d) { return d.material.name == "grey"; });
        return runs;
    };
    const Frustum view = wide_view();
    const glm::vec3 eye(0.0f, 0.0f, 5.0f);
    DrawList draws;

    TestScene spread(1.0f);  // boxes from x = -1.25 to 1.25: too long for one run
    SceneGpu spread_gpu(device, spread.scene, textures, 0.0f, Batching::by_material);
    spread_gpu.build_draws(spread.scene, view, eye, {}, draws);
    const DrawList spread_runs = grey_runs(draws);
    EXPECT_EQ(spread_runs.size(), 2u);
    EXPECT_EQ(triangles(spread_runs), 3u * 12u);
    for (const DrawItem& run : spread_runs) EXPECT_LE(run.world_bounds.size().x, 1.5f + 1e-5f);

    TestScene close;  // boxes side by side: one run, unless the key light tells them apart
    SceneGpu close_gpu(device, close.scene, textures, 0.0f, Batching::by_material);
    close_gpu.build_draws(close.scene, view, eye, {}, draws);
    EXPECT_EQ(grey_runs(draws).size(), 1u);
    // A narrow spot shining straight down on the left box: its cone, 0.2 m wide there, reaches
    // that box only.
    const SpotLight spot{.position = {-0.5f, 3.0f, 0.0f}, .direction = {0.0f, -1.0f, 0.0f}, .inner_angle_deg = 2.0f,
                         .outer_angle_deg = 3.0f};
    close_gpu.build_draws(close.scene, view, eye, {}, draws, &spot);
    const DrawList lit_split = grey_runs(draws);
    ASSERT_EQ(lit_split.size(), 2u);
    EXPECT_EQ(triangles(lit_split), 3u * 12u);
    const auto holds_left_box = [](const DrawItem& d) { return d.world_bounds.min.x < -0.7f; };
    const auto left = std::find_if(lit_split.begin(), lit_split.end(), holds_left_box);
    ASSERT_NE(left, lit_split.end());
    EXPECT_EQ(drawn_index_count(*left), 36u);  // the left box alone
}

// Far-off things are drawn with fewer triangles when the view asks for it (geometry/detail_levels.h),
// whether they are merged into a batch or drawn on their own; close up, and for shadow casters
// (no DetailChoice), every triangle is drawn.
TEST_F(StaticBatchesTest, FarOffMeshesDrawFewerTrianglesWhenTheViewAsks) {
    Scene scene;
    const int32_t ball = add_mesh(scene, make_sphere(0.1f, 48, 24));
    const int32_t grey = add_material(scene, Material{.name = "grey"});
    const int32_t red = add_material(scene, Material{.name = "red", .base_color = {1.0f, 0.0f, 0.0f, 1.0f}});
    for (int i = 0; i < 4; ++i) {  // three grey balls merge into a batch; the red one is drawn alone
        const NodeId id = add_node(scene, "ball", kNoNode, {.translation_m = {0.3f * float(i), 0.0f, 0.0f}});
        scene.nodes[id].mesh = ball;
        scene.nodes[id].material = i < 3 ? grey : red;
    }
    update_world_transforms(scene);
    SceneGpu gpu(device, scene, textures, 0.0f, Batching::by_material);
    ASSERT_EQ(gpu.batch_count(), 1u);
    const glm::mat4 projection = glm::perspective(glm::radians(60.0f), 16.0f / 9.0f, 0.05f, 100.0f);
    const DetailChoice detail{.pixels_per_radian = pixels_per_radian(projection, 720.0f)};
    const auto drawn_from = [&](float distance_m, const DetailChoice& choice) {
        const glm::vec3 eye(0.45f, 0.0f, distance_m);
        const glm::mat4 view = glm::lookAt(eye, glm::vec3(0.45f, 0.0f, 0.0f), glm::vec3(0.0f, 1.0f, 0.0f));
        DrawList draws;
        gpu.build_draws(scene, frustum_from_view_proj(projection * view), eye, {}, draws, nullptr, choice);
        EXPECT_EQ(draws.size(), 2u);  // the batch's one run and the red ball
        return triangles(draws);
    };
    const uint32_t full = 4u * uint32_t(make_sphere(0.1f, 48, 24).indices.size() / 3);
    EXPECT_EQ(drawn_from(0.5f, detail), full);  // close up: all of them
    EXPECT_EQ(drawn_from(20.0f, {}), full);     // not asked: all of them
    const uint32_t middle = drawn_from(1.0f, detail), far = drawn_from(20.0f, detail);
    EXPECT_LT(middle, full);
    EXPECT_LT(far, middle);
    EXPECT_LT(far, full / 2);
}

// The room's floor, walls and ceiling (Node::backdrop) enclose the rest: they are drawn after every
// other opaque draw, so the depth test spares what stands in front of them, in runs of their own
// of any length. The pieces of one big node batch together even with no other node.
TEST_F(StaticBatchesTest, TheBackdropIsDrawnLastInLongerRunsOfItsOwn) {
    TestScene room;  // three grey boxes, a red one and a clear one
    Scene& scene = room.scene;
    const int32_t floor_material = add_material(scene, Material{.name = "floor"});
    const NodeId floor = add_node(scene, "floor", kNoNode, {.translation_m = {0.0f, -0.5f, 0.0f}, .scale = {6.0f, 0.02f, 1.0f}});
    scene.nodes[floor].mesh = add_mesh(scene, make_box(glm::vec3(1.0f)));
    scene.nodes[floor].material = floor_material;
    scene.nodes[floor].backdrop = true;
    // A grey wall right beside the grey boxes: same material, but never in their runs.
    const NodeId wall = add_node(scene, "wall", kNoNode, {.translation_m = {1.0f, 0.0f, 0.0f}});
    scene.nodes[wall].mesh = scene.nodes[room.grey[0]].mesh;
    scene.nodes[wall].material = scene.nodes[room.grey[0]].material;
    scene.nodes[wall].backdrop = true;
    update_world_transforms(scene);

    SceneGpu gpu(device, scene, textures, 1.5f, Batching::by_material);  // cut into 1.5 m pieces
    DrawList draws;
    gpu.build_draws(scene, wide_view(), glm::vec3(0.0f, 0.0f, 5.0f), {}, draws);
    const auto is_floor = [](const DrawItem& d) { return d.material.name == "floor"; };
    const std::vector<MeshData> pieces = cut_into_pieces(scene.meshes[std::size_t(scene.nodes[floor].mesh)], {6.0f, 0.02f, 1.0f});
    uint32_t pieces_triangles = 0;
    for (const MeshData& piece : pieces) pieces_triangles += uint32_t(piece.indices.size() / 3);
    const auto floor_draws = std::count_if(draws.begin(), draws.end(), is_floor);
    EXPECT_EQ(floor_draws, 1);  // all 6 m of floor in one run
    const auto floor_triangles = [&](const DrawList& list) {
        uint32_t count = 0;
        for (const DrawItem& d : list)
            if (is_floor(d)) count += drawn_index_count(d) / 3;
        return count;
    };
    EXPECT_EQ(floor_triangles(draws), pieces_triangles);  // every piece, once

    // Order: the boxes, then the floor and the wall, then the see-through box.
    const auto first_backdrop = std::find_if(draws.begin(), draws.end(), [&](const DrawItem& d) {
        return is_floor(d) || (d.material.name == "grey" && d.world_bounds.min.x > 0.7f);
    });
    ASSERT_NE(first_backdrop, draws.end());
    const auto backdrop_count = std::distance(first_backdrop, draws.end()) - 1;
    EXPECT_EQ(backdrop_count, floor_draws + 1);  // the floor's runs and the wall
    EXPECT_LT(draws.back().material.base_color.a, 1.0f);
    for (auto it = first_backdrop; it != draws.end() - 1; ++it) {
        EXPECT_TRUE(is_floor(*it) || (it->material.name == "grey" && drawn_index_count(*it) == 36u));
    }
}

// A run tells the renderer whether the key light reaches its members: the bounds of a run can cross
// the cone when none of its members does, and testing them would shade the run for that light.
TEST_F(StaticBatchesTest, ARunSaysWhetherTheKeyLightReachesItsMembers) {
    Scene scene;
    const int32_t tile = add_mesh(scene, make_box(glm::vec3(1.0f, 0.02f, 1.0f)));
    const int32_t vinyl = add_material(scene, Material{.name = "vinyl"});
    // Two floor tiles either side of the lamp's pool, and one hung under the lamp, above the floor: in
    // the batch's spatial order the hung tile comes last, so the floor tiles are one run.
    for (const glm::vec3 at : {glm::vec3(-2.0f, -0.5f, 0.0f), glm::vec3(2.0f, -0.5f, 0.0f), glm::vec3(0.0f, 1.5f, 0.0f)}) {
        const NodeId id = add_node(scene, "tile", kNoNode, {.translation_m = at});
        scene.nodes[id].mesh = tile;
        scene.nodes[id].material = vinyl;
        scene.nodes[id].backdrop = true;
    }
    update_world_transforms(scene);
    SceneGpu gpu(device, scene, textures, 0.0f, Batching::by_material);
    // A narrow spot straight down on the hung tile, and on the floor between the other two.
    const SpotLight spot{.position = {0.0f, 2.5f, 0.0f}, .direction = {0.0f, -1.0f, 0.0f}, .inner_angle_deg = 2.0f,
                         .outer_angle_deg = 3.0f};
    DrawList draws;
    gpu.build_draws(scene, wide_view(), glm::vec3(0.0f, 0.0f, 5.0f), {}, draws, &spot);
    ASSERT_EQ(draws.size(), 2u);
    for (const DrawItem& d : draws) {
        ASSERT_TRUE(d.key_light_reaches.has_value());
        const bool middle = d.world_bounds.size().x < 1.5f;
        EXPECT_EQ(*d.key_light_reaches, middle);
        // The outer tiles' run spans the cone, though neither tile is in it.
        EXPECT_TRUE(spot_reaches_bounds(spot, d.world_bounds, glm::mat4(1.0f)));
    }
    // Without a key light nothing is known, and the renderer tests the bounds.
    gpu.build_draws(scene, wide_view(), glm::vec3(0.0f, 0.0f, 5.0f), {}, draws);
    ASSERT_EQ(draws.size(), 1u);
    EXPECT_FALSE(draws.front().key_light_reaches.has_value());
}

}  // namespace perfuse
