#include "app/vr_mirror.h"

#include "app/app_paths.h"
#include "app/view_camera.h"
#include "gpu/image.h"
#include "gpu/image_transitions.h"
#include "platform/window.h"

namespace perfuse {

VrMirror::VrMirror(GpuContext& gpu, Window& mirror_window, VkSampleCountFlagBits samples, ShadowQuality shadows,
                   TextureTable& textures)
    : window(mirror_window) {
    // No vsync: waiting for the monitor would hold back the headset, which xrWaitFrame paces.
    presenter = std::make_unique<WindowPresenter>(gpu.device(), gpu.surface(), window, false);
    scene = std::make_unique<SceneRenderer>(gpu.device(), SceneRendererOptions{.shader_dir = shader_dir(),
                                                                               .color_format = presenter->format(),
                                                                               .samples = samples,
                                                                               .pipeline_cache = gpu.pipeline_cache().handle(),
                                                                               .shadows = shadows,
                                                                               .shared_textures = &textures});
    attachments = std::make_unique<RenderAttachments>(gpu.device(), presenter->format(), samples);
}

ViewCamera VrMirror::camera(const ViewCamera& left_eye) const {
    const VkExtent2D extent = presenter->target().extent;
    const float aspect = extent.height ? float(extent.width) / float(extent.height) : 1.0f;
    return {.view = left_eye.view,
            .projection = projection_matrix(glm::radians(kFieldOfViewYDeg), aspect, kNearPlaneM, kFarPlaneM),
            .position = left_eye.position};
}

bool VrMirror::acquire(VkSemaphore image_acquired) { return presenter->acquire(image_acquired); }

void VrMirror::record(VkCommandBuffer cmd, uint32_t frame_slot, const FrameScene& frame) {
    const FrameTarget target = presenter->target();
    attachments->ensure_size(target.extent);
    transition_image(cmd, target.image, image_transitions::discard_to_attachment);
    scene->record(cmd, frame_slot, *attachments, target, frame);
    transition_image(cmd, target.image, image_transitions::attachment_to_present);
}

}  // namespace perfuse
