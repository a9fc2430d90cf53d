#pragma once
// CPU-side triangle meshes: what the asset generator writes, the glTF loader reads and the renderer uploads.
// Plain data only; no Vulkan here.
#include <cstdint>
#include <string>
#include <vector>

#include <glm/glm.hpp>

namespace perfuse {

// One interleaved vertex. Layout is mirrored by the vertex input of shaders/mesh.vert: keep them in step.
struct Vertex {
    glm::vec3 position{0.0f};  // metres, object space
    glm::vec3 normal{0.0f, 1.0f, 0.0f};
    glm::vec2 uv{0.0f};
};

// Axis-aligned bounds; empty() until something is added.
struct Bounds {
    glm::vec3 min{1e30f};
    glm::vec3 max{-1e30f};

    bool empty() const { return min.x > max.x; }
    void add(const glm::vec3& p) { min = glm::min(min, p); max = glm::max(max, p); }
    void add(const Bounds& b) { if (!b.empty()) { add(b.min); add(b.max); } }
    glm::vec3 center() const { return (min + max) * 0.5f; }
    glm::vec3 size() const { return max - min; }
};

// Metallic-roughness material, as in glTF 2.0. Textures are optional paths (empty = none).
struct Material {
    std::string name;
    glm::vec4 base_color{0.8f, 0.8f, 0.8f, 1.0f};  // linear RGBA
    float metallic = 0.0f;
    float roughness = 0.6f;
    glm::vec3 emissive{0.0f};  // linear RGB, added after lighting (monitor screens, lamps)
    std::string base_color_texture;
    std::string normal_texture;

    bool operator==(const Material&) const = default;  // every field, the name too
};

// Indexed triangle list (counter-clockwise front faces, right-handed, +Y up).
struct MeshData {
    std::string name;
    std::vector<Vertex> vertices;
    std::vector<std::uint32_t> indices;

    Bounds bounds() const {
        Bounds b;
        for (const Vertex& v : vertices) b.add(v.position);
        return b;
    }
};

}  // namespace perfuse
