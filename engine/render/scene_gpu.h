#pragma once
// A Scene's meshes on the GPU, and the per-frame draw list built from its visible nodes: nodes
// outside the view frustum are culled; opaque draws go nearest first (the depth test then skips
// shading hidden pixels, which matters most on CPU renderers), see-through ones farthest first
// (so they blend correctly). Optionally the standing geometry is merged by material
// (render/static_batches.h), which draws the same pixels with far fewer draws. Far-off meshes are
// drawn with fewer triangles (levels of detail, geometry/detail_levels.h) when the caller asks.
#include <vector>

#include "render/draw_list.h"
#include "render/gpu_mesh.h"
#include "render/static_batches.h"
#include "scene/frustum.h"
#include "scene/scene.h"

namespace perfuse {

class Device;
class TextureTable;

// Whether SceneGpu merges standing geometry (see render/static_batches.h).
enum class Batching {
    none,         // every mesh node its own draw (scenes whose nodes mostly move)
    by_material,  // visible opaque nodes merged per material at load; changed ones drawn alone
};

// How finely to draw what is far away (geometry/detail_levels.h). The default is full detail
// everywhere: shadow casters use it, so the cached shadow map does not change as the eye moves.
struct DetailChoice {
    float pixels_per_radian = 0.0f;  // the view's (see pixels_per_radian below); 0: full detail
    float max_error_px = 1.0f;       // the most a coarser level's surface may stray on screen
};

// Pixels per radian at the centre of a view drawn HEIGHT_PX tall through PROJECTION.
float pixels_per_radian(const glm::mat4& projection, float height_px);

class SceneGpu {
public:
    // Uploads every mesh once, and every base-colour texture into TEXTURES. Meshes that cannot be
    // drawn (no triangles) are skipped. PIECE_M > 0 cuts big meshes into pieces about that size
    // (render/mesh_pieces.h; SceneRenderer::mesh_piece_m says what its lighting wants), each culled
    // and drawn on its own. BATCHING merges the standing geometry (call update_world_transforms first).
    SceneGpu(Device& device, const Scene& scene, TextureTable& textures, float piece_m = 0.0f,
             Batching batching = Batching::none);

    // Fills DRAWS with the visible mesh nodes inside FRUSTUM, ordered for an eye at EYE_M (call
    // update_world_transforms first when things moved). HIGHLIGHTED nodes glow (hover/selection). Batched nodes
    // come as runs of their batch; with KEY_LIGHT (the lit view; not for shadow casters) the runs are
    // split where that light's cone starts or stops reaching their members (StaticBatches::runs).
    // DETAIL: each draw takes the coarsest level of detail that DETAIL allows at its distance.
    void build_draws(const Scene& scene, const Frustum& frustum, const glm::vec3& eye_m,
                     const std::vector<NodeId>& highlighted, DrawList& draws, const SpotLight* key_light = nullptr,
                     const DetailChoice& detail = {}) const;

    // How many merged meshes the scene has (0 without batching).
    std::size_t batch_count() const { return batches_.batch_count(); }

private:
    DrawItem draw_of(const Scene& scene, int32_t material_index, const GpuMesh& mesh, const glm::mat4& model) const;

    std::vector<std::vector<GpuMesh>> meshes_;  // per Scene mesh: its pieces (one when not cut; none when empty)
    std::vector<uint32_t> material_texture_;         // per Scene material: base colour in the TextureTable
    std::vector<uint32_t> material_normal_texture_;  // per Scene material: normal map (0 = none)
    StaticBatches batches_;
};

}  // namespace perfuse
