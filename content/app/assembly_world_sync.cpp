// AssemblyWorld following the workbench: parts move between the trolley, the hand and their mounts,
// markers show which ports can be used and which one is chosen, tubes follow the lines.
#include "app/assembly_world.h"

#include <algorithm>

#include <glm/gtc/quaternion.hpp>

#include "app/assembly_tube.h"

namespace perfuse {

namespace {
constexpr float kMoveS = 0.45f;           // a part's move from trolley to hand to mount
constexpr float kHoldDistanceM = 0.55f;
constexpr float kHoldDropM = 0.22f;  // held below the line of sight, so the view stays clear

bool same_lines(const std::vector<LineView>& a, const std::vector<LineView>& b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (a[i].id != b[i].id || !(a[i].a == b[i].a) || !(a[i].b == b[i].b)) return false;
    return true;
}
}  // namespace

void AssemblyWorld::move_part(PartNodes& part, const Transform& to, bool animate) {
    animate = animate && !reduced_motion_;
    part.from = animate ? scene_.nodes[part.root].local : to;
    part.to = to;
    part.t = animate ? 0.0f : 1.0f;
}

void AssemblyWorld::sync(const AssemblyState& state, float dt_s) {
    held_.clear();
    for (const PartView& view : state.parts) {
        auto it = parts_.find(view.id);
        if (it == parts_.end()) continue;  // a part this room has no model for (shown in the panel only)
        PartNodes& part = it->second;
        if (view.place == PartPlace::in_hand) held_ = view.id;
        if (view.place != part.place) {
            part.place = view.place;
            if (view.place == PartPlace::trolley) move_part(part, trolley_place(part, *layout_.find_part(view.id)), true);
            if (view.place == PartPlace::mounted) move_part(part, host_, true);
            if (view.place == PartPlace::in_hand) move_part(part, scene_.nodes[part.root].local, true);  // target set by hold_in_front_of
            if (view.place == PartPlace::laid) move_part(part, trolley_place(part, *layout_.find_part(view.id)), false);
        }
    }
    for (auto& [id, part] : parts_) {
        part.t = std::min(1.0f, part.t + dt_s / kMoveS);
        const float s = part.t * part.t * (3.0f - 2.0f * part.t);
        Transform& local = scene_.nodes[part.root].local;
        local.translation_m = glm::mix(part.from.translation_m, part.to.translation_m, s);
        local.rotation = glm::slerp(part.from.rotation, part.to.rotation, s);
        local.scale = part.to.scale;
        scene_.nodes[part.mount].visible = id == held_ && !layout_.find_part(id)->coil();
        scene_.nodes[part.root].visible = part.place != PartPlace::laid;
        const bool mounted = part.place == PartPlace::mounted;
        set_pickable(part.root, !mounted && part.place != PartPlace::in_hand);
        const bool ports_in_place = mounted || part.place == PartPlace::laid;
        for (NodeId port : part.ports) {
            scene_.nodes[port].visible = ports_in_place;
            scene_.nodes[port].pickable = ports_in_place;
        }
    }
    if (!same_lines(state.lines, [&] {
            std::vector<LineView> v;
            for (const LineNodes& l : lines_) v.push_back(l.view);
            return v;
        }()))
        rebuild_lines(state);
    for (std::size_t i = 0; i < lines_.size() && i < state.lines.size(); ++i) {
        lines_[i].view = state.lines[i];
        scene_.materials[std::size_t(lines_[i].material)] = line_material(state.lines[i].fluid);
        scene_.nodes[lines_[i].clamp].visible = state.lines[i].clamped;
    }
    update_markers(state);
    update_world_transforms(scene_);
}

void AssemblyWorld::hold_in_front_of(const glm::vec3& eye_m, const glm::vec3& forward) {
    hold_at(eye_m + kHoldDistanceM * glm::normalize(forward) - glm::vec3(0, kHoldDropM, 0));
}

void AssemblyWorld::hold_at(const glm::vec3& centre_m) {
    auto it = parts_.find(held_);
    if (it == parts_.end()) return;
    PartNodes& part = it->second;
    Transform to = part.to;
    to.rotation = host_.rotation;
    to.translation_m = centre_m - host_.rotation * (host_.scale * part.model_centre_m);
    part.to = to;
    if (part.t >= 1.0f) scene_.nodes[part.root].local = to;
    update_world_transforms(scene_);
}

void AssemblyWorld::update_markers(const AssemblyState& state) {
    const auto paint = [&](const std::string& part, const std::vector<PortLayout>& ports, const std::vector<NodeId>& nodes) {
        for (std::size_t i = 0; i < nodes.size(); ++i)
            scene_.nodes[nodes[i]].material =
                state.chosen_port == PortKey{part, ports[i].id} ? marker_chosen_ : marker_free_;
    };
    for (const PartLayout& part : layout_.parts) paint(part.id, part.ports, parts_.at(part.id).ports);
    for (const FixtureLayout& fixture : layout_.fixtures) paint(fixture.id, fixture.ports, fixture_ports_[fixture.id]);
}

bool AssemblyWorld::animating() const {
    return std::any_of(parts_.begin(), parts_.end(), [](const auto& p) { return p.second.t < 1.0f; });
}

}  // namespace perfuse
