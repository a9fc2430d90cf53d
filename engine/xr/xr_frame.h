#pragma once
// One OpenXR frame: xrWaitFrame paces the app to the headset, xrBeginFrame opens it, the eye views
// are located for the predicted display time, and xrEndFrame hands over a projection layer (or no
// layer at all when the runtime says not to render, e.g. while only SYNCHRONIZED).
#include <array>
#include <cstdint>

#include <openxr/openxr.h>

namespace perfuse {

struct FrameTiming {
    XrTime predicted_display_time = 0;
    XrDuration predicted_period_ns = 0;
    bool should_render = false;
};

struct StereoViews {
    std::array<XrView, 2> eyes{XrView{.type = XR_TYPE_VIEW}, XrView{.type = XR_TYPE_VIEW}};
    bool tracked = false;  // orientation valid for both eyes: without it there is nothing to draw
};

FrameTiming wait_and_begin_frame(XrSession session);
// How many frames this process has waited for (xrWaitFrame calls, the failed ones included).
uint64_t frames_waited();
StereoViews locate_eyes(XrSession session, XrSpace space, XrTime display_time);

// What one eye's image in the projection layer shows: its swapchain (whole image) and view.
struct EyeSubmission {
    XrSwapchain swapchain = XR_NULL_HANDLE;
    int32_t width = 0;
    int32_t height = 0;
};

// Ends the frame with one projection layer of both eyes, or with none when EYES is null.
void end_frame(XrSession session, XrSpace space, const FrameTiming& timing, const StereoViews& views,
               const std::array<EyeSubmission, 2>* eyes, XrEnvironmentBlendMode blend_mode);

}  // namespace perfuse
