#include "app/vr_controls.h"

#include <cfloat>

#include "scene/picking.h"
#include "ui/imgui_surface.h"
#include "xr/xr_math.h"

namespace perfuse {

namespace {
constexpr float kBeamReachM = 3.0f;  // beyond a room's depth from most places: further hits are not useful

// The nearest of PANELS that HAND's ray meets, with its index.
std::optional<std::pair<std::size_t, VrMenuHit>> nearest_panel(std::span<const VrMenuPanel* const> panels, size_t hand,
                                                               const glm::vec3& origin, const glm::vec3& direction) {
    std::optional<std::pair<std::size_t, VrMenuHit>> nearest;
    for (std::size_t i = 0; i < panels.size(); ++i) {
        if (!panels[i] || panels[i]->on_hand == int(hand)) continue;
        const std::optional<VrMenuHit> hit = menu_hit(*panels[i], origin, direction);
        if (hit && (!nearest || hit->distance_m < nearest->second.distance_m)) nearest.emplace(i, *hit);
    }
    return nearest;
}
}  // namespace

VrControls start_controls(const Room& room, const ComfortSettings& comfort, XrReferenceSpaceType space) {
    VrControls controls;
    controls.comfort = comfort;
    const CameraPose start = start_pose(room);
    // The desktop walker's eye is eye_height_m above its feet; the floor is where its feet are.
    controls.floor_y_m = start.eye_m.y - CameraSettings{}.eye_height_m;
    controls.rig.origin_m = {start.eye_m.x,
                             controls.floor_y_m + origin_height_above_floor_m(space, comfort.eye_height_m),
                             start.eye_m.z};
    controls.rig.yaw_rad = start.yaw_rad;
    controls.rules.floor_y_m = controls.floor_y_m;
    controls.rules.max_distance_m = comfort.teleport_max_distance_m;
    controls.rules.body_radius_m = CameraSettings{}.body_radius_m;
    controls.rules.walkable_m = scene_bounds(room.scene);
    return controls;
}

void update_controls(VrControls& c, const ControllerInput& input, const glm::vec3& head_tracking_m,
                     const Room& room, Selection& selection, float dt_s, std::span<const VrMenuPanel* const> panels,
                     const VrPointerClaim& claim) {
    selection.hovered.clear();
    c.jumped = false;
    c.turn_rad_s = 0.0f;
    c.panel_pointer.reset();
    c.menu_pressed = false;
    for (size_t h = 0; h < input.hands.size(); ++h) {
        const HandInput& hand = input.hands[h];
        if (!hand.active) {
            c.sticks[h] = {};
            c.aims[h].reset();
            c.beams[h].reset();
            continue;
        }
        const glm::mat4 world_from_aim = world_from_tracking(c.rig) * pose_matrix(hand.aim);
        const glm::vec3 origin = glm::vec3(world_from_aim[3]);
        const glm::vec3 forward = -glm::vec3(world_from_aim[2]);  // OpenXR aim poses point down -Z
        const Ray ray{origin, glm::normalize(forward)};
        const PickHit hit = pick(room.scene, ray, kBeamReachM);
        c.beams[h] = PointerBeam{origin, ray.direction, hit.hit() ? hit.distance_m : kBeamReachM};
        if (hand.menu_pressed) c.menu_pressed = true;
        const auto on_panel = nearest_panel(panels, h, origin, ray.direction);
        if (on_panel && on_panel->second.distance_m < c.beams[h]->length_m) {
            // A panel is in front: the beam ends on it, and the room behind is neither hovered nor picked.
            c.beams[h]->length_m = on_panel->second.distance_m;
            if (!c.panel_pointer) c.panel_pointer = VrPanelPointer{on_panel->second.uv, hand.select, on_panel->first};
        } else if (const std::optional<float> claimed = claim ? claim(h, ray) : std::nullopt) {
            c.beams[h]->length_m = *claimed;  // on a part or port: the room behind is not picked
        } else {
            const std::string hovered = pick_interactable(room, ray);
            if (!hovered.empty()) selection.hovered = hovered;
            if (hand.select_pressed) selection.selected = hovered;
        }

        const StickIntent intent = read_stick(c.sticks[h], hand.move, c.comfort);
        if (intent.turn_rad != 0.0f) {
            snap_turn(c.rig, head_tracking_m, intent.turn_rad);
            ++c.snap_turns;
            c.jumped = true;
        }
        if (intent.turn_rate != 0.0f) {
            // Smooth turning turns about the head too: the same call, a small angle each frame.
            const float rate_rad_s = intent.turn_rate * glm::radians(c.comfort.smooth_turn_deg_s);
            snap_turn(c.rig, head_tracking_m, rate_rad_s * dt_s);
            c.turn_rad_s += rate_rad_s;
        }
        const glm::vec3 head_world = glm::vec3(world_from_tracking(c.rig) * glm::vec4(head_tracking_m, 1.0f));
        const glm::vec3 feet{head_world.x, c.floor_y_m, head_world.z};
        if (intent.aiming) {
            c.aims[h] = aim_teleport(origin, forward, feet, c.rules, room.obstacles);
            c.beams[h].reset();  // the arc replaces the beam while aiming
        } else {
            if (intent.commit && c.aims[h] && c.aims[h]->verdict == TeleportVerdict::valid) {
                teleport(c.rig, head_tracking_m, c.aims[h]->floor_point_m);
                ++c.teleports;
                c.jumped = true;
            }
            c.aims[h].reset();
        }
    }
}

void point_at_surface(ImGuiSurface& surface, const VrPanelPointer* pointer) {
    ImGuiIO& io = surface.io();
    io.MousePos = pointer ? ImVec2(pointer->uv.x * surface.size().x, pointer->uv.y * surface.size().y)
                          : ImVec2(-FLT_MAX, -FLT_MAX);
    io.MouseDown[0] = pointer && pointer->pressed;
}

}  // namespace perfuse
