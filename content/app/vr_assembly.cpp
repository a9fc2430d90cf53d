#include "app/vr_assembly.h"

#include <glm/gtc/matrix_transform.hpp>

#include "app/app_paths.h"
#include "app/live_model.h"
#include "app/procedure_controls.h"
#include "app/vr_renderer.h"
#include "procedure_run.h"
#include "workbench.h"
#include "xr/xr_math.h"

namespace perfuse {

namespace {
using Kind = AssemblyTarget::Kind;

// A part is held a little ahead of the hand, so it does not hide inside the controller.
constexpr float kHoldAheadM = 0.08f;
// Letting go of a part this near its mount outline (its middle to the outline's) mounts it.
constexpr float kPlaceNearM = 0.25f;
constexpr float kCarriedTubeThickness = 2.5f;  // times the pointer beam's: about a tube's 10 mm

bool tracked(const VrAssembly& a, int hand) { return hand >= 0 && a.hand_tracked[std::size_t(hand)]; }

// Acts on TARGET as a click, and keeps count of what it did.
void act(VrAssembly& a, const AssemblyHost& h, const AssemblyTarget& target, int hand) {
    const circuits::Workbench& bench = a.run->bench();
    const std::size_t joints_before = bench.joints().size();
    if (!assembly_act(h, target)) return;
    if (h.session.message_refused) ++a.refusals;
    if (target.kind == Kind::part && bench.state(target.part).place == circuits::Place::in_hand) {
        a.holding = hand;
        ++a.grabs;
    }
    if (target.kind == Kind::mount && bench.state(target.part).place == circuits::Place::mounted) {
        ++a.mounts;
        if (a.holding == hand) a.holding = -1;
    }
    if (bench.joints().size() > joints_before) ++a.joins;
    a.joining = h.session.chosen.empty() ? -1 : hand;
}

// Grip let go with a part in that hand: on (or near) the part's own mount outline, it goes there.
void release(VrAssembly& a, const AssemblyHost& h, std::size_t hand) {
    const AssemblyWorld& world = *h.session.world;
    if (a.holding != int(hand) || world.held().empty()) return;
    const AssemblyTarget mount{.kind = Kind::mount, .part = world.held()};
    const bool on_it = a.pointed[hand].target == mount;
    const bool near = glm::distance(a.hold_m[hand], world.anchor_of(mount)) < kPlaceNearM;
    if (on_it || near) act(a, h, mount, int(hand));
}

// The hand's own press: trigger on anything, grip on a part, a port or a mount.
void press(VrAssembly& a, const AssemblyHost& h, std::size_t hand, bool trigger, bool grip) {
    const AssemblyTarget& target = a.pointed[hand].target;
    if (target.kind == Kind::none) return;
    const bool grips_it = grip && target.kind != Kind::line;
    if (trigger || grips_it) {
        h.session.focused = target;
        act(a, h, target, int(hand));
    }
}
}  // namespace

AssemblyHost vr_assembly_host(VrRenderer& r, std::vector<std::string>& speak, bool reduced_motion) {
    return {.session = r.assembly,
            .room = r.room,
            .selection = r.selection,
            .device = r.gpu.device(),
            .textures = r.eyes[0].scene->textures(),
            .speak_requests = speak,
            .reduced_motion = reduced_motion};
}

std::string start_vr_procedure(VrAssembly& a, LiveModel& live, const std::string& room_id, const std::string& id) {
    procedures::RunLoad load = procedures::start_procedure(asset_dir().string(), id, procedures::Style::guided);
    if (load.error.empty() && load.run->bench().kit().scene != room_id)
        load.error = id + ": its kit is set out in the " + load.run->bench().kit().scene + ", not here";
    if (!load.error.empty()) return a.error = load.error;
    live.use(nullptr);  // before the old run's simulation goes
    a = {};
    a.run = std::move(load.run);
    name_run_controls(*a.run);
    live.use(&a.run->live().simulation());
    return {};
}

void end_vr_procedure(VrAssembly& a, LiveModel& live) {
    if (live.sim() && a.run && live.sim() == &a.run->live().simulation()) live.use(nullptr);
    a = {};
}

VrPointerClaim vr_assembly_claim(VrAssembly& a, const AssemblyHost& h) {
    a.pointed = {};
    if (!a.run || !h.session.world) return {};
    return [&a, &h](std::size_t hand, const Ray& ray) -> std::optional<float> {
        const AssemblyPick hit = assembly_pick(h, ray.origin_m, ray.direction);
        if (hit.target.kind == Kind::none) return std::nullopt;
        a.pointed[hand] = hit;
        return hit.distance_m;
    };
}

void apply_vr_assembly_input(VrAssembly& a, const AssemblyHost& h, const ControllerInput& input,
                             const glm::mat4& world_from_tracking) {
    AssemblySession& session = h.session;
    session.hovered = {};
    for (std::size_t hand = 0; hand < input.hands.size(); ++hand) {
        const HandInput& in = input.hands[hand];
        const bool was_down = a.grip_down[hand];
        a.grip_down[hand] = in.active && in.grab;
        a.hand_tracked[hand] = in.active;
        if (!in.active) continue;
        const glm::mat4 world_from_grip = world_from_tracking * pose_matrix(in.grip);
        a.hold_m[hand] = glm::vec3(world_from_grip[3]) - kHoldAheadM * glm::normalize(glm::vec3(world_from_grip[2]));
        if (!a.run || !session.world) continue;
        if (session.hovered.kind == Kind::none) session.hovered = a.pointed[hand].target;
        if (was_down && !in.grab) release(a, h, hand);
        press(a, h, hand, in.select_pressed, in.grab && !was_down);
    }
}

void update_vr_procedure(VrAssembly& a, const AssemblyHost& h, LiveModel& live, float dt_s) {
    if (a.run && a.run->bench().kit().scene != h.room.id) end_vr_procedure(a, live);  // another room
    if (a.run) {
        // The LiveModel steps the run's model; a changed circuit may rebuild it as a new object.
        a.run->follow();
        if (live.sim() != &a.run->live().simulation()) live.use(&a.run->live().simulation());
    }
    update_assembly(h, a.run.get(), dt_s);
    if (!h.session.world) return;
    if (h.session.world->held().empty()) a.holding = -1;
    if (tracked(a, a.holding)) h.session.world->hold_at(a.hold_m[std::size_t(a.holding)]);
    if (h.session.chosen.empty()) a.joining = -1;
}

DrawList vr_assembly_draws(const VrAssembly& a, const AssemblySession& session, const VrPointerMeshes& meshes) {
    if (!session.world || session.chosen.empty() || !tracked(a, a.joining)) return {};
    const glm::vec3 from = session.world->anchor_of({.kind = Kind::port, .part = session.chosen.part, .port = session.chosen.port});
    const glm::vec3 to = a.hold_m[std::size_t(a.joining)];
    const float length_m = glm::distance(from, to);
    if (length_m < 1e-3f) return {};
    const glm::vec3 direction = (to - from) / length_m;
    const glm::vec3 up = std::abs(direction.y) > 0.99f ? glm::vec3(1.0f, 0.0f, 0.0f) : glm::vec3(0.0f, 1.0f, 0.0f);
    // lookAt's inverse takes -Z along DIRECTION from FROM: the beam mesh runs from the origin down -Z.
    const glm::mat4 world_from_tube = glm::inverse(glm::lookAt(from, to, up));
    Material clear_tube;
    clear_tube.name = "vr_carried_tube";
    clear_tube.base_color = glm::vec4(0.85f, 0.9f, 0.92f, 1.0f);
    clear_tube.roughness = 0.3f;
    return {{.mesh = &meshes.beam,
             .model = world_from_tube *
                      glm::scale(glm::mat4(1.0f), {kCarriedTubeThickness, kCarriedTubeThickness, length_m}),
             .material = clear_tube}};
}

nlohmann::ordered_json vr_assembly_report(const VrAssembly& a) {
    nlohmann::ordered_json j;
    if (!a.run) {
        j["id"] = nullptr;
        return j;
    }
    const procedures::ProcedureRun& run = *a.run;
    const procedures::Score score = run.steps().score();
    const circuits::Workbench& bench = run.bench();
    int mounted = 0;
    for (const circuits::ItemSpec& item : bench.kit().items)
        if (!item.fixed && bench.state(item.id).place == circuits::Place::mounted) ++mounted;
    j["id"] = run.procedure().id;
    j["steps_complete"] = score.steps_complete;
    j["steps_total"] = score.steps_total;
    j["finished"] = score.finished;
    j["parts_mounted"] = mounted;
    j["joints"] = bench.joints().size();
    j["grabs"] = a.grabs;
    j["mounts"] = a.mounts;
    j["joins"] = a.joins;
    j["refusals"] = a.refusals;
    return j;
}

}  // namespace perfuse
