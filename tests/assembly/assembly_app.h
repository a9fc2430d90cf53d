#pragma once
// The real app for the assembly tests: a procedure started in its room, rendered offscreen frame by
// frame as the headless app does (lavapipe in CI, validation on), with a pointer that aims at an
// assembly target as a user would and clicks it.
#include <algorithm>
#include <memory>
#include <string>

#include <gtest/gtest.h>

#include "app/app_renderer.h"
#include "app/app_ui.h"
#include "app/app_update.h"
#include "app/frame_recorder.h"
#include "app/view_camera.h"
#include "procedure_run.h"
#include "render/offscreen_target.h"

namespace perfuse::test {

struct AppChoice {
    std::string scene = "theatre";
    std::string camera = "circuit_assembly";
    std::string procedure = "cpb";
};

using Kind = AssemblyTarget::Kind;
inline constexpr float kStepS = 1.0f / 60.0f;

struct App {
    ValidationLog log;
    AppOptions options;
    std::unique_ptr<AppRenderer> r;
    std::unique_ptr<OffscreenTarget> target;
    ViewCamera camera;

    explicit App(const AppChoice& choice = {}) {
        options.validation = true;
        options.scene = choice.scene;
        options.camera = choice.camera;
        options.procedure = choice.procedure;
        options.audio = false;
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
            r->prepare_draws(camera, target->target().extent);
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
                if (!assembly_pointer(r->assembly_host(), at - 0.3f * dir, dir, false) || !(r->assembly.hovered == t)) continue;
                assembly_pointer(r->assembly_host(), at - 0.3f * dir, dir, true);
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

inline AssemblyTarget part(const std::string& id) { return {.kind = Kind::part, .part = id}; }
inline AssemblyTarget mount(const std::string& id) { return {.kind = Kind::mount, .part = id}; }
inline AssemblyTarget port(const std::string& p, const std::string& id) { return {.kind = Kind::port, .part = p, .port = id}; }

}  // namespace perfuse::test
