// AssemblyWorld's questions about what can be pointed at: the keyboard's Tab order, anchors, labels.
#include "app/assembly_world.h"

#include "scene/scene_merge.h"

namespace perfuse {

std::vector<AssemblyTarget> AssemblyWorld::targets() const {
    using Kind = AssemblyTarget::Kind;
    std::vector<AssemblyTarget> out;
    if (!held_.empty()) {
        if (!layout_.find_part(held_)->coil()) out.push_back({.kind = Kind::mount, .part = held_});
    } else {
        for (const PartLayout& part : layout_.parts)
            if (parts_.at(part.id).place == PartPlace::trolley) out.push_back({.kind = Kind::part, .part = part.id});
    }
    for (const PartLayout& part : layout_.parts) {
        const PartPlace place = parts_.at(part.id).place;
        if (place != PartPlace::mounted && place != PartPlace::laid) continue;
        for (const PortLayout& port : part.ports) out.push_back({.kind = Kind::port, .part = part.id, .port = port.id});
    }
    for (const FixtureLayout& fixture : layout_.fixtures)
        for (const PortLayout& port : fixture.ports) out.push_back({.kind = Kind::port, .part = fixture.id, .port = port.id});
    for (const LineNodes& line : lines_) out.push_back({.kind = Kind::line, .line = line.view.id});
    return out;
}

glm::vec3 AssemblyWorld::anchor_of(const AssemblyTarget& target) const {
    using Kind = AssemblyTarget::Kind;
    switch (target.kind) {
    case Kind::part:
        if (auto it = parts_.find(target.part); it != parts_.end()) {
            const Bounds b = subtree_bounds(scene_, it->second.root);
            return {b.center().x, b.max.y + 0.06f, b.center().z};
        }
        break;
    case Kind::mount:
        if (auto it = parts_.find(target.part); it != parts_.end()) return scene_.nodes[it->second.mount].local.translation_m;
        break;
    case Kind::port:
        if (const NodeId node = port_node({target.part, target.port}); node != kNoNode)
            return glm::vec3(scene_.nodes[node].world[3]);
        break;
    case Kind::line:
        for (const LineNodes& line : lines_)
            if (line.view.id == target.line) return line.middle_m;
        break;
    case Kind::none: break;
    }
    return host_.translation_m;
}

std::string AssemblyWorld::label_of(const AssemblyTarget& target) const {
    using Kind = AssemblyTarget::Kind;
    switch (target.kind) {
    case Kind::part:
    case Kind::mount: return layout_.label_of(target.part);
    case Kind::port:
        if (const PortLayout* port = layout_.find_port(target.part, target.port))
            return layout_.label_of(target.part) + ": " + port->label;
        break;
    case Kind::line:
        if (const PartLayout* part = layout_.find_part(target.line)) return part->label;  // a tubing item
        for (const LineNodes& line : lines_)
            if (line.view.id == target.line) return label_of({.kind = Kind::port, .part = line.view.a.part, .port = line.view.a.port}) +
                                                    " - " + label_of({.kind = Kind::port, .part = line.view.b.part, .port = line.view.b.port});
        break;
    case Kind::none: break;
    }
    return {};
}

}  // namespace perfuse
