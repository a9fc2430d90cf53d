#pragma once
// What the scene renderer draws this frame: meshes with a transform and a material.
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"

namespace perfuse {

struct GpuMesh;

struct DrawItem {
    const GpuMesh* mesh = nullptr;
    glm::mat4 model{1.0f};
    Material material;
    float highlight = 0.0f;  // 0 = none, 1 = hovered/selected glow
    uint32_t texture = 0;         // base-colour texture in the renderer's TextureTable; 0 = none (white)
    uint32_t normal_texture = 0;  // tangent-space normal map in the same table; 0 = none (flat)
};

struct ViewCamera {
    glm::mat4 view{1.0f};
    glm::mat4 projection{1.0f};
    glm::vec3 position{0.0f};
};

using DrawList = std::vector<DrawItem>;

}  // namespace perfuse
