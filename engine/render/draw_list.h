#pragma once
// What the scene renderer draws this frame: meshes with a transform and a material.
#include <cstdint>
#include <optional>
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
    // Part of the mesh only (a run of a static batch, render/static_batches.h): index_count 0 = all of it.
    uint32_t first_index = 0;
    uint32_t index_count = 0;
    Bounds world_bounds;  // where the draw lies when known better than the mesh's bounds through model
    // Whether the key light reaches the draw, when whoever made it knew better than its bounds tell
    // (a run of a static batch: whether it reaches any of the run's members). Unset: the renderer
    // tests the bounds.
    std::optional<bool> key_light_reaches;
};

// How many indices ITEM draws.
uint32_t drawn_index_count(const DrawItem& item);

// Where ITEM lies, as a box and the transform that places it: its world_bounds as they are where
// known, else its mesh's bounds through its model (a tighter, turned box). Empty without either.
struct DrawBox {
    Bounds bounds;
    glm::mat4 model{1.0f};
};
DrawBox draw_box(const DrawItem& item);

struct ViewCamera {
    glm::mat4 view{1.0f};
    glm::mat4 projection{1.0f};
    glm::vec3 position{0.0f};
};

using DrawList = std::vector<DrawItem>;

}  // namespace perfuse
