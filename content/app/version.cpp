#include <cstdio>
#include <exception>

#include "app/runs.h"
#include "gpu/device.h"
#include "gpu/instance.h"

namespace perfuse {

int print_version(const AppOptions& options) {
    std::printf("perfuse %s\n", PERFUSE_VERSION);
    try {
        Instance instance(InstanceOptions{}, nullptr);
        Device device(instance, DeviceOptions{options.gpu, VK_NULL_HANDLE});
        std::printf("Vulkan device: %s (%s)\n", device.name().c_str(), device_type_name(device.properties().deviceType));
        return 0;
    } catch (const std::exception& e) {
        std::fprintf(stderr, "perfuse: %s\n", e.what());
        return 1;
    }
}

}  // namespace perfuse
