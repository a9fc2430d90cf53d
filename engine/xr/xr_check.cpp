#include "xr/xr_check.h"

#include <filesystem>

#include <openxr/openxr_reflection.h>

namespace perfuse {

const char* xr_result_name(XrResult result) {
    switch (result) {
#define PERFUSE_XR_RESULT_NAME(name, value) \
    case name:                              \
        return #name;
        XR_LIST_ENUM_XrResult(PERFUSE_XR_RESULT_NAME)
#undef PERFUSE_XR_RESULT_NAME
        default:
            return "XR_(unknown result)";
    }
}

void throw_xr_error(const char* call, XrResult result, const char* file, int line) {
    const std::string where = std::filesystem::path(file).filename().string() + ":" + std::to_string(line);
    throw XrError(std::string("OpenXR call failed with ") + xr_result_name(result) + " at " + where + ": " + call,
                  result);
}

}  // namespace perfuse
