// glTF 2.0 through engine/scene's loader: a small .gltf written here (one textured triangle in a node
// hierarchy, buffer as a data URI) and the same model as .glb, mutated; load_gltf must succeed or fail
// with one line naming the file, every warning one line too, in bounded time.
#include <gtest/gtest.h>

#include <cstdint>
#include <cstring>
#include <iostream>

#include "corpus.h"
#include "error_checks.h"
#include "mutator.h"
#include "scene/gltf_loader.h"

namespace perfuse::fuzz {
namespace {

std::string base64(const std::vector<uint8_t>& bytes) {
    static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (size_t i = 0; i < bytes.size(); i += 3) {
        const uint32_t n = (uint32_t{bytes[i]} << 16) | (i + 1 < bytes.size() ? uint32_t{bytes[i + 1]} << 8 : 0u) |
                           (i + 2 < bytes.size() ? uint32_t{bytes[i + 2]} : 0u);
        out += table[(n >> 18) & 63];
        out += table[(n >> 12) & 63];
        out += i + 1 < bytes.size() ? table[(n >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? table[n & 63] : '=';
    }
    return out;
}

// One triangle: positions (36 bytes), UVs (24 bytes), indices (6 bytes, padded to 8).
std::vector<uint8_t> triangle_buffer() {
    const float data[] = {0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 0, 1, 0, 0, 1};
    const uint16_t indices[] = {0, 1, 2, 0};
    std::vector<uint8_t> out(sizeof data + sizeof indices);
    std::memcpy(out.data(), data, sizeof data);
    std::memcpy(out.data() + sizeof data, indices, sizeof indices);
    return out;
}

std::string gltf_json(const std::string& buffer_uri, size_t buffer_bytes) {
    std::string uri = buffer_uri.empty() ? "" : "\"uri\": \"" + buffer_uri + "\", ";
    return R"({"asset": {"version": "2.0"}, "scene": 0, "scenes": [{"nodes": [0]}],
  "nodes": [{"name": "Root", "children": [1], "translation": [1, 2, 3]},
            {"name": "Box", "mesh": 0, "extras": {"tag": "box"}, "scale": [2, 2, 2]}],
  "meshes": [{"primitives": [{"attributes": {"POSITION": 0, "TEXCOORD_0": 1}, "indices": 2, "material": 0}]}],
  "materials": [{"pbrMetallicRoughness": {"baseColorFactor": [1, 0.5, 0.25, 1], "metallicFactor": 0.1,
                 "roughnessFactor": 0.8}}],
  "buffers": [{)" + uri + "\"byteLength\": " + std::to_string(buffer_bytes) + R"(}],
  "bufferViews": [{"buffer": 0, "byteOffset": 0, "byteLength": 36},
                  {"buffer": 0, "byteOffset": 36, "byteLength": 24},
                  {"buffer": 0, "byteOffset": 60, "byteLength": 6}],
  "accessors": [{"bufferView": 0, "componentType": 5126, "count": 3, "type": "VEC3", "min": [0, 0, 0], "max": [1, 1, 0]},
                {"bufferView": 1, "componentType": 5126, "count": 3, "type": "VEC2"},
                {"bufferView": 2, "componentType": 5123, "count": 3, "type": "SCALAR"}]})";
}

void put_u32(std::string& s, uint32_t v) {
    for (int i = 0; i < 4; ++i) s += static_cast<char>((v >> (8 * i)) & 0xff);
}

std::string glb(const std::vector<uint8_t>& bin) {
    std::string json = gltf_json("", bin.size());
    while (json.size() % 4 != 0) json += ' ';
    std::string out = "glTF";
    put_u32(out, 2);
    put_u32(out, static_cast<uint32_t>(12 + 8 + json.size() + 8 + bin.size()));
    put_u32(out, static_cast<uint32_t>(json.size()));
    out += "JSON" + json;
    put_u32(out, static_cast<uint32_t>(bin.size()));
    out += "BIN";
    out += '\0';
    out.append(bin.begin(), bin.end());
    return out;
}

struct Tally {
    int inputs = 0, loaded = 0;
};

void check(const std::filesystem::path& file, int index, Tally& tally) {
    LoadResult result;
    const auto took = time_of([&] { result = load_gltf(file); });
    ++tally.inputs;
    ASSERT_LE(took, kPerInputLimit) << file << " input " << index << " took " << took.count() << " ms";
    for (const auto& w : result.warnings) {
        ASSERT_EQ(bad_error_reason(w, file.filename().string()), "") << "warning, input " << index;
    }
    if (result.ok()) {
        ++tally.loaded;
        return;
    }
    ASSERT_EQ(bad_error_reason(result.error, file.filename().string()), "") << "input " << index;
}

TEST(GltfFuzz, SeedsLoad) {
    // The unmutated seeds must load, or every mutation below would only be testing the error path.
    const auto dir = scratch_dir("gltf_seed");
    const auto bin = triangle_buffer();
    write_text(dir / "seed.gltf", gltf_json("data:application/octet-stream;base64," + base64(bin), bin.size()));
    write_text(dir / "seed.glb", glb(bin));
    for (const char* name : {"seed.gltf", "seed.glb"}) {
        const LoadResult r = load_gltf(dir / name);
        EXPECT_TRUE(r.ok()) << r.error;
    }
    std::filesystem::remove_all(dir);
}

TEST(GltfFuzz, MutatedGltfLoadsOrGivesOneLine) {
    const auto dir = scratch_dir("gltf_text");
    const auto bin = triangle_buffer();
    const std::string seed = gltf_json("data:application/octet-stream;base64," + base64(bin), bin.size());
    Rng rng(0x91f7);
    Tally tally;
    for (int i = 0; i < 600 && !HasFatalFailure(); ++i) {
        const auto file = dir / ("case_" + std::to_string(i) + ".gltf");
        write_text(file, mutate(seed, rng));
        check(file, i, tally);
        std::filesystem::remove(file);
    }
    std::filesystem::remove_all(dir);
    std::cout << "gltf: " << tally.inputs << " inputs fuzzed, " << tally.loaded << " loaded\n";
    EXPECT_GT(tally.loaded, 20);
    EXPECT_GT(tally.inputs - tally.loaded, 100);
}

TEST(GltfFuzz, MutatedGlbLoadsOrGivesOneLine) {
    const auto dir = scratch_dir("gltf_binary");
    const std::string seed = glb(triangle_buffer());
    Rng rng(0x61b);
    Tally tally;
    for (int i = 0; i < 400 && !HasFatalFailure(); ++i) {
        const auto file = dir / ("case_" + std::to_string(i) + ".glb");
        // A GLB is binary: byte-level damage only (its JSON chunk is covered by the .gltf test).
        std::string text = seed;
        for (size_t k = 0; k < 1 + rng.below(3); ++k) text = mutate_bytes(std::move(text), rng);
        write_text(file, text);
        check(file, i, tally);
        std::filesystem::remove(file);
    }
    std::filesystem::remove_all(dir);
    std::cout << "glb: " << tally.inputs << " inputs fuzzed, " << tally.loaded << " loaded\n";
    EXPECT_GT(tally.loaded, 0);  // most byte damage breaks a GLB; some (in padding, numbers) does not
    EXPECT_GT(tally.inputs - tally.loaded, 100);
}

}  // namespace
}  // namespace perfuse::fuzz
