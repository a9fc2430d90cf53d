#include <chrono>
#include <cstdio>

#include "app/app_renderer.h"
#include "app/app_ui.h"
#include "app/app_update.h"
#include "app/benchmark_report.h"
#include "app/frame_recorder.h"
#include "app/mode_camera.h"
#include "app/procedure_session.h"
#include "app/runs.h"
#include "app/view_camera.h"
#include "platform/file_io.h"
#include "platform/png_io.h"
#include "render/offscreen_target.h"

namespace perfuse {

namespace {
constexpr float kFixedStepS = 1.0f / 60.0f;  // headless runs advance time identically on any machine
constexpr int kMaxScriptFrames = 200000;      // a --script run renders until its end, at most this many frames

void render_frames(AppRenderer& r, OffscreenTarget& offscreen, int frame_count, bool read_back_last,
                   FrameTimings& timings) {
    const FrameTarget target = offscreen.target();
    ViewCamera camera = make_view_camera(start_pose(r.room), target.extent);
    r.prepare_draws(camera, target.extent);
    FrameParts parts = r.frame_parts();
    const glm::vec2 display_size{float(target.extent.width), float(target.extent.height)};
    r.ui->begin_frame(display_size, kFixedStepS);
    draw_app_ui(r, camera, display_size);
    r.ui->discard_frame();
    auto last = std::chrono::steady_clock::now();
    for (int i = 0; i < frame_count || (procedure_script_running(r) && i < kMaxScriptFrames); ++i) {
        r.frames->wait_for_slot();
        if (const auto gpu_ms = r.gpu_timer->read_ms(r.frames->slot_index())) timings.gpu_ms.push_back(*gpu_ms);
        const auto now = std::chrono::steady_clock::now();
        if (i > 0) timings.frame_ms.push_back(std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
        update_app(r, kFixedStepS);
        if (r.modes.screen != ModeScreen::off) {  // a mode (the tour) may move the view or change the room
            camera = make_view_camera(mode_camera_pose(r.modes.camera).value_or(start_pose(r.room)), target.extent);
            r.prepare_draws(camera, target.extent);
        }
        if (r.assembly.world) r.prepare_draws(camera, target.extent);  // parts move and tubes appear as the circuit is built
        r.ui->begin_frame(display_size, kFixedStepS);
        draw_app_ui(r, camera, display_size);
        const VkCommandBuffer cmd = r.frames->begin_recording();
        record_frame(cmd, r.frames->slot_index(), target, parts, r.frame_scene(camera));
        if (read_back_last && i == frame_count - 1) offscreen.record_readback(cmd);
        r.frames->submit(VK_NULL_HANDLE, 0, VK_NULL_HANDLE);
        timings.cpu_ms.push_back(std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - now).count());
    }
    vkDeviceWaitIdle(r.gpu.device().handle());
    const auto end = std::chrono::steady_clock::now();
    timings.frame_ms.push_back(std::chrono::duration<double, std::milli>(end - last).count());
    for (uint32_t slot = 0; slot < FrameRing::kFramesInFlight; ++slot)  // the last frames' GPU times
        if (const auto gpu_ms = r.gpu_timer->read_ms(slot); gpu_ms && timings.gpu_ms.size() < std::size_t(frame_count))
            timings.gpu_ms.push_back(*gpu_ms);
}
}  // namespace

int run_headless(const AppOptions& options) {
    if (!options.screenshot.empty()) {
        if (const std::string error = check_writable(options.screenshot); !error.empty()) {
            std::fprintf(stderr, "perfuse: cannot write screenshot: %s\n", error.c_str());
            return 1;
        }
    }
    ValidationLog log;
    int procedure_code = 0;
    {
        AppRenderer r(options, nullptr, log);
        r.create_renderers(OffscreenTarget::kFormat, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, 2, nullptr);
        OffscreenTarget offscreen(r.gpu.device(),
                                  {static_cast<uint32_t>(options.width), static_cast<uint32_t>(options.height)});
        const bool benchmark = options.benchmark_frames > 0;
        const int frame_count = benchmark ? options.benchmark_frames : options.frames;
        FrameTimings timings;
        render_frames(r, offscreen, frame_count, !options.screenshot.empty(), timings);
        if (!options.screenshot.empty()) {
            if (const std::string error = write_png(options.screenshot, offscreen.read_pixels()); !error.empty()) {
                std::fprintf(stderr, "perfuse: cannot write screenshot: %s\n", error.c_str());
                return 1;
            }
        }
        procedure_code = finish_procedure(r);
        if (benchmark) std::printf("%s\n", benchmark_json(options, r.gpu.device().name(), true, timings, r.render_facts()).c_str());
    }
    return procedure_code != 0 ? procedure_code : validation_exit_code(options, log);
}

}  // namespace perfuse
