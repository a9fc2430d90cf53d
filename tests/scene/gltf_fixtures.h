#pragma once
// Writes small glTF files for the loader tests: a mesh in a two-level hierarchy, drawn twice
// ("Box" and "BoxCopy" under "Root"), with one material. Broken variants are made by editing the text.
#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace perfuse::test {

struct GltfSpec {
    std::vector<glm::vec3> positions;
    std::vector<glm::vec3> normals;  // empty: no NORMAL attribute
    std::vector<glm::vec2> uvs;      // empty: no TEXCOORD_0
    std::vector<std::uint32_t> indices;
    glm::vec4 base_color{1.0f};
    float metallic = 1.0f;
    float roughness = 1.0f;
    glm::vec3 emissive{0.0f};
    std::string base_color_uri;       // image uri; empty = no texture
    std::string box_tag;              // extras.tag on "Box"; empty = none
    glm::vec3 root_translation_m{0.0f};
    std::string external_buffer_uri;  // non-empty: buffer points at this file instead of a data URI
};

GltfSpec unitQuad();  // two triangles, z = 0, x and y in 0..1, normals +Z, uvs
std::vector<std::uint8_t> geometryBytes(const GltfSpec& spec);  // the binary buffer
// JSON; with glb_image_bytes > 0 the buffer is the GLB BIN chunk and holds a PNG of that size at its end.
std::string gltfJson(const GltfSpec& spec, std::size_t glb_image_bytes = 0);
std::vector<std::uint8_t> glbBytes(const GltfSpec& spec, const std::vector<std::uint8_t>& png);
std::vector<std::uint8_t> pngBytes(int width_px, int height_px, glm::u8vec4 colour);
std::string base64(const std::vector<std::uint8_t>& bytes);

void writeText(const std::filesystem::path& path, const std::string& text);
void writeBytes(const std::filesystem::path& path, const std::vector<std::uint8_t>& bytes);
// A fresh empty directory under the system temp folder, unique per test.
std::filesystem::path freshTempDir(const std::string& test_name);

}  // namespace perfuse::test
