#include <chrono>
#include <cstdio>

#include "app/app_renderer.h"
#include "app/app_ui.h"
#include "app/app_update.h"
#include "app/benchmark_report.h"
#include "app/desktop_input.h"
#include "app/frame_recorder.h"
#include "app/mode_input.h"
#include "app/procedure_session.h"
#include "app/runs.h"
#include "app/view_camera.h"
#include "app/viewer_camera.h"
#include "platform/window.h"
#include "render/frame_presenter.h"

namespace perfuse {

namespace {
constexpr float kMaxFrameStepS = 0.1f;  // after a stall, don't leap across the room in one step

PresentChoice present_choice(const AppOptions& options) {
    if (options.present == "swapchain") return PresentChoice::swapchain;
    if (options.present == "x11-shm") return PresentChoice::x11_shm;
    return PresentChoice::automatic;
}

void apply_shortcuts(const AppShortcuts& shortcuts, AppRenderer& r, ViewerCamera& viewer, Window& window) {
    if (shortcuts.escape) {
        // Step back one level: from inspecting to walking, then close the card, then quit.
        if (assembly_cancel(r.assembly_host())) {
            // let go of the port chosen for a joint
        } else if (viewer.inspecting()) viewer.stop_inspecting();
        else if (!r.selection.selected.empty()) r.selection.selected.clear();
        else window.request_close();
    }
    if (shortcuts.select_next && !assembly_focus_next(r.assembly_host(), +1)) select_next(r.selection, r.room);
    if (shortcuts.select_previous) assembly_focus_next(r.assembly_host(), -1);
    if (shortcuts.activate) assembly_activate(r.assembly_host());
    if (shortcuts.hint && r.procedure.run) r.procedure.run->steps().request_hint();
    if (shortcuts.inspect) {
        if (viewer.inspecting()) viewer.stop_inspecting();
        else if (!r.selection.selected.empty()) viewer.inspect(r.room, r.selection.selected);
    }
    if (shortcuts.toggle_panel) r.overlay.visible = !r.overlay.visible;
    apply_sound_keys(r.sound.get(), shortcuts.skip_speech, shortcuts.replay_speech, shortcuts.toggle_mute,
                     shortcuts.sound_settings);
    if (shortcuts.text_scale_steps != 0)
        r.overlay.text_scale = glm::clamp(r.overlay.text_scale + 0.25f * float(shortcuts.text_scale_steps), 0.75f, 3.0f);
    if (r.overlay.text_scale != r.ui->text_scale()) r.ui->set_text_scale(r.overlay.text_scale);
}
// Hover follows the pointer; a click selects what is under it (or clears the selection).
void update_pointer_selection(AppRenderer& r, const PointerInput& pointer, const ViewCamera& camera,
                              const glm::vec2& viewport) {
    r.selection.hovered.clear();
    if (pointer.over_ui) return;
    const Ray ray = ray_from_pixel(pointer.position_px, viewport, camera.projection * camera.view);
    if (assembly_pointer(r.assembly_host(), ray.origin_m, ray.direction, pointer.clicked)) return;  // a part, port or line
    r.selection.hovered = pick_interactable(r.room, ray);
    if (pointer.clicked) r.selection.selected = r.selection.hovered;
}

// Draws one frame to the window; false when it was skipped (minimised, swapchain rebuilt).
bool present_frame(AppRenderer& r, FramePresenter& presenter, uint64_t& generation, const CameraPose& pose,
                   const PointerInput& pointer, float dt_s, FrameTimings& timings) {
    FrameRing::Slot& slot = r.frames->wait_for_slot();
    if (const auto gpu_ms = r.gpu_timer->read_ms(r.frames->slot_index())) {
        timings.gpu_ms.push_back(*gpu_ms);
        r.overlay.gpu_ms = float(*gpu_ms);
    }
    if (!presenter.begin_frame(slot, r.frames->slot_index())) return false;
    const auto start = std::chrono::steady_clock::now();
    if (presenter.generation() != generation) {
        r.ui->release_framebuffers();
        generation = presenter.generation();
    }
    const FrameTarget target = presenter.target();
    const ViewCamera camera = make_view_camera(pose, target.extent);
    const glm::vec2 viewport{float(target.extent.width), float(target.extent.height)};
    update_pointer_selection(r, pointer, camera, viewport);
    update_app(r, dt_s);
    r.ui->begin_frame(viewport, dt_s);
    draw_app_ui(r, camera, viewport);  // may close the card: draws are prepared after it
    r.prepare_draws(camera, target.extent);
    const VkCommandBuffer cmd = r.frames->begin_recording();
    FrameParts parts = r.frame_parts();
    record_frame(cmd, r.frames->slot_index(), target, parts, r.frame_scene(camera));
    presenter.end_frame(cmd);
    const FrameSync sync = presenter.sync();
    r.frames->submit(sync.wait, sync.wait_stage, sync.signal);
    timings.cpu_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count());
    presenter.present();
    return true;
}
}  // namespace

int run_desktop(const AppOptions& options) {
    Window window({.title = "Perfuse", .width = options.width, .height = options.height,
                   .fullscreen = options.fullscreen || mode_wants_fullscreen(options)});
    ValidationLog log;
    int procedure_code = 0;
    {
        AppRenderer r(options, &window, log);
        const bool benchmark = options.benchmark_frames > 0;
        std::string present_note;
        const std::unique_ptr<FramePresenter> presenter_owner = make_frame_presenter(
            r.gpu.device(), r.gpu.surface(), window, options.vsync && !benchmark, present_choice(options), present_note);
        if (!present_note.empty()) std::fprintf(stderr, "perfuse: %s\n", present_note.c_str());
        FramePresenter& presenter = *presenter_owner;
        r.create_renderers(presenter.format(), presenter.final_layout(), presenter.image_count(), window.handle());
        // A smaller scene is stretched onto the window's image, which needs transfer use.
        if (!presenter.accepts_transfers()) r.attachments->set_render_scale(1.0f);
        DesktopInput input(window.handle());
        ViewerCamera viewer(r.room);
        uint64_t generation = presenter.generation();
        const int frame_limit = benchmark ? options.benchmark_frames : options.frames;
        int frames_shown = 0;
        FrameTimings timings;
        auto last = std::chrono::steady_clock::now();
        while (!window.should_close() && (frame_limit == 0 || frames_shown < frame_limit)) {
            window.poll_events();
            if (window.minimised()) {
                window.wait_events();
                last = std::chrono::steady_clock::now();
                continue;
            }
            const auto now = std::chrono::steady_clock::now();
            const double dt_ms = std::chrono::duration<double, std::milli>(now - last).count();
            last = now;
            if (frames_shown > 0) timings.frame_ms.push_back(dt_ms);
            r.overlay.frame_ms = float(dt_ms);
            const float dt_s = std::min(float(dt_ms / 1000.0), kMaxFrameStepS);

            CameraInput camera_input;
            AppShortcuts shortcuts;
            PointerInput pointer;
            input.update(camera_input, shortcuts, pointer);
            apply_mode_input(r, window.handle(), camera_input, shortcuts);
            apply_shortcuts(shortcuts, r, viewer, window);
            if (!r.overlay.go_to_room.empty()) {
                if (const std::string error = r.switch_room(r.overlay.go_to_room); error.empty())
                    viewer = ViewerCamera(r.room);
                else
                    std::fprintf(stderr, "perfuse: %s\n", error.c_str());
                r.overlay.go_to_room.clear();
            }
            const CameraPose pose = mode_view(r.modes, viewer, viewer.update(r.room, camera_input, dt_s));
            if (present_frame(r, presenter, generation, pose, pointer, dt_s, timings)) ++frames_shown;
        }
        procedure_code = finish_procedure(r);
        if (benchmark) {
            RenderFacts facts = r.render_facts();
            facts.present = presenter.kind();
            std::printf("%s\n", benchmark_json(options, r.gpu.device().name(), false, timings, facts).c_str());
        }
    }
    return procedure_code != 0 ? procedure_code : validation_exit_code(options, log);
}

}  // namespace perfuse
