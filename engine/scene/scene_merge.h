#pragma once
// Placing loaded models into a world scene: each model's meshes, materials and textures are copied in
// once, then its node tree is instanced as often as needed, all copies sharing those meshes (so the
// renderer can batch them).
#include <cstdint>
#include <string>

#include "scene/scene.h"

namespace perfuse {

// Where a model's assets landed inside the world scene.
struct ModelAssets {
    std::int32_t first_mesh = 0;
    std::int32_t first_material = 0;
};

// Copies meshes and materials; textures are added unless one with the same key is already there.
ModelAssets append_assets(Scene& world, const Scene& model);

// Adds a group node `name` at `placement` under `parent`, with a copy of the model's node tree below
// it. A non-empty `tag` is given to the group and every copied node, so picking any part of the model
// reports it; empty keeps the model's own tags. Call update_world_transforms afterwards.
NodeId instantiate(Scene& world, const Scene& model, const ModelAssets& assets, NodeId parent,
                   const Transform& placement, std::string name, const std::string& tag = {});

// World bounds of a node and everything below it that is visible (for framing and fly-to).
Bounds subtree_bounds(const Scene& scene, NodeId root);

}  // namespace perfuse
