#include "scene/gltf_loader.h"

#include <algorithm>
#include <cmath>
#include <limits>

#include <gtest/gtest.h>

#include "gltf_fixtures.h"

namespace perfuse {
namespace {

using test::GltfSpec;

std::filesystem::path dirFor(const char* name) { return test::freshTempDir(std::string("loader_") + name); }

bool oneLine(const std::string& s) { return s.find('\n') == std::string::npos && s.find('\r') == std::string::npos; }

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

    const LoadResult r = loadGltf(file);
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

    const NodeId box = findNodeByName(r.scene, "Box");
    const NodeId copy = findNodeByName(r.scene, "BoxCopy");
    const NodeId root = findNodeByName(r.scene, "Root");
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
    const LoadResult r = loadGltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    const NodeId box = findNodeByName(r.scene, "Box");
    ASSERT_NE(box, kNoNode);
    EXPECT_EQ(r.scene.nodes[box].tag, "heart-lung-machine");
    EXPECT_EQ(r.scene.nodes[findNodeByName(r.scene, "BoxCopy")].tag, "BoxCopy");
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
    const LoadResult r = loadGltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    const NodeId box = findNodeByName(r.scene, "Box");
    ASSERT_NE(box, kNoNode);
    EXPECT_EQ(r.scene.nodes[box].mesh, kNoIndex);
    ASSERT_EQ(r.scene.nodes[box].children.size(), 2u);
    for (NodeId child : r.scene.nodes[box].children) {
        EXPECT_EQ(r.scene.nodes[child].tag, "bed");
        EXPECT_NE(r.scene.nodes[child].mesh, kNoIndex);
    }
    EXPECT_EQ(findNodesByTag(r.scene, "bed").size(), 3u);
}

TEST(GltfLoader, GeneratesNormalsWhenMissing) {
    GltfSpec spec = test::unitQuad();
    spec.normals.clear();
    const auto file = dirFor("normals") / "no_normals.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = loadGltf(file);
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

    const LoadResult r = loadGltf(dir / "models" / "quad.gltf");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
    const std::string& key = r.scene.materials.at(0).base_color_texture;
    EXPECT_EQ(std::filesystem::path(key), std::filesystem::absolute(dir / "textures" / "red.png").lexically_normal());
    const TextureImage* image = findTexture(r.scene, key);
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
    const LoadResult r = loadGltf(dir / "MODEL.GLTF");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
    const TextureImage* image = findTexture(r.scene, r.scene.materials.at(0).base_color_texture);
    ASSERT_NE(image, nullptr);
    EXPECT_FALSE(image->placeholder);
    EXPECT_EQ(image->rgba8[2], 255);
}

TEST(GltfLoader, MissingTextureWarnsAndGivesPlaceholder) {
    GltfSpec spec = test::unitQuad();
    spec.base_color_uri = "nowhere.png";
    const auto file = dirFor("missingtex") / "quad.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = loadGltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    ASSERT_EQ(r.warnings.size(), 1u);
    EXPECT_NE(r.warnings[0].find("nowhere.png"), std::string::npos) << r.warnings[0];
    EXPECT_NE(r.warnings[0].find("placeholder"), std::string::npos) << r.warnings[0];
    const TextureImage* image = findTexture(r.scene, r.scene.materials.at(0).base_color_texture);
    ASSERT_NE(image, nullptr);
    EXPECT_TRUE(image->placeholder);
    EXPECT_EQ(image->rgba8.size(), std::size_t(image->width_px) * image->height_px * 4);
}

TEST(GltfLoader, GlbWithEmbeddedPngDecodesTexture) {
    const GltfSpec spec = test::unitQuad();
    const auto file = dirFor("glb") / "quad.glb";
    test::writeBytes(file, test::glbBytes(spec, test::pngBytes(3, 5, {10, 20, 30, 255})));
    const LoadResult r = loadGltf(file);
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_TRUE(r.warnings.empty()) << r.warnings.front();
    ASSERT_EQ(r.scene.meshes.size(), 1u);
    EXPECT_EQ(r.scene.meshes[0].indices, spec.indices);
    const std::string& key = r.scene.materials.at(0).base_color_texture;
    EXPECT_NE(key.find("#embedded"), std::string::npos) << key;
    const TextureImage* image = findTexture(r.scene, key);
    ASSERT_NE(image, nullptr);
    EXPECT_FALSE(image->placeholder);
    EXPECT_EQ(image->width_px, 3u);
    EXPECT_EQ(image->height_px, 5u);
    EXPECT_EQ(image->rgba8[0], 10);
    EXPECT_EQ(image->rgba8[1], 20);
    EXPECT_EQ(image->rgba8[2], 30);
}

// ---- Broken input: one clear line naming the file, never a crash ----

TEST(GltfLoader, MissingFile) {
    const auto file = dirFor("missing") / "absent.gltf";
    const LoadResult r = loadGltf(file);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.error, file.string() + ": file not found");
    EXPECT_TRUE(r.scene.nodes.empty());
}

TEST(GltfLoader, WrongExtension) {
    const auto file = dirFor("ext") / "model.obj";
    test::writeText(file, "v 0 0 0\n");
    EXPECT_EQ(loadGltf(file).error, file.string() + ": not a glTF file (expected a .gltf or .glb extension)");
}

TEST(GltfLoader, TextThatIsNotJson) {
    const auto file = dirFor("notjson") / "model.gltf";
    test::writeText(file, "solid cube\nfacet normal 0 0 1\n");
    EXPECT_EQ(loadGltf(file).error, file.string() + ": not glTF JSON (does not start with '{')");
}

TEST(GltfLoader, GlbWithoutMagic) {
    const auto file = dirFor("nomagic") / "model.glb";
    test::writeText(file, "PK\x03\x04 this is a zip file, not a glb");
    EXPECT_EQ(loadGltf(file).error, file.string() + ": not a binary glTF (missing 'glTF' header)");
}

TEST(GltfLoader, EmptyFile) {
    const auto file = dirFor("empty") / "model.gltf";
    test::writeText(file, "");
    EXPECT_EQ(loadGltf(file).error, file.string() + ": file is empty");
}

TEST(GltfLoader, BrokenJsonIsOneLineNamingTheFile) {
    const auto file = dirFor("brokenjson") / "model.gltf";
    const std::string json = test::gltfJson(test::unitQuad());
    test::writeText(file, json.substr(0, json.size() / 2));
    const LoadResult r = loadGltf(file);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.rfind(file.string() + ": JSON parse error at line 1, column ", 0), 0u) << r.error;
    EXPECT_TRUE(oneLine(r.error)) << r.error;
}

TEST(GltfLoader, GltfOneIsRefusedByVersion) {
    const auto file = dirFor("version") / "model.gltf";
    std::string json = test::gltfJson(test::unitQuad());
    json.replace(json.find("\"version\":\"2.0\""), 15, "\"version\":\"1.0\"");
    test::writeText(file, json);
    EXPECT_EQ(loadGltf(file).error, file.string() + ": glTF version 1.0 is not supported (need 2.0)");
}

// Structural damage inside otherwise valid JSON: each gives one line that names the file and the part.
TEST(GltfLoader, StructuralErrorsNameTheProblem) {
    struct Case {
        const char* name;
        std::string find, replace, expect_in_error;
    };
    const Case cases[] = {
        {"child_index", "\"children\":[1,2]", "\"children\":[1,7]", "nodes"},
        {"node_cycle", "{\"name\":\"Box\",", "{\"name\":\"Box\",\"children\":[0],", "recursive"},
        {"accessor_index", "\"POSITION\":0", "\"POSITION\":9", "accessors"},
        {"accessor_count", "\"count\":4,\"type\":\"VEC3\",\"min\"", "\"count\":100000,\"type\":\"VEC3\",\"min\"",
         "out of range"},
        {"material_index", "\"material\":0", "\"material\":5", "materials"},
    };
    for (const Case& c : cases) {
        std::string json = test::gltfJson(test::unitQuad());
        const auto at = json.find(c.find);
        ASSERT_NE(at, std::string::npos) << c.name;
        json.replace(at, c.find.size(), c.replace);
        const auto file = dirFor(c.name) / "model.gltf";
        test::writeText(file, json);
        const LoadResult r = loadGltf(file);
        ASSERT_FALSE(r.ok()) << c.name;
        EXPECT_EQ(r.error.rfind(file.string() + ": ", 0), 0u) << r.error;
        EXPECT_NE(r.error.find(c.expect_in_error), std::string::npos) << c.name << ": " << r.error;
        EXPECT_TRUE(oneLine(r.error)) << r.error;
        EXPECT_TRUE(r.scene.nodes.empty() && r.scene.meshes.empty()) << c.name;
    }
}

TEST(GltfLoader, MissingBufferFile) {
    GltfSpec spec = test::unitQuad();
    spec.external_buffer_uri = "geometry.bin";
    const auto file = dirFor("nobuffer") / "model.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = loadGltf(file);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.rfind(file.string() + ": ", 0), 0u) << r.error;
    EXPECT_TRUE(oneLine(r.error)) << r.error;
}

TEST(GltfLoader, ExternalBufferFileLoads) {
    GltfSpec spec = test::unitQuad();
    spec.external_buffer_uri = "geometry.bin";
    const auto dir = dirFor("extbuffer");
    test::writeBytes(dir / "geometry.bin", test::geometryBytes(spec));
    test::writeText(dir / "model.gltf", test::gltfJson(spec));
    const LoadResult r = loadGltf(dir / "model.gltf");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.scene.meshes.at(0).indices, spec.indices);
}

TEST(GltfLoader, IndexOutOfRangeIsRejectedOrSkipped) {
    GltfSpec spec = test::unitQuad();
    spec.indices[4] = 99;
    const auto file = dirFor("badindex") / "model.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = loadGltf(file);
    // Rejected, or the bad triangle dropped with a warning; index 99 must never reach the renderer.
    for (const MeshData& mesh : r.scene.meshes)
        for (std::uint32_t index : mesh.indices) EXPECT_LT(index, mesh.vertices.size());
    if (r.ok()) {
        ASSERT_EQ(r.scene.meshes.size(), 1u);
        EXPECT_EQ(r.scene.meshes[0].indices, (std::vector<std::uint32_t>{0, 1, 2})) << "the good triangle is kept";
    }
    ASSERT_TRUE(!r.ok() || !r.warnings.empty()) << "silently repaired";
    const std::string& message = r.ok() ? r.warnings.at(0) : r.error;
    EXPECT_EQ(message.rfind(file.string() + ": ", 0), 0u) << message;
    EXPECT_TRUE(oneLine(message)) << message;
}

TEST(GltfLoader, NanPositionsAreRejected) {
    GltfSpec spec = test::unitQuad();
    spec.positions[2].y = std::numeric_limits<float>::quiet_NaN();
    spec.positions[3].x = std::numeric_limits<float>::infinity();
    const auto file = dirFor("nan") / "model.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = loadGltf(file);
    ASSERT_FALSE(r.ok()) << "the only mesh is unusable";
    EXPECT_EQ(r.error, file.string() + ": no usable meshes: mesh 'Quad' has NaN/Inf positions; skipped") << r.error;
    EXPECT_TRUE(r.scene.meshes.empty());
}

// Found by fuzzing: Assimp 5.2 dereferences a null pointer for an embedded image whose mimeType has
// no '/'. The precheck must turn that into an error before Assimp sees it.
TEST(GltfLoader, EmbeddedImageWithBadMimeTypeIsRefused) {
    std::vector<std::uint8_t> glb = test::glbBytes(test::unitQuad(), test::pngBytes(2, 2, {1, 2, 3, 4}));
    const std::string good = "image/png", bad = "imagexpng";
    const auto at = std::search(glb.begin(), glb.end(), good.begin(), good.end());
    ASSERT_NE(at, glb.end());
    std::copy(bad.begin(), bad.end(), at);
    const auto file = dirFor("mime") / "model.glb";
    test::writeBytes(file, glb);
    EXPECT_EQ(loadGltf(file).error,
              file.string() + ": images[0].mimeType is not a MIME type (expected e.g. image/png)");
}

// Also found by fuzzing: a sparse accessor without indices/values crashes Assimp 5.2.
TEST(GltfLoader, IncompleteSparseAccessorIsRefused) {
    std::string json = test::gltfJson(test::unitQuad());
    const std::string index_accessor = "{\"bufferView\":1,";
    json.replace(json.find(index_accessor), index_accessor.size(), "{\"sparse\":{\"count\":1},\"bufferView\":1,");
    const auto file = dirFor("sparse") / "model.gltf";
    test::writeText(file, json);
    EXPECT_EQ(loadGltf(file).error,
              file.string() + ": accessors[1].sparse is incomplete (needs count, indices and values)");
}

TEST(GltfLoader, GlbWithJsonChunkPastTheEnd) {
    std::vector<std::uint8_t> glb = test::glbBytes(test::unitQuad(), test::pngBytes(2, 2, {1, 2, 3, 4}));
    glb[12] = 0xFF;  // JSON chunk length, low byte
    glb[13] = 0xFF;
    const auto file = dirFor("glbchunk") / "model.glb";
    test::writeBytes(file, glb);
    EXPECT_EQ(loadGltf(file).error, file.string() + ": GLB JSON chunk runs past the end of the file");
}

// Every prefix of a valid file, and a valid GLB with bytes stomped, must load or fail cleanly.
TEST(GltfLoader, TruncatedAndCorruptedFilesNeverCrash) {
    const auto dir = dirFor("fuzz");
    const std::string json = test::gltfJson(test::unitQuad());
    for (std::size_t cut = 0; cut < json.size(); cut += 23) {
        const auto file = dir / ("cut" + std::to_string(cut) + ".gltf");
        test::writeText(file, json.substr(0, cut));
        const LoadResult r = loadGltf(file);
        if (!r.ok()) {
            EXPECT_TRUE(oneLine(r.error)) << r.error;
        }
    }
    const std::vector<std::uint8_t> glb = test::glbBytes(test::unitQuad(), test::pngBytes(2, 2, {1, 2, 3, 4}));
    for (std::size_t at = 0; at < glb.size(); at += 7) {
        std::vector<std::uint8_t> broken = glb;
        broken[at] ^= 0xA5;
        const auto file = dir / ("flip" + std::to_string(at) + ".glb");
        test::writeBytes(file, broken);
        const LoadResult r = loadGltf(file);
        if (!r.ok()) {
            EXPECT_TRUE(oneLine(r.error)) << r.error;
        }
        for (const MeshData& mesh : r.scene.meshes)
            for (std::uint32_t index : mesh.indices) ASSERT_LT(index, mesh.vertices.size());
    }
}

}  // namespace
}  // namespace perfuse
