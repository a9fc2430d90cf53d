#pragma once
// One OpenXR session bound to Perfuse's Vulkan device, its event pump and its reference space.
// poll_events() answers the runtime's state changes at once (xrBeginSession on READY, xrEndSession
// on STOPPING), so the frame loop only asks running() and over().
#include <vector>

#define XR_USE_GRAPHICS_API_VULKAN
#include <vulkan/vulkan.h>
#include <openxr/openxr.h>
#include <openxr/openxr_platform.h>

#include "xr/reference_space.h"
#include "xr/session_state.h"

namespace perfuse {

class XrRuntime;

struct VulkanBinding {
    VkInstance instance = VK_NULL_HANDLE;
    VkPhysicalDevice physical = VK_NULL_HANDLE;
    VkDevice device = VK_NULL_HANDLE;
    uint32_t queue_family = 0;
};

struct SessionEvents {
    bool interaction_profile_changed = false;
};

class XrSessionOwner {
public:
    XrSessionOwner(const XrRuntime& runtime, const VulkanBinding& binding, PlayArea play_area);
    ~XrSessionOwner();
    XrSessionOwner(const XrSessionOwner&) = delete;
    XrSessionOwner& operator=(const XrSessionOwner&) = delete;

    // Drains the runtime's event queue, beginning/ending the session as it asks.
    SessionEvents poll_events();
    // Asks the runtime to stop the session; it will go STOPPING -> IDLE -> EXITING.
    void request_exit();

    XrSession handle() const { return session_; }
    XrSpace space() const { return space_; }
    XrReferenceSpaceType space_type() const { return space_type_; }
    const SessionTracker& tracker() const { return tracker_; }
    bool running() const { return tracker_.running; }
    bool over() const { return tracker_.leave; }
    XrSessionState state() const { return tracker_.state; }

private:
    void on_state(XrSessionState state);
    // Test faults (xr_fault_injection.h): the runtime's loss events, as if it had sent them.
    void inject_loss();
    void lose_instance();

    const XrRuntime& runtime_;
    XrSession session_ = XR_NULL_HANDLE;
    XrSpace space_ = XR_NULL_HANDLE;
    XrReferenceSpaceType space_type_ = XR_REFERENCE_SPACE_TYPE_LOCAL;
    SessionTracker tracker_;
    bool exit_requested_ = false;
};

}  // namespace perfuse
