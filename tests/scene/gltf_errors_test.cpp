// Broken glTF input: one clear line naming the file and the problem, or the bad part skipped with a
// warning; never a crash.
#include "scene/gltf_loader.h"

#include <algorithm>
#include <limits>

#include <gtest/gtest.h>

#include "gltf_fixtures.h"

namespace perfuse {
namespace {

using test::GltfSpec;

std::filesystem::path dirFor(const char* name) { return test::freshTempDir(std::string("errors_") + name); }

bool oneLine(const std::string& s) { return s.find('\n') == std::string::npos && s.find('\r') == std::string::npos; }

TEST(GltfErrors, MissingFile) {
    const auto file = dirFor("missing") / "absent.gltf";
    const LoadResult r = load_gltf(file);
    EXPECT_FALSE(r.ok());
    EXPECT_EQ(r.error, file.string() + ": file not found");
    EXPECT_TRUE(r.scene.nodes.empty());
}

TEST(GltfErrors, WrongExtension) {
    const auto file = dirFor("ext") / "model.obj";
    test::writeText(file, "v 0 0 0\n");
    EXPECT_EQ(load_gltf(file).error, file.string() + ": not a glTF file (expected a .gltf or .glb extension)");
}

TEST(GltfErrors, TextThatIsNotJson) {
    const auto file = dirFor("notjson") / "model.gltf";
    test::writeText(file, "solid cube\nfacet normal 0 0 1\n");
    EXPECT_EQ(load_gltf(file).error, file.string() + ": not glTF JSON (does not start with '{')");
}

TEST(GltfErrors, GlbWithoutMagic) {
    const auto file = dirFor("nomagic") / "model.glb";
    test::writeText(file, "PK\x03\x04 this is a zip file, not a glb");
    EXPECT_EQ(load_gltf(file).error, file.string() + ": not a binary glTF (missing 'glTF' header)");
}

TEST(GltfErrors, EmptyFile) {
    const auto file = dirFor("empty") / "model.gltf";
    test::writeText(file, "");
    EXPECT_EQ(load_gltf(file).error, file.string() + ": file is empty");
}

TEST(GltfErrors, BrokenJsonIsOneLineNamingTheFile) {
    const auto file = dirFor("brokenjson") / "model.gltf";
    const std::string json = test::gltfJson(test::unitQuad());
    test::writeText(file, json.substr(0, json.size() / 2));
    const LoadResult r = load_gltf(file);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.rfind(file.string() + ": JSON parse error at line 1, column ", 0), 0u) << r.error;
    EXPECT_TRUE(oneLine(r.error)) << r.error;
}

TEST(GltfErrors, GltfOneIsRefusedByVersion) {
    const auto file = dirFor("version") / "model.gltf";
    std::string json = test::gltfJson(test::unitQuad());
    json.replace(json.find("\"version\":\"2.0\""), 15, "\"version\":\"1.0\"");
    test::writeText(file, json);
    EXPECT_EQ(load_gltf(file).error, file.string() + ": glTF version 1.0 is not supported (need 2.0)");
}

// Structural damage inside otherwise valid JSON: each gives one line that names the file and the part.
TEST(GltfErrors, StructuralErrorsNameTheProblem) {
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
        const LoadResult r = load_gltf(file);
        ASSERT_FALSE(r.ok()) << c.name;
        EXPECT_EQ(r.error.rfind(file.string() + ": ", 0), 0u) << r.error;
        EXPECT_NE(r.error.find(c.expect_in_error), std::string::npos) << c.name << ": " << r.error;
        EXPECT_TRUE(oneLine(r.error)) << r.error;
        EXPECT_TRUE(r.scene.nodes.empty() && r.scene.meshes.empty()) << c.name;
    }
}

TEST(GltfErrors, MissingBufferFile) {
    GltfSpec spec = test::unitQuad();
    spec.external_buffer_uri = "geometry.bin";
    const auto file = dirFor("nobuffer") / "model.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = load_gltf(file);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error.rfind(file.string() + ": ", 0), 0u) << r.error;
    EXPECT_TRUE(oneLine(r.error)) << r.error;
}

TEST(GltfErrors, ExternalBufferFileLoads) {
    GltfSpec spec = test::unitQuad();
    spec.external_buffer_uri = "geometry.bin";
    const auto dir = dirFor("extbuffer");
    test::writeBytes(dir / "geometry.bin", test::geometryBytes(spec));
    test::writeText(dir / "model.gltf", test::gltfJson(spec));
    const LoadResult r = load_gltf(dir / "model.gltf");
    ASSERT_TRUE(r.ok()) << r.error;
    EXPECT_EQ(r.scene.meshes.at(0).indices, spec.indices);
}

TEST(GltfErrors, IndexOutOfRangeIsRejectedOrSkipped) {
    GltfSpec spec = test::unitQuad();
    spec.indices[4] = 99;
    const auto file = dirFor("badindex") / "model.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = load_gltf(file);
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

TEST(GltfErrors, NanPositionsAreRejected) {
    GltfSpec spec = test::unitQuad();
    spec.positions[2].y = std::numeric_limits<float>::quiet_NaN();
    spec.positions[3].x = std::numeric_limits<float>::infinity();
    const auto file = dirFor("nan") / "model.gltf";
    test::writeText(file, test::gltfJson(spec));
    const LoadResult r = load_gltf(file);
    ASSERT_FALSE(r.ok()) << "the only mesh is unusable";
    EXPECT_EQ(r.error, file.string() + ": no usable meshes: mesh 'Quad' has NaN/Inf positions; skipped") << r.error;
    EXPECT_TRUE(r.scene.meshes.empty());
}

// Found by fuzzing: Assimp 5.2 dereferences a null pointer for an embedded image whose mimeType has
// no '/'. The precheck must turn that into an error before Assimp sees it.
TEST(GltfErrors, EmbeddedImageWithBadMimeTypeIsRefused) {
    std::vector<std::uint8_t> glb = test::glbBytes(test::unitQuad(), test::pngBytes(2, 2, {1, 2, 3, 4}));
    const std::string good = "image/png", bad = "imagexpng";
    const auto at = std::search(glb.begin(), glb.end(), good.begin(), good.end());
    ASSERT_NE(at, glb.end());
    std::copy(bad.begin(), bad.end(), at);
    const auto file = dirFor("mime") / "model.glb";
    test::writeBytes(file, glb);
    EXPECT_EQ(load_gltf(file).error,
              file.string() + ": images[0].mimeType is not a MIME type (expected e.g. image/png)");
}

// Also found by fuzzing: a sparse accessor without indices/values crashes Assimp 5.2.
TEST(GltfErrors, IncompleteSparseAccessorIsRefused) {
    std::string json = test::gltfJson(test::unitQuad());
    const std::string index_accessor = "{\"bufferView\":1,";
    json.replace(json.find(index_accessor), index_accessor.size(), "{\"sparse\":{\"count\":1},\"bufferView\":1,");
    const auto file = dirFor("sparse") / "model.gltf";
    test::writeText(file, json);
    EXPECT_EQ(load_gltf(file).error,
              file.string() + ": accessors[1].sparse is incomplete (needs count, indices and values)");
}

TEST(GltfErrors, GlbWithJsonChunkPastTheEnd) {
    std::vector<std::uint8_t> glb = test::glbBytes(test::unitQuad(), test::pngBytes(2, 2, {1, 2, 3, 4}));
    glb[12] = 0xFF;  // JSON chunk length, low byte
    glb[13] = 0xFF;
    const auto file = dirFor("glbchunk") / "model.glb";
    test::writeBytes(file, glb);
    EXPECT_EQ(load_gltf(file).error, file.string() + ": GLB JSON chunk runs past the end of the file");
}

// Every prefix of a valid file, and a valid GLB with bytes stomped, must load or fail cleanly.
TEST(GltfErrors, TruncatedAndCorruptedFilesNeverCrash) {
    const auto dir = dirFor("fuzz");
    const std::string json = test::gltfJson(test::unitQuad());
    for (std::size_t cut = 0; cut < json.size(); cut += 23) {
        const auto file = dir / ("cut" + std::to_string(cut) + ".gltf");
        test::writeText(file, json.substr(0, cut));
        const LoadResult r = load_gltf(file);
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
        const LoadResult r = load_gltf(file);
        if (!r.ok()) {
            EXPECT_TRUE(oneLine(r.error)) << r.error;
        }
        for (const MeshData& mesh : r.scene.meshes)
            for (std::uint32_t index : mesh.indices) ASSERT_LT(index, mesh.vertices.size());
    }
}

}  // namespace
}  // namespace perfuse
