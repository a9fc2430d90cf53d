#include <chrono>
#include <cstdio>

#include "app/app_renderer.h"
#include "app/app_ui.h"
#include "app/benchmark_report.h"
#include "app/frame_recorder.h"
#include "app/runs.h"
#include "app/view_camera.h"
#include "platform/file_io.h"
#include "platform/png_io.h"
#include "render/offscreen_target.h"

namespace perfuse {

namespace {
constexpr float kFixedStepS = 1.0f / 60.0f;  // headless runs advance time identically on any machine

void render_frames(AppRenderer& r, OffscreenTarget& offscreen, int frame_count, bool read_back_last,
                   std::vector<double>& frame_ms) {
    const FrameTarget target = offscreen.target();
    const ViewCamera camera = make_view_camera(start_pose(r.room), target.extent);
    r.prepare_draws(camera);
    FrameParts parts{*r.scene, *r.attachments, *r.ui};
    const glm::vec2 display_size{float(target.extent.width), float(target.extent.height)};
    r.ui->begin_frame(display_size, kFixedStepS);
    draw_app_ui(r, camera, display_size);
    r.ui->discard_frame();
    auto last = std::chrono::steady_clock::now();
    for (int i = 0; i < frame_count; ++i) {
        r.frames->wait_for_slot();
        const auto now = std::chrono::steady_clock::now();
        if (i > 0) frame_ms.push_back(std::chrono::duration<double, std::milli>(now - last).count());
        last = now;
        r.ui->begin_frame(display_size, kFixedStepS);
        draw_app_ui(r, camera, display_size);
        const VkCommandBuffer cmd = r.frames->begin_recording();
        record_frame(cmd, r.frames->slot_index(), target, parts, r.frame_scene(camera));
        if (read_back_last && i == frame_count - 1) offscreen.record_readback(cmd);
        r.frames->submit(VK_NULL_HANDLE, 0, VK_NULL_HANDLE);
    }
    vkDeviceWaitIdle(r.gpu.device().handle());
    const auto end = std::chrono::steady_clock::now();
    frame_ms.push_back(std::chrono::duration<double, std::milli>(end - last).count());
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
    {
        AppRenderer r(options, nullptr, log);
        r.create_renderers(OffscreenTarget::kFormat, VK_IMAGE_LAYOUT_TRANSFER_SRC_OPTIMAL, 2, nullptr);
        OffscreenTarget offscreen(r.gpu.device(),
                                  {static_cast<uint32_t>(options.width), static_cast<uint32_t>(options.height)});
        const bool benchmark = options.benchmark_frames > 0;
        const int frame_count = benchmark ? options.benchmark_frames : options.frames;
        std::vector<double> frame_ms;
        render_frames(r, offscreen, frame_count, !options.screenshot.empty(), frame_ms);
        if (!options.screenshot.empty()) {
            if (const std::string error = write_png(options.screenshot, offscreen.read_pixels()); !error.empty()) {
                std::fprintf(stderr, "perfuse: cannot write screenshot: %s\n", error.c_str());
                return 1;
            }
        }
        if (benchmark) std::printf("%s\n", benchmark_json(options, r.gpu.device().name(), true, frame_ms, r.render_facts()).c_str());
    }
    return validation_exit_code(options, log);
}

}  // namespace perfuse
