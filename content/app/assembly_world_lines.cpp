// AssemblyWorld's tubes: where each port is in the room, the path a line takes between two ports (or
// hanging loose from one), and the tube and clamp meshes rebuilt when the lines change.
#include "app/assembly_world.h"

#include <cmath>

#include <glm/gtc/quaternion.hpp>

#include "app/assembly_tube.h"
#include "geometry/sweep.h"
#include "gpu/frames.h"

namespace perfuse {

namespace {
constexpr float kLooseDropM = 0.35f;
constexpr int kRetireFrames = 2 * int(FrameRing::kFramesInFlight) + 2;  // draws may be prepared twice a frame

// The rotation that turns +X onto DIR (unit length).
glm::quat turn_x_to(const glm::vec3& dir) {
    const glm::vec3 x{1, 0, 0};
    const glm::vec3 axis = glm::cross(x, dir);
    if (glm::length(axis) < 1e-5f) return dir.x > 0 ? glm::quat(1, 0, 0, 0) : glm::angleAxis(glm::pi<float>(), glm::vec3(0, 1, 0));
    return glm::angleAxis(std::acos(glm::clamp(glm::dot(x, dir), -1.0f, 1.0f)), glm::normalize(axis));
}
}  // namespace

NodeId AssemblyWorld::port_node(const PortKey& port) const {
    const auto find_in = [&](const std::vector<PortLayout>& ports, const std::vector<NodeId>& nodes) {
        for (std::size_t i = 0; i < ports.size(); ++i)
            if (ports[i].id == port.port) return nodes[i];
        return kNoNode;
    };
    if (const PartLayout* part = layout_.find_part(port.part)) return find_in(part->ports, parts_.at(port.part).ports);
    for (const FixtureLayout& fixture : layout_.fixtures)
        if (fixture.id == port.part) return find_in(fixture.ports, fixture_ports_.at(fixture.id));
    return kNoNode;
}

glm::vec3 AssemblyWorld::port_world(const PortKey& port) const {
    if (port.part == kJunction) return glm::vec3(host_.matrix() * glm::vec4(layout_.junction_m, 1.0f));
    const PortLayout* layout = layout_.find_port(port.part, port.port);
    if (!layout) return host_.translation_m;
    // Where the port will be once any move has finished, so a tube drawn during a move ends right.
    auto it = parts_.find(port.part);
    const bool moves_with_part = it != parts_.end() && !layout_.find_part(port.part)->coil();
    const Transform& frame = moves_with_part ? it->second.to : host_;
    return glm::vec3(frame.matrix() * glm::vec4(layout->position_m, 1.0f));
}

std::vector<glm::vec3> AssemblyWorld::line_path(const LineView& line) const {
    // A loose end hangs below the joined one, towards the front of the machine.
    const auto loose_end = [&](const PortKey& joined) {
        return port_world(joined) + host_.rotation * glm::vec3(0.0f, -kLooseDropM, 0.25f);
    };
    const glm::vec3 a = line.a.empty() ? loose_end(line.b) : port_world(line.a);
    const glm::vec3 b = line.b.empty() ? loose_end(line.a) : port_world(line.b);
    const glm::vec3 down{0.0f, -1.0f, 0.0f};
    return tube_path(a, line.a.empty() ? down : port_direction(line.a), b, line.b.empty() ? down : port_direction(line.b));
}

glm::vec3 AssemblyWorld::port_direction(const PortKey& port) const {
    const PortLayout* layout = layout_.find_port(port.part, port.port);
    return layout ? host_.rotation * layout->direction : glm::vec3(0, -1, 0);
}

void AssemblyWorld::rebuild_lines(const AssemblyState& state) {
    for (LineNodes& line : lines_) {  // the tubes drawn so far may still be in a frame in flight
        if (line.gpu < tube_meshes_.size() && tube_meshes_[line.gpu]) retired_.emplace_back(std::move(tube_meshes_[line.gpu]), kRetireFrames);
        scene_.nodes[line.tube].visible = false;
        scene_.nodes[line.clamp].visible = false;
    }
    std::vector<LineNodes> old = std::move(lines_);
    lines_.clear();
    tube_meshes_.clear();
    for (std::size_t i = 0; i < state.lines.size(); ++i) {
        const LineView& view = state.lines[i];
        LineNodes line = i < old.size() ? old[i] : LineNodes{};
        line.view = view;
        const std::vector<glm::vec3> path = line_path(view);
        MeshData mesh = make_tube(path, kTubeRadiusM, 10, false);
        mesh.name = "line:" + view.id;
        if (line.tube == kNoNode) {
            line.tube = add_node(scene_, "line:" + view.id);
            scene_.nodes[line.tube].mesh = add_mesh(scene_, mesh);
            line.material = add_material(scene_, line_material(view.fluid));
            scene_.nodes[line.tube].material = line.material;
            line.clamp = add_node(scene_, "clamp:" + view.id);
            scene_.nodes[line.clamp].mesh = clamp_mesh_;
            scene_.nodes[line.clamp].material = clamp_material_;
        } else {
            scene_.meshes[std::size_t(scene_.nodes[line.tube].mesh)] = mesh;
            scene_.mesh_bounds[std::size_t(scene_.nodes[line.tube].mesh)] = mesh.bounds();
        }
        for (NodeId id : {line.tube, line.clamp}) {
            scene_.nodes[id].tag = "line:" + view.id;
            scene_.nodes[id].collidable = false;
            scene_.nodes[id].visible = true;
        }
        // The clamp sits across the middle of the line.
        const std::size_t mid = path.size() / 2;
        const glm::vec3 along = glm::normalize(path[std::min(mid + 1, path.size() - 1)] - path[mid > 0 ? mid - 1 : 0]);
        line.middle_m = path[mid];
        const glm::vec3 across = glm::length(glm::cross(along, glm::vec3(0, 1, 0))) > 1e-3f
                                     ? glm::normalize(glm::cross(along, glm::vec3(0, 1, 0)))
                                     : glm::vec3(1, 0, 0);
        scene_.nodes[line.clamp].local = {.translation_m = path[mid],
                                          .rotation = turn_x_to(across)};
        line.gpu = tube_meshes_.size();
        tube_meshes_.push_back(device_ ? std::make_unique<GpuMesh>(upload_mesh(*device_, mesh)) : nullptr);
        lines_.push_back(std::move(line));
    }
}

}  // namespace perfuse
