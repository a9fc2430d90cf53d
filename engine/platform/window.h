#pragma once
// A desktop window (GLFW) that a Vulkan surface is created on. Move-only; closes on destruction.
#include <string>
#include <vector>

#include <glm/glm.hpp>
#include <vulkan/vulkan.h>

struct GLFWwindow;

namespace perfuse {

struct WindowOptions {
    std::string title = "Perfuse";
    int width = 1280;
    int height = 720;
    bool fullscreen = false;
};

class Window {
public:
    // Throws std::runtime_error with one readable line when no window can be opened (no display).
    explicit Window(const WindowOptions& options);
    ~Window();
    Window(const Window&) = delete;
    Window& operator=(const Window&) = delete;

    GLFWwindow* handle() const { return window_; }
    bool should_close() const;
    void request_close();
    // Framebuffer size in pixels; {0,0} while minimised.
    glm::ivec2 framebuffer_size() const;
    bool minimised() const;
    // The refresh rate of the monitor the window is on (fullscreen) or else the primary one; 60 when
    // it is not known.
    int refresh_rate_hz() const;
    // True once after the framebuffer changed size (the swapchain must be rebuilt).
    bool take_resized();
    void poll_events();
    // Blocks until an event arrives: used while minimised so a hidden window costs no CPU.
    void wait_events();
    // Throws with one line when the window system refuses a Vulkan surface.
    VkSurfaceKHR create_surface(VkInstance instance) const;

private:
    GLFWwindow* window_ = nullptr;
    bool resized_ = false;
};

// Instance extensions GLFW needs for surfaces on this platform (requires an initialised GLFW).
std::vector<const char*> window_instance_extensions();

}  // namespace perfuse
