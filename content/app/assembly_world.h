#pragma once
// The circuit-assembly objects in the 3D room: the parts trolley, the loose parts (on the trolley, in
// the trainee's hand, or mounted), where each part mounts (a glowing outline while it is held), port
// markers on mounted parts and fixtures, the tubes drawn between ports (coloured by what they carry)
// and their clamps. They live in a scene of their own beside the room's, drawn into the same draw list
// and picked with the same rays; tubes get a mesh of their own each time a line is drawn.
#include <filesystem>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "app/assembly_layout.h"
#include "app/assembly_state.h"
#include "render/draw_list.h"
#include "render/gpu_mesh.h"
#include "render/scene_gpu.h"
#include "scene/collision.h"
#include "scene/frustum.h"
#include "scene/picking.h"
#include "scene/scene.h"

namespace perfuse {

class Device;
class TextureTable;
struct Room;

// Something the trainee can point at while assembling.
struct AssemblyTarget {
    enum class Kind { none, part, mount, port, line };
    Kind kind = Kind::none;
    std::string part;  // part, mount, port: the part (or fixture) id
    std::string port;  // port only
    std::string line;  // line only
    bool operator==(const AssemblyTarget&) const = default;
};

struct AssemblyPick {
    AssemblyTarget target;
    float distance_m = 0.0f;
};

class AssemblyWorld {
public:
    // Builds the objects (CPU side) for ROOM from LAYOUT; loads part and trolley models from MODELS_DIR.
    // Throws std::runtime_error with one line naming the model file and problem.
    AssemblyWorld(AssemblyLayout layout, const Room& room, const std::filesystem::path& models_dir);
    // Waits for the GPU first: a frame in flight may still draw the tubes.
    ~AssemblyWorld();
    AssemblyWorld(const AssemblyWorld&) = delete;
    AssemblyWorld& operator=(const AssemblyWorld&) = delete;

    const AssemblyLayout& layout() const { return layout_; }
    // Uploads the fixed meshes; call once before the first append_draws.
    void upload(Device& device, TextureTable& textures);
    // Follows STATE: parts move to their places (over about half a second), markers and mount outlines
    // show where they can be used, tubes are rebuilt when lines change, clamps and colours follow.
    void sync(const AssemblyState& state, float dt_s);
    // Reduced motion (a comfort setting): parts jump to their places instead of moving there.
    void set_reduced_motion(bool on) { reduced_motion_ = on; }
    // Puts the held part in front of the viewer.
    void hold_in_front_of(const glm::vec3& eye_m, const glm::vec3& forward);
    // Puts the held part's middle at CENTRE_M (a headset's hand holding it), upright as on its mount.
    void hold_at(const glm::vec3& centre_m);
    // The part in the trainee's hand (empty: none), as of the last sync.
    const std::string& held() const { return held_; }
    // Adds this frame's draws (opaque first, then see-through, as the room's draw list is ordered).
    void append_draws(const Frustum& frustum, const glm::vec3& eye_m, const AssemblyTarget& highlighted,
                      DrawList& draws);
    // The nearest assembly object along RAY within MAX_DISTANCE_M.
    AssemblyPick pick(const Ray& ray, float max_distance_m) const;
    // What Tab cycles through now, in a stable order: loose parts, mounts (while holding), free ports,
    // lines.
    std::vector<AssemblyTarget> targets() const;
    // Where a target is in the world (for its label and for keyboard focus).
    glm::vec3 anchor_of(const AssemblyTarget& target) const;
    std::string label_of(const AssemblyTarget& target) const;
    bool animating() const;
    // What the trolley puts in a walker's way (room frame), to add to the room's obstacles.
    std::vector<Obstacle> obstacles() const;

private:
    struct PartNodes {
        NodeId root = kNoNode;
        NodeId mount = kNoNode;  // outline where it mounts
        std::vector<NodeId> ports;  // parallel to the layout's ports
        glm::vec3 model_centre_m{0};  // host frame
        float half_height_m = 0;
        Transform from, to;
        float t = 1.0f;  // 0..1 progress of the current move
        PartPlace place = PartPlace::trolley;
    };
    struct LineNodes {
        LineView view;
        NodeId tube = kNoNode;
        NodeId clamp = kNoNode;
        std::int32_t material = kNoIndex;
        std::size_t gpu = 0;  // index into tube_meshes_
        glm::vec3 middle_m{0};
    };

    struct Models;
    void add_part(const PartLayout& part, Models& models);
    NodeId add_marker(NodeId parent, const std::string& part, const PortLayout& port);
    // Sets whether ROOT and everything under it can be pointed at; none of it blocks walking.
    void set_pickable(NodeId root, bool pickable);
    Transform trolley_place(const PartNodes& part, const PartLayout& layout) const;
    void move_part(PartNodes& part, const Transform& to, bool animate);
    void rebuild_lines(const AssemblyState& state);
    glm::vec3 port_world(const PortKey& port) const;
    glm::vec3 port_direction(const PortKey& port) const;
    std::vector<glm::vec3> line_path(const LineView& line) const;
    NodeId port_node(const PortKey& port) const;
    void update_markers(const AssemblyState& state);

    AssemblyLayout layout_;
    Scene scene_;
    Transform host_;
    NodeId trolley_ = kNoNode;
    std::map<std::string, PartNodes> parts_;
    std::map<std::string, std::vector<NodeId>> fixture_ports_;
    std::vector<LineNodes> lines_;
    std::string held_;
    bool reduced_motion_ = false;
    std::int32_t fixed_mesh_count_ = 0;
    std::int32_t marker_free_ = kNoIndex, marker_chosen_ = kNoIndex, mount_material_ = kNoIndex;
    std::int32_t marker_mesh_ = kNoIndex, coil_mesh_ = kNoIndex, coil_material_ = kNoIndex;
    std::int32_t clamp_mesh_ = kNoIndex, clamp_material_ = kNoIndex;
    std::unique_ptr<SceneGpu> gpu_;
    Device* device_ = nullptr;
    std::vector<std::unique_ptr<GpuMesh>> tube_meshes_;
    std::vector<std::pair<std::unique_ptr<GpuMesh>, int>> retired_;  // meshes a frame in flight may still use
};

}  // namespace perfuse
