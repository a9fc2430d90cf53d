#include "scene/gltf_loader.h"


#include <gtest/gtest.h>

#include "gltf_fixtures.h"

namespace perfuse {
namespace {

using test::GltfSpec;

std::filesystem::path dirFor(const char* name) { return test::freshTempDir(std::string("loader_") + name); }

void expectVec3(glm::vec3 got, glm::vec3 want) {
    EXPECT_NEAR(got.x, want.x, 1e-6f);
    EXPECT_NEAR(got.y, want.y, 1e-6f);
    EXPECT_NEAR(got.z, want.z, 1e-6f);
}

TEST(GltfLoader, RoundTripsGeometryHierarchyAndMaterial) {
    GltfSpec spec = test::unitQuad();
    spec.base_color = {0.2f, 0.4f, 0.6f, 0.5f};
    spec.metallic = 0.25f;
    spec.roughness = 0.75f;
    spec.emissive = {1.0f, 0.5f, 0.0f};
    spec.root_translation_m = {0.0f, 0.0f, -3.0f};
    const auto file = dirFor("roundtrip") / "quad.gltf";
    test::writeText(file, test::gltfJson(spec));

    const LoadResult r = load_gltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
    ASSERT_EQ(r.scene.meshes.size(), 1u) << "both nodes draw the same glTF mesh: one shared MeshData";
    const MeshData& mesh = r.scene.meshes[0];
    ASSERT_EQ(mesh.vertices.size(), spec.positions.size());
    EXPECT_EQ(mesh.indices, spec.indices);
    for (std::size_t i = 0; i < spec.positions.size(); ++i) {
        expectVec3(mesh.vertices[i].position, spec.positions[i]);
        expectVec3(mesh.vertices[i].normal, spec.normals[i]);
        EXPECT_NEAR(mesh.vertices[i].uv.x, spec.uvs[i].x, 1e-6f) << "vertex " << i;
        EXPECT_NEAR(mesh.vertices[i].uv.y, spec.uvs[i].y, 1e-6f) << "vertex " << i << ": V must keep glTF's top-left origin";
    }

    ASSERT_EQ(r.scene.materials.size(), 1u);
    const Material& m = r.scene.materials[0];
    EXPECT_EQ(m.name, "Steel");
    EXPECT_NEAR(m.base_color.r, 0.2f, 1e-6f);
    EXPECT_NEAR(m.base_color.g, 0.4f, 1e-6f);
    EXPECT_NEAR(m.base_color.b, 0.6f, 1e-6f);
    EXPECT_NEAR(m.base_color.a, 0.5f, 1e-6f);
    EXPECT_NEAR(m.metallic, 0.25f, 1e-6f);
    EXPECT_NEAR(m.roughness, 0.75f, 1e-6f);
    expectVec3(m.emissive, spec.emissive);
    EXPECT_TRUE(m.base_color_texture.empty());

    const NodeId box = find_node_by_name(r.scene, "Box");
    const NodeId copy = find_node_by_name(r.scene, "BoxCopy");
    const NodeId root = find_node_by_name(r.scene, "Root");
    ASSERT_NE(box, kNoNode);
    ASSERT_NE(copy, kNoNode);
    ASSERT_NE(root, kNoNode);
    EXPECT_EQ(r.scene.nodes[box].parent, root);
    EXPECT_EQ(r.scene.nodes[copy].parent, root);
    EXPECT_EQ(r.scene.nodes[box].mesh, r.scene.nodes[copy].mesh);
    EXPECT_EQ(r.scene.nodes[box].material, 0);
    EXPECT_EQ(r.scene.nodes[box].tag, "Box") << "without extras the tag is the node name";
    expectVec3(glm::vec3(r.scene.nodes[copy].world[3]), {2.0f, 0.0f, -3.0f});
    expectVec3(r.scene.nodes[copy].world_bounds.min, {2.0f, 0.0f, -3.0f});
    expectVec3(r.scene.nodes[copy].world_bounds.max, {3.0f, 1.0f, -3.0f});
}

TEST(GltfLoader, TagComesFromNodeExtras) {
    GltfSpec spec = test::unitQuad();
    spec.box_tag = "heart-lung-machine";
    const auto file = dirFor("tag") / "tagged.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = load_gltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    const NodeId box = find_node_by_name(r.scene, "Box");
    ASSERT_NE(box, kNoNode);
    EXPECT_EQ(r.scene.nodes[box].tag, "heart-lung-machine");
    EXPECT_EQ(r.scene.nodes[find_node_by_name(r.scene, "BoxCopy")].tag, "BoxCopy");
}

TEST(GltfLoader, MultiPrimitiveMeshBecomesChildNodesWithTheTag) {
    GltfSpec spec = test::unitQuad();
    spec.box_tag = "bed";
    std::string json = test::gltfJson(spec);
    const std::string primitive_start = "\"primitives\":[";
    const auto begin = json.find(primitive_start) + primitive_start.size();
    const auto end = json.find("]}]", begin);  // end of the primitives array
    const std::string primitive = json.substr(begin, end - begin);
    json.insert(end, "," + primitive);
    const auto file = dirFor("multiprim") / "model.gltf";
    test::writeText(file, json);
    const LoadResult r = load_gltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    const NodeId box = find_node_by_name(r.scene, "Box");
    ASSERT_NE(box, kNoNode);
    EXPECT_EQ(r.scene.nodes[box].mesh, kNoIndex);
    ASSERT_EQ(r.scene.nodes[box].children.size(), 2u);
    for (NodeId child : r.scene.nodes[box].children) {
        EXPECT_EQ(r.scene.nodes[child].tag, "bed");
        EXPECT_NE(r.scene.nodes[child].mesh, kNoIndex);
    }
    EXPECT_EQ(find_nodes_by_tag(r.scene, "bed").size(), 3u);
}

TEST(GltfLoader, GeneratesNormalsWhenMissing) {
    GltfSpec spec = test::unitQuad();
    spec.normals.clear();
    const auto file = dirFor("normals") / "no_normals.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = load_gltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.scene.meshes.size(), 1u);
    for (const Vertex& v : r.scene.meshes[0].vertices) expectVec3(v.normal, {0.0f, 0.0f, 1.0f});
}

TEST(GltfLoader, DecodesTextureFileRelativeToTheModel) {
    const auto dir = dirFor("texfile");
    test::writeBytes(dir / "textures" / "red.png", test::pngBytes(4, 2, {255, 0, 0, 255}));
    GltfSpec spec = test::unitQuad();
    spec.base_color_uri = "textures/red.png";
    test::writeText(dir / "models" / "quad.gltf", test::gltfJson(spec));
    // The texture lives beside the model's folder, not beside the working directory.
    spec.base_color_uri = "../textures/red.png";
    test::writeText(dir / "models" / "quad.gltf", test::gltfJson(spec));

    const LoadResult r = load_gltf(dir / "models" / "quad.gltf");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
    const std::string& key = r.scene.materials.at(0).base_color_texture;
    EXPECT_EQ(std::filesystem::path(key), std::filesystem::absolute(dir / "textures" / "red.png").lexically_normal());
    const TextureImage* image = find_texture(r.scene, key);
    ASSERT_NE(image, nullptr);
    EXPECT_FALSE(image->placeholder);
    EXPECT_EQ(image->width_px, 4u);
    EXPECT_EQ(image->height_px, 2u);
    ASSERT_EQ(image->rgba8.size(), 4u * 2u * 4u);
    EXPECT_EQ(image->rgba8[0], 255);
    EXPECT_EQ(image->rgba8[1], 0);
}

TEST(GltfLoader, PercentEncodedTextureUriAndUpperCaseExtension) {
    const auto dir = dirFor("percent");
    test::writeBytes(dir / "scrub blue.png", test::pngBytes(1, 1, {0, 0, 255, 255}));
    GltfSpec spec = test::unitQuad();
    spec.base_color_uri = "scrub%20blue.png";
    test::writeText(dir / "MODEL.GLTF", test::gltfJson(spec));
    const LoadResult r = load_gltf(dir / "MODEL.GLTF");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
    const TextureImage* image = find_texture(r.scene, r.scene.materials.at(0).base_color_texture);
    ASSERT_NE(image, nullptr);
    EXPECT_FALSE(image->placeholder);
    EXPECT_EQ(image->rgba8[2], 255);
}

TEST(GltfLoader, MissingTextureWarnsAndGivesPlaceholder) {
    GltfSpec spec = test::unitQuad();
    spec.base_color_uri = "nowhere.png";
    const auto file = dirFor("missingtex") / "quad.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = load_gltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("nowhere.png"), std::string::npos) << r.warnings[0];
    EXPECT_NE(r.warnings[0].find("placeholder"), std::string::npos) << r.warnings[0];
    const TextureImage* image = find_texture(r.scene, r.scene.materials.at(0).base_color_texture);
    ASSERT_NE(image, nullptr);
    EXPECT_TRUE(image->placeholder);
    EXPECT_EQ(image->rgba8.size(), std::size_t(image->width_px) * image->height_px * 4);
}

TEST(GltfLoader, GlbWithEmbeddedPngDecodesTexture) {
    const GltfSpec spec = test::unitQuad();
    const auto file = dirFor("glb") / "quad.glb";
    test::writeBytes(file, test::glbBytes(spec, test::pngBytes(3, 5, {10, 20, 30, 255})));
    const LoadResult r = load_gltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
    ASSERT_EQ(r.scene.meshes.size(), 1u);
    EXPECT_EQ(r.scene.meshes[0].indices, spec.indices);
    const std::string& key = r.scene.materials.at(0).base_color_texture;
    EXPECT_NE(key.find("#embedded"), std::string::npos) << key;
    const TextureImage* image = find_texture(r.scene, key);
    ASSERT_NE(image, nullptr);
    EXPECT_FALSE(image->placeholder);
    EXPECT_EQ(image->width_px, 3u);
    EXPECT_EQ(image->height_px, 5u);
    EXPECT_EQ(image->rgba8[0], 10);
    EXPECT_EQ(image->rgba8[1], 20);
    EXPECT_EQ(image->rgba8[2], 30);
}

}  // namespace
}  // namespace perfuse
