#include "app/vr_renderer.h"

#include <algorithm>
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>

#include "app/app_paths.h"
#include "app/run_choices.h"
#include "app/vr_card.h"
#include "gpu/image.h"
#include "gpu/image_transitions.h"
#include "gpu/vk_check.h"
#include "render/texture_table.h"
#include "xr/xr_check.h"

namespace perfuse {

namespace {
VulkanBinding binding_of(GpuContext& gpu) {
    return {gpu.instance().handle(), gpu.device().physical(), gpu.device().handle(), gpu.device().queue_family()};
}

constexpr VkExtent2D kMenuPixels{640, 480};  // 4:3 like the panel; its 22 px text is about 1.5 cm on it
// The lit shader adds emissive as a constant, so a picture cannot glow through it: a base colour above 1
// lets the room's light alone show it about as bright as a backlit screen.
constexpr float kMenuAlbedoGain = 2.4f;
constexpr float kCardAlbedoGain = 1.8f;  // a light card: less, or its paper white and pale headings wash out

// The top ROWS (0..1] of the image on a 1 x 1 m quad.
MeshData menu_quad(float rows = 1.0f) {
    MeshData mesh;
    mesh.name = "vr_menu";
    const glm::vec3 n{0.0f, 0.0f, 1.0f};
    mesh.vertices = {{{-0.5f, 0.5f, 0.0f}, n, {0.0f, 0.0f}},
                     {{0.5f, 0.5f, 0.0f}, n, {1.0f, 0.0f}},
                     {{0.5f, -0.5f, 0.0f}, n, {1.0f, rows}},
                     {{-0.5f, -0.5f, 0.0f}, n, {0.0f, rows}}};
    mesh.indices = {0, 3, 2, 0, 2, 1};
    return mesh;
}

DrawItem panel_draw(const VrMenuGpu& menu, const VrMenuPanel& panel, float albedo_gain) {
    Material m;
    m.name = "vr_menu";
    m.base_color = glm::vec4(glm::vec3(albedo_gain), 1.0f);
    m.roughness = 1.0f;
    const int steps = int(menu.quads.size());
    const int shown = std::clamp(int(std::lround(panel.image_rows * float(steps))), 1, steps);
    return {.mesh = &menu.quads[size_t(shown - 1)],
            .model = panel.world_from_panel * glm::scale(glm::mat4(1.0f), {panel.width_m, panel.height_m, 1.0f}),
            .material = m,
            .texture = menu.texture};
}
}  // namespace

VkExtent2D vr_eye_extent(const AppOptions& options, const XrViewConfigurationView& view) {
    if (options.vr_eye_width <= 0) return {view.recommendedImageRectWidth, view.recommendedImageRectHeight};
    return {std::min(uint32_t(options.vr_eye_width), view.maxImageRectWidth),
            std::min(uint32_t(options.vr_eye_height), view.maxImageRectHeight)};
}

VrRenderer::VrRenderer(const AppOptions& opts, XrRuntime& runtime, const ComfortSettings& comfort, ValidationLog& log,
                       Window* mirror_window)
    : options(opts),
      gpu(GpuContextOptions{.validation = opts.validation,
                            .gpu_name = opts.gpu,
                            .window = mirror_window,
                            .creation = runtime.vulkan_creation()},
          log),
      room(build_room(opts)),
      pointer_meshes(make_pointer_meshes(gpu.device())),
      vignette_meshes(make_vignette_meshes(gpu.device())) {
    selection = start_selection(opts, room);
    session = std::make_unique<XrSessionOwner>(runtime, binding_of(gpu), comfort.play_area);
    controllers = std::make_unique<ControllerActions>(runtime, session->handle());

    const VkFormat format = choose_swapchain_format(offered_swapchain_formats(session->handle()));
    if (format == VK_FORMAT_UNDEFINED)
        throw XrError("the VR runtime offers no sRGB swapchain format", XR_ERROR_SWAPCHAIN_FORMAT_UNSUPPORTED);
    swapchain_format = format;
    const VkSampleCountFlagBits samples = msaa_samples(opts, gpu.device());
    const ShadowQuality shadows = shadow_quality(opts, gpu.device());
    for (size_t i = 0; i < eyes.size(); ++i) {
        VrEye& eye = eyes[i];
        const VkExtent2D extent = vr_eye_extent(opts, runtime.info().eye_views[i]);
        eye.swapchain = std::make_unique<EyeSwapchain>(session->handle(), gpu.device().handle(), format, extent,
                                                       !opts.vr_screenshot.empty());
        // One renderer per eye: each keeps its own per-frame uniforms, so both eyes can be
        // recorded into one command buffer without the second overwriting the first's camera.
        // The right eye shares the left eye's textures.
        eye.scene = std::make_unique<SceneRenderer>(
            gpu.device(), SceneRendererOptions{.shader_dir = shader_dir(),
                                               .color_format = format,
                                               .samples = samples,
                                               .pipeline_cache = gpu.pipeline_cache().handle(),
                                               .shadows = shadows,
                                               .shared_textures = i == 0 ? nullptr : &eyes[0].scene->textures()});
        eye.attachments = std::make_unique<RenderAttachments>(gpu.device(), format, samples);
        eye.attachments->ensure_size(extent);
    }
    // Standing geometry merged by material, as on the desktop: about half the draws, the same pixels.
    room_gpu = std::make_unique<SceneGpu>(gpu.device(), room.scene, eyes[0].scene->textures(), 0.0f,
                                          Batching::by_material);
    if (mirror_window)
        mirror = std::make_unique<VrMirror>(gpu, *mirror_window, samples, shadows, eyes[0].scene->textures());
    frames = std::make_unique<FrameRing>(gpu.device());
    timer = std::make_unique<GpuTimer>(gpu.device());
    bind_machine_screens(screens, room.scene, gpu.instance(), gpu.device(), eyes[0].scene->textures(),
                         gpu.pipeline_cache().handle());
    menu.surface = std::make_unique<ImGuiSurface>(
        gpu.instance(), gpu.device(),
        ImGuiSurfaceOptions{.extent = kMenuPixels, .text_scale = 1.25f, .pipeline_cache = gpu.pipeline_cache().handle()});
    menu.quads.push_back(upload_mesh(gpu.device(), menu_quad()));
    menu.texture = eyes[0].scene->textures().add_external(menu.surface->view());
    // The card in the desktop card's light style, its headings in the same colour.
    card.surface = std::make_unique<ImGuiSurface>(
        gpu.instance(), gpu.device(),
        ImGuiSurfaceOptions{.extent = {uint32_t(kVrCardWidthPx), uint32_t(kVrCardHeightPx)},
                            .text_scale = 1.25f,
                            .dark_style = false,
                            .clear_color = {{0.94f, 0.94f, 0.94f, 1.0f}},
                            .pipeline_cache = gpu.pipeline_cache().handle()});
    for (int i = 1; i <= kVrCardHeightSteps; ++i)
        card.quads.push_back(upload_mesh(gpu.device(), menu_quad(float(i) / kVrCardHeightSteps)));
    card.texture = eyes[0].scene->textures().add_external(card.surface->view());
}

std::string VrRenderer::switch_room(const std::string& scene_id) {
    Room loaded;  // first, so a broken scene leaves the current room untouched
    if (std::string error = build_next_room(options, scene_id, loaded); !error.empty()) return error;
    // The frames still in flight draw with the old room's buffers: let them finish first.
    VK_CHECK(vkDeviceWaitIdle(gpu.device().handle()));
    room_gpu.reset();
    assembly = {};  // its objects belong to the room being left
    TextureTable& textures = eyes[0].scene->textures();
    textures.clear();
    room = std::move(loaded);
    room_gpu = std::make_unique<SceneGpu>(gpu.device(), room.scene, textures, 0.0f, Batching::by_material);
    bind_machine_screens(screens, room.scene, gpu.instance(), gpu.device(), textures, gpu.pipeline_cache().handle());
    menu.texture = textures.add_external(menu.surface->view());
    card.texture = textures.add_external(card.surface->view());
    selection = {};
    return {};
}

void VrRenderer::prepare_draws(const std::array<ViewCamera, 2>& cameras, const ViewCamera* mirror_camera,
                               const DrawList& extra, const VrMenuPanel* menu_panel, const VrMenuPanel* card_panel,
                               float vignette_strength) {
    const std::vector<NodeId> highlighted = highlighted_nodes(room, selection);
    DrawList opaque = extra;
    if (menu_panel) opaque.push_back(panel_draw(menu, *menu_panel, kMenuAlbedoGain));
    if (card_panel) opaque.push_back(panel_draw(card, *card_panel, kCardAlbedoGain));
    forget_shown_screens(screens);  // each view below marks the screens it shows
    for (size_t i = 0; i < eyes.size(); ++i) {
        const DetailChoice detail{.pixels_per_radian = pixels_per_radian(
                                      cameras[i].projection, float(eyes[i].swapchain->extent().height))};
        room_gpu->build_draws(room.scene, frustum_from_view_proj(cameras[i].projection * cameras[i].view),
                              cameras[i].position, highlighted, eyes[i].draws, &room.lighting.key, detail);
        show_machine_screens(screens, eyes[i].draws,
                             {.eye_m = cameras[i].position, .pixels_per_radian = detail.pixels_per_radian});
        append_assembly_draws(assembly, cameras[i], eyes[i].draws);
        add_opaque_draws(eyes[i].draws, opaque);
        // Last: see-through, nearest of all.
        const DrawList vignette =
            vignette_draws(vignette_meshes, vignette_strength, cameras[i].view, cameras[i].projection);
        eyes[i].draws.insert(eyes[i].draws.end(), vignette.begin(), vignette.end());
    }
    if (mirror && mirror_camera) {
        room_gpu->build_draws(room.scene, frustum_from_view_proj(mirror_camera->projection * mirror_camera->view),
                              mirror_camera->position, highlighted, mirror->draws, &room.lighting.key);
        show_machine_screens(screens, mirror->draws);  // no size: screens the mirror shows keep 10 Hz
        append_assembly_draws(assembly, *mirror_camera, mirror->draws);
        add_opaque_draws(mirror->draws, opaque);
    }
    room_gpu->build_draws(room.scene, frustum_from_view_proj(SceneRenderer::key_light_view_proj(room.lighting)),
                          room.lighting.key.position, {}, shadow_casters);
}

void VrRenderer::record_eyes(VkCommandBuffer cmd, uint32_t frame_slot, const std::array<FrameTarget, 2>& targets,
                             const std::array<ViewCamera, 2>& cameras, const ViewCamera* mirror_camera) {
    // The pictures the eyes sample first (each waits for earlier frames' reads of its image).
    record_machine_screens(screens, cmd);
    for (VrMenuGpu* panel : {&menu, &card}) {
        if (panel->redrawn) panel->surface->record(cmd);
        panel->redrawn = false;
    }
    for (size_t i = 0; i < eyes.size(); ++i) {
        VrEye& eye = eyes[i];
        // The compositor has finished with the image (xrWaitSwapchainImage); its contents are not needed.
        transition_image(cmd, targets[i].image, image_transitions::discard_to_attachment);
        // Leaves the image in COLOR_ATTACHMENT_OPTIMAL, the layout OpenXR expects it released in.
        eye.scene->record(cmd, frame_slot, *eye.attachments, targets[i],
                          FrameScene{cameras[i], room.lighting, eye.draws, shadow_casters, room.clear_color});
    }
    if (mirror && mirror_camera)
        mirror->record(cmd, frame_slot,
                       FrameScene{*mirror_camera, room.lighting, mirror->draws, shadow_casters, room.clear_color});
}

}  // namespace perfuse
