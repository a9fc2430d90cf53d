#pragma once
// Standing geometry merged by material (equal materials count as one) when a scene is loaded, so a
// room is drawn in about half as many draws, with fewer pipeline, texture and push-constant changes
// (on lavapipe a draw costs 6.5-10 us of the one thread that runs vertex work, README "Benchmarks").
// A batch holds its members' triangles already placed in the world, drawn with an identity
// transform, so the pixels come out as before (see place_in_world).
// Every member keeps its index ranges (one per level of detail, geometry/detail_levels.h, simplified
// where it stands in the world) and its world bounds: a batch is drawn as runs of the members in view,
// each run at the level of detail its distance allows. A member's node that was hidden, moved, given another mesh or material, or is highlighted
// is left out of the runs and drawn on its own (SceneGpu does that), so nothing that can change
// has to be declared in advance.
#include <cstdint>
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "render/gpu_mesh.h"
#include "render/lighting.h"
#include "scene/frustum.h"
#include "scene/scene.h"

namespace perfuse {

class Device;

// One node's mesh, or one piece of it, inside a batch.
struct BatchMember {
    NodeId node = kNoNode;
    DetailRanges levels;  // its triangles at each level of detail in the batch's index buffer
    Bounds world_bounds;
    bool backdrop = false;  // its node encloses the scene (Node::backdrop)
};

// The batch's index buffer holds every level of detail in turn, and within each level the members
// back to back in the same order, so neighbouring members are one stretch of indices at any level.
struct StaticBatch {
    GpuMesh mesh;                      // the members' vertices in world space
    int32_t material = kNoIndex;       // the first of the equal Scene materials its members have
    std::vector<BatchMember> members;  // in index order
};

// Members next to each other in one batch that are all in view, to be drawn as one stretch of indices.
struct BatchRun {
    const StaticBatch* batch = nullptr;
    uint32_t first_member = 0;
    uint32_t member_count = 0;
    Bounds world_bounds;
    bool backdrop = false;           // its members enclose the scene: drawn after the rest, so any length
    bool key_light_reaches = false;  // whether the key light given to runs() reaches its members (none: false)

    // The run's indices at LEVEL of detail.
    IndexRange indices(std::size_t level) const;
};

// Which nodes may join a batch at load: visible, opaque (see-through ones are sorted back to front
// one by one), with a mesh that has triangles. A group of one piece is left as it is; the pieces of
// one big node (a floor cut into pieces) make a batch of their own.
class StaticBatches {
public:
    StaticBatches() = default;
    // PIECES[m]: Scene mesh m as SceneGpu draws it (cut into pieces, or whole; none: not drawable).
    StaticBatches(Device& device, const Scene& scene, const std::vector<std::vector<MeshData>>& pieces);

    // True when node ID joined a batch and still has the transform, mesh and material it had then.
    bool holds(const Scene& scene, NodeId id) const;

    // Runs of members inside FRUSTUM whose nodes are marked in DRAWN_IN_BATCH (per Scene node). A run
    // spans at most 1.5 m, so sorting runs nearest first still lets the depth test spare the pixels
    // behind them; a run of backdrop members (drawn after all the rest) may span the room, and never
    // mixes with other members. With KEY_LIGHT, a run never mixes members that light's cone reaches
    // with members it cannot, and says which it holds: the renderer compiles the key light out of
    // draws it cannot reach, and a run of floor pieces across the whole room would otherwise pay for
    // it at every pixel (on lavapipe that undid the batches' gain and more: README "Benchmarks").
    void runs(const Frustum& frustum, const std::vector<char>& drawn_in_batch, const SpotLight* key_light,
              std::vector<BatchRun>& out) const;

    std::size_t batch_count() const { return batches_.size(); }

private:
    struct Joined {  // what a node was like when it joined
        bool joined = false;
        glm::mat4 world{1.0f};
        int32_t mesh = kNoIndex;
        int32_t material = kNoIndex;
    };
    std::vector<StaticBatch> batches_;
    std::vector<Joined> nodes_;  // per Scene node
};

// VERTICES of a mesh placed in the world by MODEL, as mesh.vert would place them: positions through
// MODEL, normals through its cofactor matrix (flipped for a mirroring MODEL) and not normalised, so
// drawing them with an identity transform interpolates the same normals across each triangle.
std::vector<Vertex> place_in_world(const std::vector<Vertex>& vertices, const glm::mat4& model);

}  // namespace perfuse
