#pragma once
// A Scene's meshes on the GPU, and the per-frame draw list built from its visible nodes: nodes
// outside the view frustum are culled; opaque draws go nearest first (the depth test then skips
// shading hidden pixels, which matters most on CPU renderers), see-through ones farthest first
// (so they blend correctly).
#include <vector>

#include "render/draw_list.h"
#include "render/gpu_mesh.h"
#include "scene/frustum.h"
#include "scene/scene.h"

namespace perfuse {

class Device;
class TextureTable;

class SceneGpu {
public:
    // Uploads every mesh once, and every base-colour texture into TEXTURES. Meshes that cannot be
    // drawn (no triangles) are skipped. PIECE_M > 0 cuts big meshes into pieces about that size
    // (render/mesh_pieces.h; SceneRenderer::mesh_piece_m says what its lighting wants), each culled
    // and drawn on its own.
    SceneGpu(Device& device, const Scene& scene, TextureTable& textures, float piece_m = 0.0f);

    // Fills DRAWS with the visible mesh nodes inside FRUSTUM, ordered for an eye at EYE_M (call
    // updateWorld first when things moved). HIGHLIGHTED nodes glow (hover/selection); CULLED_COUNT
    // (optional) receives how many were dropped.
    void build_draws(const Scene& scene, const Frustum& frustum, const glm::vec3& eye_m,
                     const std::vector<NodeId>& highlighted, DrawList& draws, int* culled_count = nullptr) const;

private:
    std::vector<std::vector<GpuMesh>> meshes_;  // per Scene mesh: its pieces (one when not cut; none when empty)
    std::vector<uint32_t> material_texture_;         // per Scene material: base colour in the TextureTable
    std::vector<uint32_t> material_normal_texture_;  // per Scene material: normal map (0 = none)
};

}  // namespace perfuse
