#include <algorithm>
#include <chrono>
#include <csignal>
#include <cstdio>
#include <thread>
#include <utility>

#include <nlohmann/json.hpp>

#include "app/app_paths.h"
#include "app/app_renderer.h"
#include "app/runs.h"
#include "app/view_camera.h"
#include "app/vr_assembly_run.h"
#include "app/vr_controls.h"
#include "app/vr_menu_session.h"
#include "app/vr_model.h"
#include "app/vr_renderer.h"
#include "app/vr_session_loss.h"
#include "app/vr_settings.h"
#include "app/vr_stereo_capture.h"
#include "app/vr_test_hooks.h"
#include "gpu/vk_check.h"
#include "platform/file_io.h"
#include "platform/window.h"
#include "render/frame_stats.h"
#include "xr/xr_check.h"
#include "xr/xr_frame.h"
#include "xr/vignette.h"
#include "xr/xr_math.h"

namespace perfuse {

namespace {
// Set by SIGINT/SIGTERM: a signal handler can only touch a flag of this type, so it lives here.
volatile std::sig_atomic_t g_stop_requested = 0;
void on_stop_signal(int) { g_stop_requested = 1; }

// Ctrl+C or a service manager's stop ends the session properly (STOPPING -> IDLE -> EXITING)
// instead of killing the process with the headset still showing the last frame.
struct StopSignals {
    StopSignals() {
        g_stop_requested = 0;
        previous_int = std::signal(SIGINT, on_stop_signal);
        previous_term = std::signal(SIGTERM, on_stop_signal);
    }
    ~StopSignals() {
        std::signal(SIGINT, previous_int);
        std::signal(SIGTERM, previous_term);
    }
    void (*previous_int)(int) = SIG_DFL;
    void (*previous_term)(int) = SIG_DFL;
};

constexpr auto kIdlePoll = std::chrono::milliseconds(10);  // waiting for READY: no frame loop to pace us

struct VrRunStats {
    int frames_submitted = 0;      // xrEndFrame with a projection layer of both eyes
    int frames_without_layer = 0;  // the runtime said not to render (or tracking was lost)
    int frames_mirrored = 0;       // also shown in the desktop mirror window
    std::vector<double> frame_interval_ms;
    std::vector<double> stereo_gpu_ms;       // both eyes, from timestamp queries
    float vignette_peak = 0.0f;              // the strongest comfort vignette drawn
};

// What a run keeps beside the renderer: the player's settings, the flow model, the controls.
struct VrRunState {
    VrSettings& settings;
    VrModel& model;
    VrControls& controls;
    VrMenuSession& menu;
    VignetteState vignette;
    VrAssemblyRun& hands_on;  // a procedure started from the menu, done with the controllers
};

nlohmann::ordered_json comfort_json(const ComfortSettings& c) {
    nlohmann::ordered_json j;
    j["turn"] = turns_smoothly(c) ? "smooth" : "snap";
    j["snap_turn_deg"] = c.snap_turn_deg;
    j["vignette"] = c.vignette;
    j["reduced_motion"] = c.reduced_motion;
    return j;
}

std::string report_json(VrRenderer& r, const XrRuntime& runtime, const VrRunState& run, const VrRunStats& stats) {
    const VrControls& controls = run.controls;
    const FrameStats gpu = compute_frame_stats(stats.stereo_gpu_ms);
    const FrameStats interval = compute_frame_stats(stats.frame_interval_ms);
    const VkExtent2D eye = r.eyes[0].swapchain->extent();
    nlohmann::ordered_json j;
    j["vr"] = "perfuse";
    j["runtime"] = runtime.info().runtime_name;
    j["system"] = runtime.info().system_name;
    j["device"] = r.gpu.device().name();
    j["space"] = reference_space_name(r.session->space_type());
    j["play_area"] = play_area_name(controls.comfort.play_area);
    j["states"] = r.session->tracker().visited_names();
    j["frames_submitted"] = stats.frames_submitted;
    j["frames_without_layer"] = stats.frames_without_layer;
    j["frames_mirrored"] = stats.frames_mirrored;
    j["eye_size"] = std::to_string(eye.width) + "x" + std::to_string(eye.height);
    j["msaa"] = int(r.eyes[0].attachments->samples());
    const ShadowQuality shadows = r.eyes[0].scene->shadow_quality();
    j["shadows"] = shadows == ShadowQuality::off ? "off" : shadows == ShadowQuality::low ? "low" : "high";
    j["stereo_gpu_ms"] = {{"frames", gpu.frames}, {"mean", gpu.mean_ms}, {"p50", gpu.p50_ms}, {"p99", gpu.p99_ms}};
    j["frame_interval_ms"] = {{"p50", interval.p50_ms}, {"p99", interval.p99_ms}};
    j["teleports"] = controls.teleports;
    j["snap_turns"] = controls.snap_turns;
    j["comfort"] = comfort_json(controls.comfort);
    j["vignette_peak"] = stats.vignette_peak;
    j["model"] = vr_model_report(run.model);
    j["machine_screens"] = r.screens.screens.size();  // the room's screens showing the live console
    j["menu"] = {{"open", run.menu.open},
                 {"room", r.room.id},
                 {"tour_stop", run.menu.tour_player && run.menu.tour_player->active() ? int(run.menu.tour_player->index()) + 1 : 0},
                 {"clicks", run.menu.clicks},
                 {"room_switches", run.menu.room_switches},
                 {"place", run.menu.on_wrist ? "wrist" : "floating"}};
    j["procedure"] = vr_assembly_report(run.hands_on.assembly);
    const VrCardSession& card = run.menu.card;
    j["card"] = {{"item", card.item},
                 {"shown", card.panel.has_value()},
                 {"fits", card.fits},
                 {"opened", card.opened},
                 {"read_aloud", card.read_aloud},
                 {"closed", card.closed}};
    return j.dump();
}

// Everything but drawing, once per frame, whether or not the frame is drawn: controls, the menu (which
// may move the player), the flow model and the machines' screens. Returns the vignette's strength.
float update_world(VrRenderer& r, VrRunState& run, const ControllerInput& input, const StereoViews& views, float dt_s) {
    VrControls& controls = run.controls;
    const glm::vec3 head = 0.5f * (to_glm(views.eyes[0].pose.position) + to_glm(views.eyes[1].pose.position));
    VrAssemblyRun& hands_on = run.hands_on;
    const AssemblyHost host = vr_assembly_host(r, run.menu.speak, controls.comfort.reduced_motion);
    update_controls(controls, input, head, r.room, r.selection, dt_s, shown_panels(run.menu),
                    vr_assembly_claim(hands_on.assembly, host));
    apply_vr_assembly_input(hands_on.assembly, host, input, world_from_tracking(controls.rig));
    hands_on.menu.room = r.room.id;
    hands_on.menu.assembly = &r.assembly;
    hands_on.menu.speak = &run.menu.speak;
    hands_on.menu.pointed_label = r.assembly.world ? r.assembly.world->label_of(r.assembly.hovered) : "";
    if (views.tracked) {
        const XrPosef head_pose{.orientation = views.eyes[0].pose.orientation, .position = to_xr(head)};
        update_vr_menu(run.menu, r, run.model, controls, world_from_tracking(controls.rig) * pose_matrix(head_pose),
                       head, input.hands[0], dt_s);
    }
    take_vr_procedure_press(hands_on.menu, hands_on.assembly, *run.model.live);
    // The flow model's time is the room's time: it runs on frames that are not drawn too.
    update_vr_model(run.model, dt_s);
    update_vr_procedure(hands_on.assembly, host, *run.model.live, dt_s);
    update_machine_screens(r.screens, run.model.panels, *run.model.live, dt_s);
    return update_vignette(run.vignette, VignetteCurve{}, controls.comfort, controls.jumped, controls.turn_rad_s, dt_s);
}

// Runs the session until it is over. Returns how it went; throws on XR or Vulkan failure.
VrRunStats run_session(VrRenderer& r, VrRunState& run, const XrRuntime& runtime, StereoCapture* capture) {
    XrSessionOwner& session = *r.session;
    VrControls& controls = run.controls;
    const XrEnvironmentBlendMode blend = runtime.info().blend_modes.front();
    VrRunStats stats;
    bool exit_asked = false;
    bool announced = false;
    auto last_frame = std::chrono::steady_clock::now();
    StopSignals signals;
    // Sound hears from the headset; cards chosen with the controllers are read aloud.
    std::unique_ptr<AppSound> sound = start_app_sound(r.options);
    const UiText text = load_ui_text(asset_dir() / "ui" / "en.json");
    while (!session.over()) {
        if (r.mirror) r.mirror->window.poll_events();
        const SessionEvents events = session.poll_events();
        if (events.interaction_profile_changed)
            std::printf("perfuse: VR controllers: left %s, right %s\n", r.controllers->current_profile(Hand::left).c_str(),
                        r.controllers->current_profile(Hand::right).c_str());
        const bool enough = r.options.vr_frames > 0 && stats.frames_submitted >= r.options.vr_frames;
        const bool mirror_closed = r.mirror && r.mirror->window.should_close();
        if ((enough || g_stop_requested || mirror_closed) && !exit_asked) {
            session.request_exit();
            exit_asked = true;
            continue;  // the runtime answers with STOPPING at once: handle it before another frame
        }
        if (session.over()) break;
        if (!announced && session.state() == XR_SESSION_STATE_FOCUSED) {
            const VkExtent2D eye = r.eyes[0].swapchain->extent();
            std::printf("perfuse: VR focused on %s, %ux%u per eye, %s space (%s)\n", runtime.info().system_name.c_str(),
                        eye.width, eye.height, reference_space_name(session.space_type()),
                        play_area_name(controls.comfort.play_area));
            std::fflush(stdout);  // tests wait for this line before asking the session to stop
            announced = true;
        }
        if (!session.running()) {
            std::this_thread::sleep_for(kIdlePoll);
            continue;
        }
        const FrameTiming timing = wait_and_begin_frame(session.handle());
        const auto now = std::chrono::steady_clock::now();
        if (stats.frames_submitted > 0)
            stats.frame_interval_ms.push_back(std::chrono::duration<double, std::milli>(now - last_frame).count());
        const float dt_s =
            stats.frames_submitted > 0 ? test_frame_step(std::chrono::duration<float>(now - last_frame).count()) : 0.0f;
        last_frame = now;
        StereoViews views = locate_eyes(session.handle(), session.space(), timing.predicted_display_time);
        apply_test_views(views);
        ControllerInput input = r.controllers->read(session.space(), timing.predicted_display_time,
                                                    input_focused(session.state()));
        add_test_input(input, stats.frames_submitted + 1);
        if (run.hands_on.script)
            apply_vr_assembly_script(*run.hands_on.script, stats.frames_submitted + 1, input,
                                     vr_assembly_host(r, run.menu.speak, controls.comfort.reduced_motion), controls.rig,
                                     0.5f * (to_glm(views.eyes[0].pose.position) + to_glm(views.eyes[1].pose.position)),
                                     run.hands_on.menu);
        const float vignette = update_world(r, run, input, views, dt_s);
        if (!timing.should_render || !views.tracked) {
            end_frame(session.handle(), session.space(), timing, views, nullptr, blend);
            ++stats.frames_without_layer;
            continue;
        }
        const glm::mat4 world = world_from_tracking(controls.rig);
        std::array<ViewCamera, 2> cameras;
        for (size_t i = 0; i < 2; ++i)
            cameras[i] = eye_camera(world, views.eyes[i].pose, views.eyes[i].fov, kNearPlaneM, kFarPlaneM);
        update_vr_sound(*sound,
                        {.text = text,
                         .room = r.room,
                         .live = run.model.live.get(),
                         .player = run.settings.player,
                         .selected = r.selection.selected,
                         .head_view = cameras[0].view,
                         .speak = std::exchange(run.menu.speak, {})},
                        dt_s);

        FrameRing::Slot& frame_slot = r.frames->wait_for_slot();
        // The mirror is best effort: minimised or being resized, the headset carries on without it.
        const bool mirrored = r.mirror && r.mirror->acquire(frame_slot.image_acquired);
        const ViewCamera mirror_camera = mirrored ? r.mirror->camera(cameras[0]) : ViewCamera{};
        DrawList pointers = pointer_draws(r.pointer_meshes, controls);
        const DrawList carried = vr_assembly_draws(run.hands_on.assembly, r.assembly, r.pointer_meshes);
        pointers.insert(pointers.end(), carried.begin(), carried.end());
        r.prepare_draws(cameras, mirrored ? &mirror_camera : nullptr, pointers,
                        shown_menu(run.menu), shown_card(run.menu.card), vignette);
        stats.vignette_peak = std::max(stats.vignette_peak, vignette);
        if (const std::optional<double> gpu_ms = r.timer->read_ms(r.frames->slot_index())) stats.stereo_gpu_ms.push_back(*gpu_ms);
        std::array<FrameTarget, 2> targets;
        std::array<EyeSubmission, 2> submissions;
        for (size_t i = 0; i < 2; ++i) {
            targets[i] = r.eyes[i].swapchain->acquire();
            submissions[i] = {r.eyes[i].swapchain->handle(), int32_t(targets[i].extent.width),
                              int32_t(targets[i].extent.height)};
        }
        const uint32_t slot = r.frames->slot_index();
        const VkCommandBuffer cmd = r.frames->begin_recording();
        r.timer->begin(cmd, slot);
        r.record_eyes(cmd, slot, targets, cameras, mirrored ? &mirror_camera : nullptr);
        r.timer->end(cmd, slot);
        const bool last = r.options.vr_frames > 0 && stats.frames_submitted + 1 == r.options.vr_frames;
        if (capture && (last || r.options.vr_frames == 0)) capture->record(cmd, targets);
        if (mirrored)
            r.frames->submit(frame_slot.image_acquired, VK_PIPELINE_STAGE_COLOR_ATTACHMENT_OUTPUT_BIT,
                             r.mirror->presenter->render_finished());
        else
            r.frames->submit(VK_NULL_HANDLE, 0, VK_NULL_HANDLE);
        if (mirrored) {
            r.mirror->presenter->present();
            ++stats.frames_mirrored;
        }
        // Released after the submit: the runtime orders its own use of the images after it.
        for (VrEye& eye : r.eyes) eye.swapchain->release();
        end_frame(session.handle(), session.space(), timing, views, &submissions, blend);
        ++stats.frames_submitted;
    }
    VK_CHECK(vkDeviceWaitIdle(r.gpu.device().handle()));
    // The last frames' times, now that the GPU is done with every slot.
    for (uint32_t i = 1; i <= FrameRing::kFramesInFlight; ++i) {
        const uint32_t slot = (r.frames->slot_index() + i) % FrameRing::kFramesInFlight;
        if (const std::optional<double> gpu_ms = r.timer->read_ms(slot)) stats.stereo_gpu_ms.push_back(*gpu_ms);
    }
    return stats;
}
}  // namespace

int run_vr(const AppOptions& options) {
    if (!options.vr_screenshot.empty()) {
        if (const std::string error = check_writable(options.vr_screenshot); !error.empty())
            throw std::runtime_error("cannot write VR screenshot: " + error);
    }
    const std::unique_ptr<VrSettings> settings = load_vr_settings(options, modes::default_settings_file());
    const ComfortSettings& comfort = settings->comfort;
    ValidationLog log;
    std::unique_ptr<Window> mirror_window;
    std::unique_ptr<XrRuntime> runtime;
    std::unique_ptr<VrRenderer> r;
    try {
        runtime = std::make_unique<XrRuntime>("Perfuse");
        // The window only once a headset is there: without one, the desktop run opens its own.
        if (options.vr_mirror)
            mirror_window = std::make_unique<Window>(WindowOptions{.title = "Perfuse - headset view",
                                                                   .width = options.width,
                                                                   .height = options.height});
        r = std::make_unique<VrRenderer>(options, *runtime, comfort, log, mirror_window.get());
    } catch (const XrError& e) {
        r.reset();
        mirror_window.reset();
        throw VrUnavailable(e.what());
    } catch (const VulkanError& e) {
        // The runtime creates the Vulkan instance and device; when it cannot, VR is what failed.
        r.reset();
        mirror_window.reset();
        throw VrUnavailable(e.what());
    }
    VrControls controls = start_controls(r->room, comfort, r->session->space_type());
    const std::unique_ptr<VrModel> model = start_vr_model(options, r->room.id);
    const std::unique_ptr<VrMenuSession> menu = start_vr_menu(asset_dir());
    menu->wrist_wanted = settings->menu_on_wrist;
    const std::unique_ptr<VrAssemblyRun> hands_on = start_vr_assembly_run(asset_dir());
    menu->procedures = &hands_on->menu;
    VrRunState run{.settings = *settings,
                   .model = *model,
                   .controls = controls,
                   .menu = *menu,
                   .vignette = {},
                   .hands_on = *hands_on};
    std::unique_ptr<StereoCapture> capture;
    if (!options.vr_screenshot.empty())
        capture = std::make_unique<StereoCapture>(
            r->gpu.device(), std::array{r->eyes[0].swapchain->extent(), r->eyes[1].swapchain->extent()});
    VrRunStats stats;
    std::string lost;  // why the session was lost mid-run, or empty
    try {
        stats = run_session(*r, run, *runtime, capture.get());
    } catch (const XrError& e) {
        if (e.result != XR_ERROR_SESSION_LOST && e.result != XR_ERROR_INSTANCE_LOST) throw;
        lost = xr_result_name(e.result);
    }
    if (lost.empty() && r->session->tracker().loss_pending)
        lost = r->session->tracker().instance_loss ? "the VR runtime is shutting down" : "XR_SESSION_STATE_LOSS_PENDING";
    if (!lost.empty()) {
        // A headset unplugged or a runtime that stopped mid-session: save, tidy up, close (see vr_session_loss.h).
        const FatalHookReport saved = run_fatal_hooks();
        VK_CHECK(vkDeviceWaitIdle(r->gpu.device().handle()));
        capture.reset();
        r.reset();
        runtime.reset();
        mirror_window.reset();
        throw VrSessionLost(session_lost_message(lost, saved));
    }
    if (capture && stats.frames_submitted > 0) {
        if (const std::string error = write_png(options.vr_screenshot, capture->side_by_side(r->swapchain_format));
            !error.empty())
            throw std::runtime_error("cannot write VR screenshot: " + error);
    }
    std::printf("%s\n", report_json(*r, *runtime, run, stats).c_str());
    capture.reset();
    r.reset();
    runtime.reset();
    mirror_window.reset();
    return validation_exit_code(options, log);
}

}  // namespace perfuse
