#pragma once
// Every XrResult is checked here, like VK_CHECK: a failure throws XrError whose message names the
// result, the call and file:line, so the app can print one line and fall back to the desktop.
#include <stdexcept>
#include <string>

#include <openxr/openxr.h>

namespace perfuse {

class XrError : public std::runtime_error {
public:
    XrError(const std::string& message, XrResult result) : std::runtime_error(message), result(result) {}
    XrResult result;
};

const char* xr_result_name(XrResult result);
[[noreturn]] void throw_xr_error(const char* call, XrResult result, const char* file, int line);

}  // namespace perfuse

// Success codes other than XR_SUCCESS (XR_SESSION_LOSS_PENDING, XR_FRAME_DISCARDED, ...) pass: callers
// that care about them call the function directly and look at the result themselves.
#define XR_CHECK(call)                                                                 \
    do {                                                                               \
        const XrResult xr_check_result_ = (call);                                      \
        if (XR_FAILED(xr_check_result_))                                               \
            ::perfuse::throw_xr_error(#call, xr_check_result_, __FILE__, __LINE__);    \
    } while (0)
