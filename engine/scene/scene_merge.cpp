#include "scene/scene_merge.h"

#include <utility>
#include <vector>

namespace perfuse {

ModelAssets append_assets(Scene& world, const Scene& model) {
    const ModelAssets assets{static_cast<std::int32_t>(world.meshes.size()),
                             static_cast<std::int32_t>(world.materials.size())};
    for (std::size_t i = 0; i < model.meshes.size(); ++i) {
        world.meshes.push_back(model.meshes[i]);
        world.mesh_bounds.push_back(i < model.mesh_bounds.size() ? model.mesh_bounds[i] : model.meshes[i].bounds());
    }
    world.materials.insert(world.materials.end(), model.materials.begin(), model.materials.end());
    for (const TextureImage& texture : model.textures)
        if (find_texture(world, texture.key) == nullptr) world.textures.push_back(texture);
    return assets;
}

NodeId instantiate(Scene& world, const Scene& model, const ModelAssets& assets, NodeId parent,
                   const Transform& placement, std::string name, const std::string& tag) {
    const NodeId group = add_node(world, std::move(name), parent, placement);
    world.nodes[group].tag = tag;
    const auto offset = [](std::int32_t index, std::int32_t first) { return index < 0 ? kNoIndex : index + first; };
    // (model node, new parent) pairs; an explicit stack keeps deep models off the call stack.
    std::vector<std::pair<NodeId, NodeId>> stack;
    for (NodeId root : root_nodes(model)) stack.push_back({root, group});
    while (!stack.empty()) {
        const auto [source_id, new_parent] = stack.back();
        stack.pop_back();
        const Node& source = model.nodes[source_id];
        const NodeId id = add_node(world, source.name, new_parent, source.local);
        Node& copy = world.nodes[id];
        copy.tag = tag.empty() ? source.tag : tag;
        copy.mesh = offset(source.mesh, assets.first_mesh);
        copy.material = offset(source.material, assets.first_material);
        copy.visible = source.visible;
        copy.pickable = source.pickable;
        copy.collidable = source.collidable;
        copy.backdrop = source.backdrop;
        for (auto child = source.children.rbegin(); child != source.children.rend(); ++child)
            stack.push_back({*child, id});
    }
    return group;
}

Bounds subtree_bounds(const Scene& scene, NodeId root) {
    Bounds bounds;
    if (root >= scene.nodes.size() || !effectively_visible(scene, root)) return bounds;
    std::vector<NodeId> stack{root};
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        if (!scene.nodes[id].visible) continue;
        bounds.add(scene.nodes[id].world_bounds);
        stack.insert(stack.end(), scene.nodes[id].children.begin(), scene.nodes[id].children.end());
    }
    return bounds;
}

}  // namespace perfuse
