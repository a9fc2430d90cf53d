// The .glb container must follow the spec (header, chunk sizes, alignment) and be byte-stable.
#include <cstring>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "geometry/gltf_writer.h"
#include "geometry/primitives.h"

namespace perfuse {
namespace {

std::uint32_t u32(const std::vector<std::uint8_t>& b, std::size_t at) {
    return static_cast<std::uint32_t>(b[at]) | static_cast<std::uint32_t>(b[at + 1]) << 8 |
           static_cast<std::uint32_t>(b[at + 2]) << 16 | static_cast<std::uint32_t>(b[at + 3]) << 24;
}

Model two_node_model() {
    Model m;
    m.name = "test";
    Material steel;
    steel.name = "steel";
    steel.base_color = {0.7f, 0.7f, 0.72f, 1.0f};
    steel.metallic = 1.0f;
    steel.roughness = 0.3f;
    Material screen;
    screen.name = "screen";
    screen.base_color = {0.02f, 0.02f, 0.02f, 1.0f};
    screen.emissive = {0.1f, 0.4f, 0.2f};
    m.materials = {steel, screen};
    ModelNode root;
    root.name = "root";
    root.primitives.push_back({make_box({1, 1, 1}), 0});
    root.children = {1};
    ModelNode child;
    child.name = "rotor";
    child.translation = {0.0f, 1.0f, 0.0f};
    child.primitives.push_back({make_cylinder(0.2f, 0.1f, 12), 1});
    m.nodes = {root, child};
    return m;
}

TEST(GltfWriter, HeaderAndChunksFollowTheSpec) {
    const std::vector<std::uint8_t> glb = encode_glb(two_node_model());
    ASSERT_GE(glb.size(), 28u);
    EXPECT_EQ(u32(glb, 0), 0x46546C67u);
    EXPECT_EQ(u32(glb, 4), 2u);
    EXPECT_EQ(u32(glb, 8), glb.size());
    const std::uint32_t json_len = u32(glb, 12);
    EXPECT_EQ(u32(glb, 16), 0x4E4F534Au);
    EXPECT_EQ(json_len % 4, 0u);
    const std::size_t bin_at = 20 + json_len;
    EXPECT_EQ(u32(glb, bin_at + 4), 0x004E4942u);
    EXPECT_EQ(bin_at + 8 + u32(glb, bin_at), glb.size());

    const auto doc = nlohmann::json::parse(glb.begin() + 20, glb.begin() + 20 + json_len);
    EXPECT_EQ(doc["asset"]["version"], "2.0");
    ASSERT_EQ(doc["nodes"].size(), 2u);
    EXPECT_EQ(doc["nodes"][1]["name"], "rotor");
    EXPECT_EQ(doc["nodes"][0]["children"][0], 1);
    EXPECT_EQ(doc["meshes"].size(), 2u);
    EXPECT_EQ(doc["materials"][1]["emissiveFactor"][1], 0.4);
    EXPECT_EQ(doc["materials"][0]["pbrMetallicRoughness"]["metallicFactor"], 1.0);
    EXPECT_EQ(doc["buffers"][0]["byteLength"], u32(glb, bin_at));
    EXPECT_FALSE(doc.contains("images")) << "no textures named, so no images";
    // Box: 24 vertices, 36 indices; accessors 0..3 belong to it.
    EXPECT_EQ(doc["accessors"][0]["count"], 24);
    EXPECT_EQ(doc["accessors"][3]["count"], 36);
    EXPECT_EQ(doc["accessors"][0]["max"][0], 0.5);
    for (const auto& view : doc["bufferViews"]) EXPECT_EQ(view["byteOffset"].get<std::size_t>() % 4, 0u);
}

TEST(GltfWriter, TexturePathsBecomeSharedImages) {
    Model m = two_node_model();
    m.materials[0].base_color_texture = "steel.png";
    m.materials[1].base_color_texture = "steel.png";
    m.materials[1].normal_texture = "bumps.png";
    const std::vector<std::uint8_t> glb = encode_glb(m);
    const auto doc = nlohmann::json::parse(glb.begin() + 20, glb.begin() + 20 + u32(glb, 12));
    ASSERT_EQ(doc["images"].size(), 2u);
    EXPECT_EQ(doc["images"][0]["uri"], "steel.png");
    EXPECT_EQ(doc["textures"][1]["source"], 1);
    EXPECT_EQ(doc["materials"][0]["pbrMetallicRoughness"]["baseColorTexture"]["index"], 0);
    EXPECT_EQ(doc["materials"][1]["pbrMetallicRoughness"]["baseColorTexture"]["index"], 0);
    EXPECT_EQ(doc["materials"][1]["normalTexture"]["index"], 1);
}

TEST(GltfWriter, SameModelGivesSameBytes) {
    EXPECT_EQ(encode_glb(two_node_model()), encode_glb(two_node_model()));
}

}  // namespace
}  // namespace perfuse
