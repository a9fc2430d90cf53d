#include "gltf_fixtures.h"

#include <cmath>
#include <cstdio>
#include <cstring>
#include <fstream>
#include <stdexcept>

#include <stb_image_write.h>

namespace perfuse::test {
namespace {

std::string num(float v) {
    char text[32];
    std::snprintf(text, sizeof text, "%.9g", std::isfinite(v) ? v : 0.0f);
    return text;
}

std::string vec(const float* v, int n) {
    std::string s = "[";
    for (int i = 0; i < n; ++i) s += (i ? "," : "") + num(v[i]);
    return s + "]";
}

void append(std::vector<std::uint8_t>& out, const void* data, std::size_t size) {
    const auto* p = static_cast<const std::uint8_t*>(data);
    out.insert(out.end(), p, p + size);
}

struct Layout {
    std::size_t positions = 0, normals = 0, uvs = 0, indices = 0, end = 0;
};

Layout layoutOf(const GltfSpec& s) {
    Layout l;
    l.normals = l.positions + s.positions.size() * 12;
    l.uvs = l.normals + s.normals.size() * 12;
    l.indices = l.uvs + s.uvs.size() * 8;
    l.end = l.indices + s.indices.size() * 4;
    return l;
}

}  // namespace

GltfSpec unitQuad() {
    GltfSpec s;
    s.positions = {{0, 0, 0}, {1, 0, 0}, {1, 1, 0}, {0, 1, 0}};
    s.normals = {{0, 0, 1}, {0, 0, 1}, {0, 0, 1}, {0, 0, 1}};
    s.uvs = {{0, 1}, {1, 1}, {1, 0}, {0, 0}};
    s.indices = {0, 1, 2, 0, 2, 3};
    return s;
}

std::vector<std::uint8_t> geometryBytes(const GltfSpec& s) {
    std::vector<std::uint8_t> out;
    append(out, s.positions.data(), s.positions.size() * 12);
    append(out, s.normals.data(), s.normals.size() * 12);
    append(out, s.uvs.data(), s.uvs.size() * 8);
    append(out, s.indices.data(), s.indices.size() * 4);
    return out;
}

std::string gltfJson(const GltfSpec& s, std::size_t glb_image_bytes) {
    const Layout l = layoutOf(s);
    const std::size_t image_offset = (l.end + 3) / 4 * 4;
    const bool glb = glb_image_bytes > 0;
    glm::vec3 lo{1e30f}, hi{-1e30f};
    for (const glm::vec3& p : s.positions)
        if (std::isfinite(p.x) && std::isfinite(p.y) && std::isfinite(p.z)) lo = glm::min(lo, p), hi = glm::max(hi, p);

    std::string attributes = "\"POSITION\":0";
    if (!s.normals.empty()) attributes += ",\"NORMAL\":2";
    if (!s.uvs.empty()) attributes += ",\"TEXCOORD_0\":3";
    const bool textured = glb || !s.base_color_uri.empty();

    std::string j = "{\"asset\":{\"version\":\"2.0\"},\"scene\":0,\"scenes\":[{\"nodes\":[0]}],";
    j += "\"nodes\":[{\"name\":\"Root\",\"translation\":" + vec(&s.root_translation_m.x, 3) + ",\"children\":[1,2]},";
    j += "{\"name\":\"Box\",\"mesh\":0" +
         (s.box_tag.empty() ? std::string() : ",\"extras\":{\"tag\":\"" + s.box_tag + "\"}") + "},";
    j += "{\"name\":\"BoxCopy\",\"mesh\":0,\"translation\":[2,0,0]}],";
    j += "\"meshes\":[{\"name\":\"Quad\",\"primitives\":[{\"attributes\":{" + attributes +
         "},\"indices\":1,\"material\":0}]}],";
    j += "\"materials\":[{\"name\":\"Steel\",\"pbrMetallicRoughness\":{\"baseColorFactor\":" + vec(&s.base_color.x, 4) +
         ",\"metallicFactor\":" + num(s.metallic) + ",\"roughnessFactor\":" + num(s.roughness) +
         (textured ? ",\"baseColorTexture\":{\"index\":0}" : "") + "},\"emissiveFactor\":" + vec(&s.emissive.x, 3) + "}],";
    if (textured) {
        j += "\"textures\":[{\"source\":0}],\"images\":[";
        j += glb ? "{\"bufferView\":4,\"mimeType\":\"image/png\"}" : "{\"uri\":\"" + s.base_color_uri + "\"}";
        j += "],";
    }
    const std::size_t byte_length = glb ? image_offset + glb_image_bytes : l.end;
    std::string uri;
    if (!s.external_buffer_uri.empty()) uri = ",\"uri\":\"" + s.external_buffer_uri + "\"";
    else if (!glb) uri = ",\"uri\":\"data:application/octet-stream;base64," + base64(geometryBytes(s)) + "\"";
    j += "\"buffers\":[{\"byteLength\":" + std::to_string(byte_length) + uri + "}],";
    const auto view = [](std::size_t offset, std::size_t length) {
        return "{\"buffer\":0,\"byteOffset\":" + std::to_string(offset) + ",\"byteLength\":" + std::to_string(length) + "}";
    };
    j += "\"bufferViews\":[" + view(l.positions, l.normals - l.positions) + "," + view(l.indices, l.end - l.indices) +
         "," + view(l.normals, std::max<std::size_t>(4, l.uvs - l.normals)) + "," +
         view(l.uvs, std::max<std::size_t>(4, l.indices - l.uvs));
    if (glb) j += "," + view(image_offset, glb_image_bytes);
    j += "],\"accessors\":[";
    j += "{\"bufferView\":0,\"componentType\":5126,\"count\":" + std::to_string(s.positions.size()) +
         ",\"type\":\"VEC3\",\"min\":" + vec(&lo.x, 3) + ",\"max\":" + vec(&hi.x, 3) + "},";
    j += "{\"bufferView\":1,\"componentType\":5125,\"count\":" + std::to_string(s.indices.size()) + ",\"type\":\"SCALAR\"},";
    j += "{\"bufferView\":2,\"componentType\":5126,\"count\":" + std::to_string(s.normals.size()) + ",\"type\":\"VEC3\"},";
    j += "{\"bufferView\":3,\"componentType\":5126,\"count\":" + std::to_string(s.uvs.size()) + ",\"type\":\"VEC2\"}";
    j += "]}";
    return j;
}

std::vector<std::uint8_t> glbBytes(const GltfSpec& s, const std::vector<std::uint8_t>& png) {
    std::string json = gltfJson(s, png.size());
    while (json.size() % 4 != 0) json += ' ';  // GLB pads JSON with spaces
    std::vector<std::uint8_t> bin = geometryBytes(s);
    while (bin.size() % 4 != 0) bin.push_back(0);
    bin.insert(bin.end(), png.begin(), png.end());
    while (bin.size() % 4 != 0) bin.push_back(0);

    std::vector<std::uint8_t> out;
    const auto u32 = [&](std::uint32_t v) { append(out, &v, 4); };
    u32(0x46546C67);  // "glTF"
    u32(2);
    u32(static_cast<std::uint32_t>(12 + 8 + json.size() + 8 + bin.size()));
    u32(static_cast<std::uint32_t>(json.size()));
    u32(0x4E4F534A);  // "JSON"
    append(out, json.data(), json.size());
    u32(static_cast<std::uint32_t>(bin.size()));
    u32(0x004E4942);  // "BIN\0"
    append(out, bin.data(), bin.size());
    return out;
}

std::vector<std::uint8_t> pngBytes(int width_px, int height_px, glm::u8vec4 colour) {
    std::vector<std::uint8_t> pixels;
    for (int i = 0; i < width_px * height_px; ++i) pixels.insert(pixels.end(), {colour.r, colour.g, colour.b, colour.a});
    std::vector<std::uint8_t> png;
    const auto sink = [](void* context, void* data, int size) {
        append(*static_cast<std::vector<std::uint8_t>*>(context), data, static_cast<std::size_t>(size));
    };
    if (!stbi_write_png_to_func(sink, &png, width_px, height_px, 4, pixels.data(), width_px * 4))
        throw std::runtime_error("stbi_write_png_to_func failed");
    return png;
}

std::string base64(const std::vector<std::uint8_t>& bytes) {
    static const char* table = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    std::string out;
    for (std::size_t i = 0; i < bytes.size(); i += 3) {
        const std::uint32_t b0 = bytes[i], b1 = i + 1 < bytes.size() ? bytes[i + 1] : 0,
                            b2 = i + 2 < bytes.size() ? bytes[i + 2] : 0;
        const std::uint32_t triple = (b0 << 16) | (b1 << 8) | b2;
        out += table[(triple >> 18) & 63];
        out += table[(triple >> 12) & 63];
        out += i + 1 < bytes.size() ? table[(triple >> 6) & 63] : '=';
        out += i + 2 < bytes.size() ? table[triple & 63] : '=';
    }
    return out;
}

void writeText(const std::filesystem::path& path, const std::string& text) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary) << text;
}

void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes) {
    std::filesystem::create_directories(path.parent_path());
    std::ofstream(path, std::ios::binary).write(reinterpret_cast<const char*>(bytes.data()), std::streamsize(bytes.size()));
}

std::filesystem::path freshTempDir(const std::string& test_name) {
    const std::filesystem::path dir = std::filesystem::temp_directory_path() / "perfuse_scene_tests" / test_name;
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    return dir;
}

}  // namespace perfuse::test
