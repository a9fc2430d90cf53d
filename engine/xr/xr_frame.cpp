#include "xr/xr_frame.h"

#include "xr/xr_check.h"
#include "xr/xr_fault_injection.h"

namespace perfuse {

namespace {
uint64_t g_frames_waited = 0;  // xrWaitFrame calls in this process (for xr_fault_injection.h)
}

uint64_t frames_waited() { return g_frames_waited; }

FrameTiming wait_and_begin_frame(XrSession session) {
    const XrFrameWaitInfo wait_info{.type = XR_TYPE_FRAME_WAIT_INFO};
    XrFrameState state{.type = XR_TYPE_FRAME_STATE};
    const XrResult injected = injected_xr_fault(XrFaultPoint::wait_frame, ++g_frames_waited);
    XR_CHECK(injected != XR_SUCCESS ? injected : xrWaitFrame(session, &wait_info, &state));
    const XrFrameBeginInfo begin_info{.type = XR_TYPE_FRAME_BEGIN_INFO};
    // XR_FRAME_DISCARDED (a success code) only says the previous frame was dropped: carry on.
    XR_CHECK(xrBeginFrame(session, &begin_info));
    return {state.predictedDisplayTime, state.predictedDisplayPeriod, state.shouldRender == XR_TRUE};
}

StereoViews locate_eyes(XrSession session, XrSpace space, XrTime display_time) {
    StereoViews result;
    const XrViewLocateInfo info{.type = XR_TYPE_VIEW_LOCATE_INFO,
                                .viewConfigurationType = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO,
                                .displayTime = display_time,
                                .space = space};
    XrViewState state{.type = XR_TYPE_VIEW_STATE};
    uint32_t count = 0;
    XR_CHECK(xrLocateViews(session, &info, &state, static_cast<uint32_t>(result.eyes.size()), &count,
                           result.eyes.data()));
    result.tracked = count == 2 && (state.viewStateFlags & XR_VIEW_STATE_ORIENTATION_VALID_BIT) != 0;
    return result;
}

void end_frame(XrSession session, XrSpace space, const FrameTiming& timing, const StereoViews& views,
               const std::array<EyeSubmission, 2>* eyes, XrEnvironmentBlendMode blend_mode) {
    std::array<XrCompositionLayerProjectionView, 2> projection_views{};
    const XrCompositionLayerProjection layer{.type = XR_TYPE_COMPOSITION_LAYER_PROJECTION,
                                             .space = space,
                                             .viewCount = 2,
                                             .views = projection_views.data()};
    const XrCompositionLayerBaseHeader* layers[] = {reinterpret_cast<const XrCompositionLayerBaseHeader*>(&layer)};
    if (eyes) {
        for (size_t i = 0; i < 2; ++i) {
            // The pose and field of view the image was rendered with, so the compositor can
            // reproject it to where the head is when it is shown.
            projection_views[i] = {.type = XR_TYPE_COMPOSITION_LAYER_PROJECTION_VIEW,
                                   .pose = views.eyes[i].pose,
                                   .fov = views.eyes[i].fov,
                                   .subImage = {.swapchain = (*eyes)[i].swapchain,
                                                .imageRect = {{0, 0}, {(*eyes)[i].width, (*eyes)[i].height}},
                                                .imageArrayIndex = 0}};
        }
    }
    const XrFrameEndInfo end_info{.type = XR_TYPE_FRAME_END_INFO,
                                  .displayTime = timing.predicted_display_time,
                                  .environmentBlendMode = blend_mode,
                                  .layerCount = eyes ? 1u : 0u,
                                  .layers = eyes ? layers : nullptr};
    XR_CHECK(xrEndFrame(session, &end_info));
}

}  // namespace perfuse
