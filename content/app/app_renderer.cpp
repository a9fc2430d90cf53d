#include "app/app_renderer.h"

#include <cstdio>

#include "app/app_paths.h"
#include "app/mode_update.h"
#include "app/run_choices.h"

namespace perfuse {

AppRenderer::AppRenderer(const AppOptions& opts, const Window* window, ValidationLog& log)
    : options(opts),
      text(load_ui_text(asset_dir() / "ui" / "en.json")),
      gpu(GpuContextOptions{.validation = opts.validation, .gpu_name = opts.gpu, .window = window}, log) {
    room = build_room(opts);
    overlay.room = room.id;
    selection = start_selection(opts, room);
    overlay.device_name = gpu.device().name();
    overlay.text_scale = opts.text_scale;
    overlay.visible = opts.show_ui;
    start_modes(*this);
    live = std::make_unique<LiveModel>(asset_dir());
    if (const std::string error = live->load_room(room.id); !error.empty()) std::fprintf(stderr, "%s\n", error.c_str());
    start_console(console_panels, *live, opts, asset_dir());
}

void AppRenderer::create_renderers(VkFormat target_format, VkImageLayout final_layout, uint32_t image_count,
                                   GLFWwindow* glfw_window) {
    const VkSampleCountFlagBits samples = msaa_samples(options, gpu.device());
    scene = std::make_unique<SceneRenderer>(gpu.device(), SceneRendererOptions{
                                                              .shader_dir = shader_dir(),
                                                              .color_format = target_format,
                                                              .samples = samples,
                                                              .pipeline_cache = gpu.pipeline_cache().handle(),
                                                              .shadows = shadow_quality(options, gpu.device()),
                                                              .lighting = lighting_quality(options, gpu.device()),
                                                          });
    room_gpu = std::make_unique<SceneGpu>(gpu.device(), room.scene, scene->textures(), scene->mesh_piece_m(),
                                          Batching::by_material);
    bind_machine_screens(screens, room.scene, gpu.instance(), gpu.device(), scene->textures(),
                         gpu.pipeline_cache().handle());
    attachments = std::make_unique<RenderAttachments>(gpu.device(), target_format, samples);
    attachments->set_render_scale(options.render_scale);
    ui = std::make_unique<ImGuiLayer>(gpu.instance(), gpu.device(),
                                      ImGuiLayerOptions{.color_format = target_format,
                                                        .final_layout = final_layout,
                                                        .image_count = image_count,
                                                        .window = glfw_window,
                                                        .text_scale = options.text_scale,
                                                        .pipeline_cache = gpu.pipeline_cache().handle()});
    frames = std::make_unique<FrameRing>(gpu.device());
    gpu_timer = std::make_unique<GpuTimer>(gpu.device());
}

std::string AppRenderer::switch_room(const std::string& scene_id) {
    Room loaded;  // first, so a broken scene leaves the current room untouched
    if (std::string error = build_next_room(options, scene_id, loaded); !error.empty()) return error;
    // The frames still in flight draw with the old room's buffers: let them finish first.
    vkDeviceWaitIdle(gpu.device().handle());
    room_gpu.reset();
    assembly = {};  // its objects belong to the room being left
    scene->textures().clear();
    room = std::move(loaded);
    room_gpu = std::make_unique<SceneGpu>(gpu.device(), room.scene, scene->textures(), scene->mesh_piece_m(),
                                          Batching::by_material);
    bind_machine_screens(screens, room.scene, gpu.instance(), gpu.device(), scene->textures(),
                         gpu.pipeline_cache().handle());
    selection = {};
    label_occlusion = {};
    overlay.room = room.id;
    if (const std::string error = live->load_room(room.id); !error.empty()) std::fprintf(stderr, "%s\n", error.c_str());
    return {};
}

AssemblyHost AppRenderer::assembly_host() {
    return {.session = assembly,
            .room = room,
            .selection = selection,
            .device = gpu.device(),
            .textures = scene->textures(),
            .speak_requests = speak_requests,
            .reduced_motion = modes.settings.reduced_motion};
}

void AppRenderer::prepare_draws(const ViewCamera& camera, VkExtent2D target_extent) {
    // The scene's own pixels: fewer than the target's when it is drawn smaller (--render-scale).
    const DetailChoice detail{
        .pixels_per_radian = pixels_per_radian(camera.projection, float(target_extent.height) * attachments->render_scale())};
    room_gpu->build_draws(room.scene, frustum_from_view_proj(camera.projection * camera.view), camera.position,
                          highlighted_nodes(room, selection), draws, &room.lighting.key, detail);
    forget_shown_screens(screens);
    show_machine_screens(screens, draws, {.eye_m = camera.position, .pixels_per_radian = detail.pixels_per_radian});
    add_assembly_draws(assembly_host(), camera, draws);
    room_gpu->build_draws(room.scene, frustum_from_view_proj(SceneRenderer::key_light_view_proj(room.lighting)),
                          room.lighting.key.position, {}, shadow_casters);
}

RenderFacts AppRenderer::render_facts() const {
    RenderFacts facts{.draws = int(draws.size()), .shadow_draws = int(shadow_casters.size())};
    for (const DrawItem& item : draws) facts.triangles += drawn_index_count(item) / 3;
    facts.msaa_samples = int(attachments->samples());
    facts.shadow_renders = int(scene->shadow_renders());
    const ShadowQuality shadows = scene->shadow_quality();
    facts.shadows = shadows == ShadowQuality::off ? "off" : shadows == ShadowQuality::low ? "low" : "high";
    facts.lighting = scene->lighting_quality() == LightingQuality::fast ? "fast" : "full";
    facts.render_scale = attachments->render_scale();
    return facts;
}

FrameScene AppRenderer::frame_scene(const ViewCamera& camera) const {
    return {camera, room.lighting, draws, shadow_casters, room.clear_color};
}

int validation_exit_code(const AppOptions& options, const ValidationLog& log) {
    const int problems = log.problem_count();
    if (!options.strict_validation || problems == 0) return 0;
    std::fprintf(stderr, "perfuse: %d validation message%s (strict validation fails the run)\n", problems,
                 problems == 1 ? "" : "s");
    return 3;
}

}  // namespace perfuse
