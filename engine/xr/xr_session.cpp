#include "xr/xr_session.h"

#include "xr/xr_check.h"
#include "xr/xr_fault_injection.h"
#include "xr/xr_frame.h"
#include "xr/xr_math.h"
#include "xr/xr_runtime.h"

namespace perfuse {

namespace {
std::vector<XrReferenceSpaceType> offered_spaces(XrSession session) {
    uint32_t count = 0;
    XR_CHECK(xrEnumerateReferenceSpaces(session, 0, &count, nullptr));
    std::vector<XrReferenceSpaceType> types(count);
    XR_CHECK(xrEnumerateReferenceSpaces(session, count, &count, types.data()));
    return types;
}
}  // namespace

XrSessionOwner::XrSessionOwner(const XrRuntime& runtime, const VulkanBinding& binding, PlayArea play_area)
    : runtime_(runtime) {
    const XrGraphicsBindingVulkan2KHR graphics{.type = XR_TYPE_GRAPHICS_BINDING_VULKAN2_KHR,
                                               .instance = binding.instance,
                                               .physicalDevice = binding.physical,
                                               .device = binding.device,
                                               .queueFamilyIndex = binding.queue_family,
                                               .queueIndex = 0};
    const XrSessionCreateInfo info{.type = XR_TYPE_SESSION_CREATE_INFO, .next = &graphics, .systemId = runtime.system()};
    XR_CHECK(xrCreateSession(runtime.instance(), &info, &session_));
    try {
        space_type_ = choose_reference_space(play_area, offered_spaces(session_));
        const XrReferenceSpaceCreateInfo space_info{.type = XR_TYPE_REFERENCE_SPACE_CREATE_INFO,
                                                    .referenceSpaceType = space_type_,
                                                    .poseInReferenceSpace = identity_pose()};
        XR_CHECK(xrCreateReferenceSpace(session_, &space_info, &space_));
    } catch (...) {
        xrDestroySession(session_);
        throw;
    }
}

XrSessionOwner::~XrSessionOwner() {
    // Normally the session ended through STOPPING; after an error it may still be running, and
    // destroying it then is allowed: the runtime ends it (xrEndSession would fail outside STOPPING).
    if (space_) xrDestroySpace(space_);
    if (session_) xrDestroySession(session_);
}

void XrSessionOwner::on_state(XrSessionState state) {
    switch (tracker_.enter(state)) {
        case SessionAction::begin: {
            const XrSessionBeginInfo begin{.type = XR_TYPE_SESSION_BEGIN_INFO,
                                           .primaryViewConfigurationType = XR_VIEW_CONFIGURATION_TYPE_PRIMARY_STEREO};
            XR_CHECK(xrBeginSession(session_, &begin));
            tracker_.begun();
            break;
        }
        case SessionAction::end:
            XR_CHECK(xrEndSession(session_));
            tracker_.ended();
            break;
        case SessionAction::leave:
        case SessionAction::none: break;
    }
}

SessionEvents XrSessionOwner::poll_events() {
    SessionEvents events;
    for (;;) {
        XrEventDataBuffer event{.type = XR_TYPE_EVENT_DATA_BUFFER};
        const XrResult result = xrPollEvent(runtime_.instance(), &event);
        if (result == XR_EVENT_UNAVAILABLE) break;
        XR_CHECK(result);
        switch (event.type) {
            case XR_TYPE_EVENT_DATA_SESSION_STATE_CHANGED: {
                const auto& changed = reinterpret_cast<const XrEventDataSessionStateChanged&>(event);
                if (changed.session == session_) on_state(changed.state);
                break;
            }
            case XR_TYPE_EVENT_DATA_INSTANCE_LOSS_PENDING: lose_instance(); break;
            case XR_TYPE_EVENT_DATA_INTERACTION_PROFILE_CHANGED: events.interaction_profile_changed = true; break;
            // Recentring (REFERENCE_SPACE_CHANGE_PENDING) moves the tracking origin; the rig is anchored to
            // it, so the room recentres with it, which is what the user asked for. Lost events carry no
            // state this class keeps.
            default: break;
        }
    }
    inject_loss();
    return events;
}

void XrSessionOwner::inject_loss() {
    const uint64_t frames = frames_waited();
    if (injected_xr_fault(XrFaultPoint::session_state, frames) != XR_SUCCESS && !tracker_.leave)
        on_state(XR_SESSION_STATE_LOSS_PENDING);
    if (injected_xr_fault(XrFaultPoint::instance_event, frames) != XR_SUCCESS) lose_instance();
}

void XrSessionOwner::lose_instance() {
    tracker_.loss_pending = true;
    tracker_.instance_loss = true;
    tracker_.leave = true;
}

void XrSessionOwner::request_exit() {
    if (exit_requested_ || tracker_.leave) return;
    exit_requested_ = true;
    // Before the first READY the session never began: there is nothing to stop, just leave.
    if (!tracker_.running) {
        tracker_.leave = true;
        return;
    }
    XR_CHECK(xrRequestExitSession(session_));
}

}  // namespace perfuse
