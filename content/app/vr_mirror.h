#pragma once
// The desktop mirror (--vr-mirror): a window that shows the headset wearer's left-eye view to the
// room, for careers advisers presenting with a headset. Drawn by its own scene renderer from the
// left eye's pose with the desktop's field of view, so it fills any window shape undistorted.
#include <memory>

#include "render/draw_list.h"
#include "render/gpu_context.h"
#include "render/render_attachments.h"
#include "render/scene_renderer.h"
#include "render/window_presenter.h"

namespace perfuse {

class Window;

struct VrMirror {
    VrMirror(GpuContext& gpu, Window& window, VkSampleCountFlagBits samples, ShadowQuality shadows,
             TextureTable& textures);

    // The left eye's view, with a projection that suits the window.
    ViewCamera camera(const ViewCamera& left_eye) const;
    // Acquires a window image, signalling IMAGE_ACQUIRED; false: skip the mirror this frame.
    bool acquire(VkSemaphore image_acquired);
    // Records the scene into the acquired image and leaves it ready to present.
    void record(VkCommandBuffer cmd, uint32_t frame_slot, const FrameScene& scene);

    Window& window;
    std::unique_ptr<WindowPresenter> presenter;
    std::unique_ptr<SceneRenderer> scene;
    std::unique_ptr<RenderAttachments> attachments;
    DrawList draws;
};

}  // namespace perfuse
