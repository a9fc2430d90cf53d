// The real app, pointed at and clicked: a CPB procedure starts with its parts on the trolley; clicking a
// part takes it, clicking its outline mounts it, clicking two ports joins them and a tube is drawn,
// Tab and Enter do the same from the keyboard, clicking a line clamps it, and an impossible joint is
// refused with a reason. Renders the result on the real driver (lavapipe in CI) with validation on.
#include <gtest/gtest.h>

#include "app/app_renderer.h"
#include "app/app_ui.h"
#include "app/app_update.h"
#include "app/frame_recorder.h"
#include "app/view_camera.h"
#include "procedure_run.h"
#include "render/offscreen_target.h"

namespace perfuse {
namespace {

using Kind = AssemblyTarget::Kind;
constexpr float kStepS = 1.0f / 60.0f;

struct App {
    ValidationLog log;
    AppOptions options = [] {
        AppOptions o;
        o.validation = true;
        o.scene = "theatre";
        o.camera = "circuit_assembly";
        o.procedure = "cpb";
        o.audio = false;
        return o;
    }();
    std::unique_ptr<AppRenderer> r;
    std::unique_ptr<OffscreenTarget> target;
    ViewCamera camera;

    App() {
        r = std::make_unique<AppRenderer>(options, nullptr, log);
        r->create_renderers(OffscreenTarget::kFormat, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, 2, nullptr);
        target = std::make_unique<OffscreenTarget>(r->gpu.device(), VkExtent2D{640, 360});
        camera = make_view_camera(start_pose(r->room), target->target().extent);
        frames(1);
    }
    ~App() { finish(); }
    // Waits for the GPU and frees everything, so the validation log is complete.
    void finish() {
        if (!r) return;
        vkDeviceWaitIdle(r->gpu.device().handle());
        target.reset();
        r.reset();
    }

    // Runs N frames as the headless app does: update, draws, panels, render.
    void frames(int n) {
        for (int i = 0; i < n; ++i) {
            r->frames->wait_for_slot();
            update_app(*r, kStepS);
            r->prepare_draws(camera);
            const glm::vec2 size{640.0f, 360.0f};
            r->ui->begin_frame(size, kStepS);
            draw_app_ui(*r, camera, size);
            const VkCommandBuffer cmd = r->frames->begin_recording();
            FrameParts parts = r->frame_parts();
            record_frame(cmd, r->frames->slot_index(), target->target(), parts, r->frame_scene(camera));
            r->frames->submit(VK_NULL_HANDLE, 0, VK_NULL_HANDLE);
        }
    }
    // A click on TARGET: the pointer moves over it (rays from the viewer's side, aimed at and around
    // its anchor, as a user would aim), then clicks; then time for moves.
    void click(const AssemblyTarget& t) {
        const glm::vec3 anchor = r->assembly.world->anchor_of(t);
        for (float down : {0.0f, 0.07f, 0.09f, 0.12f})
            for (const glm::vec3 side : {glm::vec3(0), glm::vec3(0.06f, 0, 0), glm::vec3(-0.06f, 0, 0), glm::vec3(0, 0, 0.06f),
                                         glm::vec3(0, 0, -0.06f)}) {
                const glm::vec3 at = anchor - glm::vec3(0, down, 0) + side;
                const glm::vec3 dir = glm::normalize(at - camera.position);
                if (!assembly_pointer(*r, at - 0.3f * dir, dir, false) || !(r->assembly.hovered == t)) continue;
                assembly_pointer(*r, at - 0.3f * dir, dir, true);
                frames(t.kind == Kind::part || t.kind == Kind::mount ? 28 : 2);  // a move takes 0.45 s
                return;
            }
        ADD_FAILURE() << "could not point at " << r->assembly.world->label_of(t);
    }
    const circuits::Workbench& bench() const { return r->procedure.run->bench(); }
    bool has_target(const AssemblyTarget& t) const {
        const std::vector<AssemblyTarget> all = r->assembly.world->targets();
        return std::find(all.begin(), all.end(), t) != all.end();
    }
};

AssemblyTarget part(const std::string& id) { return {.kind = Kind::part, .part = id}; }
AssemblyTarget mount(const std::string& id) { return {.kind = Kind::mount, .part = id}; }
AssemblyTarget port(const std::string& p, const std::string& id) { return {.kind = Kind::port, .part = p, .port = id}; }

TEST(AssemblyClicks, TakeMountJoinAndClampByPointingAndByKeyboard) {
    App app;
    ASSERT_NE(app.r->procedure.run, nullptr) << app.r->procedure.error;
    ASSERT_NE(app.r->assembly.world, nullptr) << app.r->assembly.error;
    EXPECT_EQ(app.bench().state("reservoir").place, circuits::Place::trolley);
    EXPECT_EQ(app.r->room.find_interactable("venous_reservoir"), nullptr);  // the room's own copy stepped aside

    for (const char* id : {"reservoir", "pump_boot"}) {
        app.click(part(id));
        EXPECT_EQ(app.bench().state(id).place, circuits::Place::in_hand) << id;
        ASSERT_TRUE(app.has_target(mount(id))) << id;
        app.click(mount(id));
        EXPECT_EQ(app.bench().state(id).place, circuits::Place::mounted) << id << ": " << app.r->assembly.message;
    }

    const std::size_t draws_before = app.r->draws.size();
    app.click(port("reservoir", "out"));
    EXPECT_EQ(app.r->assembly.chosen, (PortKey{"reservoir", "out"}));
    app.click(port("pump_boot", "in"));
    EXPECT_TRUE(app.bench().joined("reservoir.out", "pump_boot.in")) << app.r->assembly.message;
    EXPECT_TRUE(app.r->assembly.chosen.empty());
    const AssemblyTarget joint{.kind = Kind::line, .line = "reservoir.out|pump_boot.in"};
    EXPECT_TRUE(app.has_target(joint));
    EXPECT_EQ(app.r->draws.size(), draws_before + 1);  // the tube

    // A blood port cannot take the gas supply: refused, with the reason shown.
    app.click(port("console", "gas_supply"));
    app.click(port("pump_boot", "out"));
    EXPECT_FALSE(app.bench().joined("console.gas_supply", "pump_boot.out"));
    EXPECT_TRUE(app.r->assembly.message_refused);
    EXPECT_FALSE(app.r->assembly.message.empty());
    // Keyboard: Tab to the venous line on the trolley, Enter takes it, then its free end goes to the
    // reservoir's inlet.
    for (int i = 0; i < 40 && !(app.r->assembly.focused == part("venous_line")); ++i) assembly_focus_next(*app.r, +1);
    ASSERT_EQ(app.r->assembly.focused, part("venous_line"));
    EXPECT_TRUE(assembly_activate(*app.r));
    app.frames(2);
    EXPECT_EQ(app.bench().state("venous_line").place, circuits::Place::in_hand);
    app.click(port("reservoir", "in"));
    EXPECT_TRUE(app.bench().joined("venous_line.out", "reservoir.in")) << app.r->assembly.message;
    const AssemblyTarget venous{.kind = Kind::line, .line = "venous_line"};
    ASSERT_TRUE(app.has_target(venous));

    app.click(venous);
    EXPECT_TRUE(app.bench().state("venous_line").clamped) << app.r->assembly.message;
    app.click(venous);
    EXPECT_FALSE(app.bench().state("venous_line").clamped);

    app.finish();
    EXPECT_EQ(app.log.problem_count(), 0) << ::testing::PrintToString(app.log.problems());
}

}  // namespace
}  // namespace perfuse
