#include <chrono>
#include <cstdio>

#include "app/app_renderer.h"
#include "app/benchmark_report.h"
#include "app/desktop_input.h"
#include "app/frame_recorder.h"
#include "app/runs.h"
#include "app/view_camera.h"
#include "platform/window.h"
#include "render/window_presenter.h"

namespace perfuse {

namespace {
constexpr float kMaxFrameStepS = 0.1f;  // after a stall, don't leap across the room in one step

WalkCamera walker_at(const CameraPose& pose) {
    WalkCamera walker;
    walker.feet_m = pose.eye_m - glm::vec3(0.0f, walker.settings.eye_height_m, 0.0f);
    walker.yaw_rad = pose.yaw_rad;
    walker.pitch_rad = pose.pitch_rad;
    return walker;
}

void apply_shortcuts(const AppShortcuts& shortcuts, AppRenderer& r, Window& window) {
    if (shortcuts.quit) window.request_close();
    if (shortcuts.toggle_panel) r.overlay.visible = !r.overlay.visible;
    if (shortcuts.text_scale_steps != 0)
        r.overlay.text_scale = glm::clamp(r.overlay.text_scale + 0.25f * float(shortcuts.text_scale_steps), 0.75f, 3.0f);
    if (r.overlay.text_scale != r.ui->text_scale()) r.ui->set_text_scale(r.overlay.text_scale);
}
}  // namespace

int run_desktop(const AppOptions& options) {
    Window window({.title = "Perfuse", .width = options.width, .height = options.height,
                   .fullscreen = options.fullscreen});
    ValidationLog log;
    {
        AppRenderer r(options, &window, log);
        const bool benchmark = options.benchmark_frames > 0;
        WindowPresenter presenter(r.gpu.device(), r.gpu.surface(), window, options.vsync && !benchmark);
        r.create_renderers(presenter.format(), VK_IMAGE_LAYOUT_PRESENT_SRC_KHR, presenter.image_count(),
                           window.handle());
        DesktopInput input(window.handle());
        WalkCamera walker = walker_at(r.room.start_view);
        OrbitCamera orbit = r.room.orbit;
        FrameParts parts{*r.scene, *r.attachments, *r.ui};
        uint64_t generation = presenter.generation();
        const int frame_limit = benchmark ? options.benchmark_frames : options.frames;
        int frames_shown = 0;
        std::vector<double> frame_ms;
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
            if (frames_shown > 0) frame_ms.push_back(dt_ms);
            const float dt_s = std::min(float(dt_ms / 1000.0), kMaxFrameStepS);

            CameraInput camera_input;
            AppShortcuts shortcuts;
            input.update(camera_input, shortcuts);
            apply_shortcuts(shortcuts, r, window);
            CameraPose pose;
            if (r.room.view_style == ViewStyle::orbit) {
                updateOrbit(orbit, camera_input, dt_s);
                pose = orbitPose(orbit);
            } else {
                updateWalk(walker, camera_input, dt_s, r.room.obstacles);
                pose = walkPose(walker);
            }

            FrameRing::Slot& slot = r.frames->wait_for_slot();
            if (!presenter.acquire(slot.image_acquired)) continue;
            if (presenter.generation() != generation) {
                r.ui->release_framebuffers();
                generation = presenter.generation();
            }
            const FrameTarget target = presenter.target();
            r.overlay.frame_ms = float(dt_ms);
            r.ui->begin_frame({float(target.extent.width), float(target.extent.height)}, dt_s);
            draw_overlay_panel(r.text, r.overlay);
            const VkCommandBuffer cmd = r.frames->begin_recording();
            const ViewCamera camera = make_view_camera(pose, target.extent);
            r.prepare_draws(camera);
            record_frame(cmd, r.frames->slot_index(), target, parts, r.room, r.draws, camera);
            r.frames->submit(slot.image_acquired, VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                             presenter.render_finished());
            presenter.present();
            ++frames_shown;
        }
        if (benchmark) std::printf("%s\n", benchmark_json(options, r.gpu.device().name(), false, frame_ms).c_str());
    }
    return validation_exit_code(options, log);
}

}  // namespace perfuse
