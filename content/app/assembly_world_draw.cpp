// AssemblyWorld drawn into the room's draw list (with the highlighted target lit) and picked.
#include "app/assembly_world.h"

#include <algorithm>

#include "scene/frustum.h"

namespace perfuse {

namespace {
std::vector<NodeId> subtree(const Scene& scene, NodeId root) {
    std::vector<NodeId> out, stack{root};
    while (!stack.empty()) {
        const NodeId id = stack.back();
        stack.pop_back();
        out.push_back(id);
        stack.insert(stack.end(), scene.nodes[id].children.begin(), scene.nodes[id].children.end());
    }
    return out;
}

AssemblyTarget target_from_tag(const std::string& tag) {
    const auto colon = tag.find(':');
    if (colon == std::string::npos) return {};
    const std::string kind = tag.substr(0, colon), rest = tag.substr(colon + 1);
    if (kind == "part") return {.kind = AssemblyTarget::Kind::part, .part = rest};
    if (kind == "mount") return {.kind = AssemblyTarget::Kind::mount, .part = rest};
    if (kind == "line") return {.kind = AssemblyTarget::Kind::line, .line = rest};
    if (kind == "port") {
        const auto slash = rest.find('/');
        if (slash == std::string::npos) return {};
        return {.kind = AssemblyTarget::Kind::port, .part = rest.substr(0, slash), .port = rest.substr(slash + 1)};
    }
    return {};
}
}  // namespace

void AssemblyWorld::append_draws(const Frustum& frustum, const glm::vec3& eye_m, const AssemblyTarget& highlighted,
                                 DrawList& draws) {
    for (auto& [mesh, frames] : retired_) --frames;
    std::erase_if(retired_, [](const auto& r) { return r.second <= 0; });
    if (!gpu_) return;
    std::vector<NodeId> lit;
    using Kind = AssemblyTarget::Kind;
    if (highlighted.kind == Kind::part && parts_.count(highlighted.part)) lit = subtree(scene_, parts_.at(highlighted.part).root);
    if (highlighted.kind == Kind::mount && parts_.count(highlighted.part)) lit = {parts_.at(highlighted.part).mount};
    if (highlighted.kind == Kind::port) lit = {port_node({highlighted.part, highlighted.port})};
    DrawList mine;
    gpu_->build_draws(scene_, frustum, eye_m, lit, mine);
    for (const LineNodes& line : lines_) {
        const GpuMesh* mesh = line.gpu < tube_meshes_.size() ? tube_meshes_[line.gpu].get() : nullptr;
        const Node& node = scene_.nodes[line.tube];
        if (!mesh || !node.visible || !intersects(frustum, node.world_bounds)) continue;
        const bool on = highlighted.kind == Kind::line && highlighted.line == line.view.id;
        mine.push_back({.mesh = mesh, .model = node.world, .material = scene_.materials[std::size_t(line.material)],
                        .highlight = on ? 1.0f : 0.0f});
        if (on && scene_.nodes[line.clamp].visible) lit.push_back(line.clamp);
    }
    // Keep the room's order: every opaque draw before the first see-through one.
    const auto clear = [](const DrawItem& d) { return d.material.base_color.a < 1.0f; };
    std::stable_partition(mine.begin(), mine.end(), [&](const DrawItem& d) { return !clear(d); });
    const auto first_clear_room = std::find_if(draws.begin(), draws.end(), clear);
    const auto first_clear_mine = std::find_if(mine.begin(), mine.end(), clear);
    const std::ptrdiff_t at = first_clear_room - draws.begin();
    draws.insert(draws.begin() + at, mine.begin(), first_clear_mine);
    draws.insert(draws.end(), first_clear_mine, mine.end());
}

AssemblyPick AssemblyWorld::pick(const Ray& ray, float max_distance_m) const {
    const PickHit hit = perfuse::pick(scene_, ray, max_distance_m);
    if (!hit.hit()) return {.distance_m = max_distance_m};
    return {.target = target_from_tag(hit.tag), .distance_m = hit.distance_m};
}

}  // namespace perfuse
