// Circuit assembly with the controllers, without a runtime (the simulated headset has none): synthetic
// hand poses and buttons go through the real controls (update_controls with the assembly's pointer
// claim) into a CPB procedure in the theatre, its parts on the GPU (lavapipe in CI, validation on).
// Grip on a part holds it and it follows the hand; letting go over its mount (or near it) mounts it;
// trigger on a port and then another joins them; a wrong joint is refused with the desktop's words.
#include <gtest/gtest.h>

#include "app/app_paths.h"
#include "app/app_renderer.h"
#include "app/vr_assembly.h"
#include "app/vr_assembly_script.h"
#include "app/vr_menu_procedures.h"
#include "procedure_run.h"
#include "render/offscreen_target.h"
#include "xr/xr_math.h"

namespace perfuse {
namespace {

using Kind = AssemblyTarget::Kind;
constexpr float kDt = 1.0f / 90.0f;
constexpr std::size_t kRight = 1;

AssemblyTarget part(const std::string& id) { return {.kind = Kind::part, .part = id}; }
AssemblyTarget mount(const std::string& id) { return {.kind = Kind::mount, .part = id}; }
AssemblyTarget port(const std::string& p, const std::string& id) { return {.kind = Kind::port, .part = p, .port = id}; }

struct VrAssemblyTest : ::testing::Test {
    ValidationLog log;
    AppOptions options;
    std::unique_ptr<AppRenderer> r;
    AssemblySession session;
    std::vector<std::string> speak;
    std::unique_ptr<AssemblyHost> host;
    VrControls controls;
    VrAssembly a;
    glm::vec3 head{0.0f};
    HandInput right;  // the right controller: its pose and buttons, held from frame to frame

    void SetUp() override {
        options.validation = true;
        options.scene = "theatre";
        options.audio = false;
        r = std::make_unique<AppRenderer>(options, nullptr, log);
        r->create_renderers(OffscreenTarget::kFormat, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, 2, nullptr);
        // Reduced motion: parts jump to their places, so one frame shows where they went.
        host = std::make_unique<AssemblyHost>(AssemblyHost{.session = session,
                                                           .room = r->room,
                                                           .selection = r->selection,
                                                           .device = r->gpu.device(),
                                                           .textures = r->scene->textures(),
                                                           .speak_requests = speak,
                                                           .reduced_motion = true});
        controls = start_controls(r->room, ComfortSettings{}, XR_REFERENCE_SPACE_TYPE_LOCAL);
        controls.rig = {};  // tracking space = world, so hand poses are given in the room
        head = r->room.cameras.at("circuit_assembly").eye_m;
        ASSERT_EQ(start_vr_procedure(a, *r->live, "theatre", "cpb"), "");
        frame();
        ASSERT_NE(session.world, nullptr) << session.error;
    }
    void TearDown() override {
        end_vr_procedure(a, *r->live);
        update_assembly(*host, nullptr, kDt);
        vkDeviceWaitIdle(r->gpu.device().handle());
        host.reset();
        r.reset();
        EXPECT_EQ(log.problem_count(), 0) << "validation messages";
    }

    // One headset frame as a VR run does it: controls (with the assembly's claim), the hands' buttons,
    // then the procedure and the parts.
    void frame() {
        ControllerInput input;
        input.hands[kRight] = right;
        const std::array<const VrMenuPanel*, 1> no_panels{nullptr};
        update_controls(controls, input, glm::vec3(0.0f), r->room, r->selection, kDt, no_panels,
                        vr_assembly_claim(a, *host));
        apply_vr_assembly_input(a, *host, input, world_from_tracking(controls.rig));
        update_vr_procedure(a, *host, *r->live, kDt);
        right.select_pressed = false;
    }
    void point(const glm::vec3& origin, const glm::vec3& direction) {
        const glm::vec3 up = std::abs(direction.y) > 0.99f ? glm::vec3(1, 0, 0) : glm::vec3(0, 1, 0);
        right.active = true;
        right.aim = to_xr_pose(glm::inverse(glm::lookAt(origin, origin + direction, up)));
        right.grip = right.aim;
    }
    void point_at(const AssemblyTarget& t) {
        const auto [origin, direction] = vr_aim_at(*host, t, head);
        point(origin, direction);
    }
    void trigger_on(const AssemblyTarget& t) {
        point_at(t);
        right.select = right.select_pressed = true;
        frame();
        right.select = false;
        frame();
    }
    // Grip on the part, over to its mount, let go.
    void grab_and_mount(const std::string& id) {
        point_at(part(id));
        right.grab = true;
        frame();
        frame();
        point_at(mount(id));
        frame();
        right.grab = false;
        frame();
    }
    circuits::Place place(const std::string& id) const { return a.run->bench().state(id).place; }
    glm::vec3 held_middle() const {
        const glm::vec3 top = session.world->anchor_of(part(session.world->held()));
        return top;
    }
};

TEST_F(VrAssemblyTest, GripOnAPartHoldsItAndItFollowsTheHand) {
    point_at(part("reservoir"));
    EXPECT_EQ(place("reservoir"), circuits::Place::trolley);
    right.grab = true;
    frame();
    EXPECT_EQ(place("reservoir"), circuits::Place::in_hand) << session.message;
    EXPECT_EQ(a.holding, int(kRight));
    EXPECT_TRUE(r->selection.selected.empty()) << "the room behind the part is not selected";
    // The hand moves (grip still held): the part follows it, held a little ahead of the grip.
    for (const glm::vec3 hand : {head + glm::vec3(0.3f, -0.4f, -0.3f), head + glm::vec3(-0.25f, -0.3f, -0.45f)}) {
        point(hand, {0.0f, 0.0f, -1.0f});
        frame();
        const glm::vec3 held = held_middle();  // above its middle, at the part's top
        EXPECT_NEAR(held.x, hand.x, 0.03f);
        EXPECT_NEAR(held.z, hand.z - 0.08f, 0.03f);
        EXPECT_GT(held.y, hand.y);
    }
    EXPECT_EQ(place("reservoir"), circuits::Place::in_hand);
}

TEST_F(VrAssemblyTest, LettingGoOverItsMountMountsIt) {
    grab_and_mount("reservoir");
    EXPECT_EQ(place("reservoir"), circuits::Place::mounted) << session.message;
    EXPECT_FALSE(session.message_refused);
    EXPECT_EQ(a.mounts, 1);
    EXPECT_EQ(a.holding, -1);
}

TEST_F(VrAssemblyTest, LettingGoAwayKeepsItInHandAndNearTheMountMountsIt) {
    point_at(part("pump_boot"));
    right.grab = true;
    frame();
    // Let go pointing at the floor, far from the pump: still in hand, still following that hand.
    point(head + glm::vec3(0.0f, -0.4f, 0.3f), {0.0f, -1.0f, 0.0f});
    frame();
    right.grab = false;
    frame();
    EXPECT_EQ(place("pump_boot"), circuits::Place::in_hand);
    EXPECT_EQ(a.mounts, 0);
    // Grip again and let go with the part beside its mount (20 cm towards the player), pointing up,
    // away from it.
    const glm::vec3 at_mount = session.world->anchor_of(mount("pump_boot"));
    glm::vec3 towards_player = head - at_mount;
    towards_player.y = 0.0f;
    right.grab = true;
    point(at_mount + 0.2f * glm::normalize(towards_player), {0.0f, 1.0f, 0.0f});
    frame();
    EXPECT_EQ(a.pointed[kRight].target.kind, Kind::none) << "not pointing at the outline";
    right.grab = false;
    frame();
    EXPECT_EQ(place("pump_boot"), circuits::Place::mounted) << session.message;
}

TEST_F(VrAssemblyTest, TriggerOnAPortThenAnotherJoinsThem) {
    grab_and_mount("reservoir");
    grab_and_mount("pump_boot");
    ASSERT_EQ(place("pump_boot"), circuits::Place::mounted) << session.message;
    trigger_on(port("reservoir", "out"));
    EXPECT_EQ(session.chosen, (PortKey{"reservoir", "out"}));
    EXPECT_EQ(a.joining, int(kRight));
    const VrPointerMeshes meshes;
    EXPECT_EQ(vr_assembly_draws(a, session, meshes).size(), 1u) << "the tubing end follows the hand";
    trigger_on(port("pump_boot", "in"));
    EXPECT_TRUE(a.run->bench().joined("reservoir.out", "pump_boot.in")) << session.message;
    EXPECT_TRUE(session.chosen.empty());
    EXPECT_EQ(a.joins, 1);
    EXPECT_TRUE(vr_assembly_draws(a, session, meshes).empty());
    EXPECT_TRUE(r->selection.selected.empty());
}

TEST_F(VrAssemblyTest, AWrongJointIsRefusedInTheDesktopsWords) {
    grab_and_mount("pump_boot");
    trigger_on(port("console", "gas_supply"));
    trigger_on(port("pump_boot", "out"));
    EXPECT_FALSE(a.run->bench().joined("console.gas_supply", "pump_boot.out"));
    EXPECT_TRUE(session.message_refused);
    EXPECT_EQ(a.refusals, 1);
    // The workbench's own reason, as the desktop panel shows it, and read aloud.
    EXPECT_EQ(session.message, a.run->last_refusal());
    EXPECT_FALSE(session.message.empty());
    ASSERT_FALSE(speak.empty());
    EXPECT_EQ(speak.back(), session.message);
}

TEST_F(VrAssemblyTest, TheProceduresPageStartsThisRoomsProceduresDoesConsoleStepsAndStops) {
    VrProcedureMenu menu = load_vr_procedure_menu(asset_dir());
    menu.room = "theatre";
    std::vector<std::string> theatre, icu;
    for (const VrProcedureOffer& offer : menu.procedures)
        (offer.scene == "theatre" ? theatre : icu).push_back(offer.procedure);
    EXPECT_EQ(theatre, std::vector<std::string>{"cpb"});
    EXPECT_NE(std::find(icu.begin(), icu.end(), "paediatric_ecmo"), icu.end()) << "VA ECMO for a newborn, at the cot";

    // A procedure done in another room does not start here, and says where it is done.
    menu.pressed = VrProcedureMenu::Press{VrProcedureMenu::Press::Kind::start, "paediatric_ecmo"};
    take_vr_procedure_press(menu, a, *r->live);
    EXPECT_EQ(menu.error, menu.text.elsewhere);
    ASSERT_NE(a.run, nullptr);
    EXPECT_EQ(a.run->procedure().id, "cpb") << "the running one goes on";

    // CPB's first step is done at the console (the detectors): the page's button does it.
    const procedures::StepEngine& steps = a.run->steps();
    ASSERT_EQ(a.run->procedure().steps[std::size_t(steps.current_step())].id, "console_check");
    menu.pressed = VrProcedureMenu::Press{VrProcedureMenu::Press::Kind::console_step, {}};
    take_vr_procedure_press(menu, a, *r->live);
    frame();
    EXPECT_EQ(menu.error, "");
    EXPECT_EQ(steps.score().steps_complete, 1);
    EXPECT_NE(a.run->procedure().steps[std::size_t(steps.current_step())].id, "console_check");

    // Stop: the room's own model and parts come back.
    menu.pressed = VrProcedureMenu::Press{VrProcedureMenu::Press::Kind::stop, {}};
    take_vr_procedure_press(menu, a, *r->live);
    frame();
    EXPECT_EQ(a.run, nullptr);
    EXPECT_EQ(session.world, nullptr);
    EXPECT_TRUE(r->live->has_model()) << "the theatre's own bypass model runs again";
    EXPECT_FALSE(r->live->using_external());
    EXPECT_NE(r->room.find_interactable("venous_reservoir"), nullptr);
}

}  // namespace
}  // namespace perfuse
