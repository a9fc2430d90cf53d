#include "render/frame_presenter.h"

#include "gpu/device.h"
#include "render/shm_presenter.h"
#include "render/window_presenter.h"

namespace perfuse {

std::unique_ptr<FramePresenter> make_frame_presenter(Device& device, VkSurfaceKHR surface, Window& window,
                                                     bool vsync, PresentChoice choice, std::string& note) {
    const bool cpu_renderer = device.properties().deviceType == VK_PHYSICAL_DEVICE_TYPE_CPU;
    if (choice == PresentChoice::x11_shm || (choice == PresentChoice::automatic && cpu_renderer)) {
        std::string why_not;
        if (auto shm = ShmPresenter::create(device, window, vsync, why_not)) return shm;
        // Chosen automatically, the swapchain is as good an answer (only slower): no need to say so.
        if (choice == PresentChoice::x11_shm) note = "--present x11-shm: " + why_not + "; using the swapchain instead";
    }
    return std::make_unique<WindowPresenter>(device, surface, window, vsync);
}

}  // namespace perfuse
