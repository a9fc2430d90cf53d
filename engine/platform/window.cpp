#include "platform/window.h"

#include <stdexcept>
#include <string>

#define GLFW_INCLUDE_VULKAN
#include <GLFW/glfw3.h>

namespace perfuse {

namespace {
std::string last_glfw_error() {
    const char* description = nullptr;
    glfwGetError(&description);
    return description ? description : "unknown GLFW error";
}
}  // namespace

Window::Window(const WindowOptions& options) {
    if (!glfwInit()) {
        throw std::runtime_error("cannot open a window: " + last_glfw_error() +
                                 " (is there a display? use --headless to render without one)");
    }
    if (!glfwVulkanSupported()) {
        glfwTerminate();
        throw std::runtime_error("cannot open a window: no Vulkan loader or driver found (install mesa-vulkan-drivers)");
    }
    glfwWindowHint(GLFW_CLIENT_API, GLFW_NO_API);
    GLFWmonitor* monitor = options.fullscreen ? glfwGetPrimaryMonitor() : nullptr;
    int width = options.width, height = options.height;
    if (monitor) {
        const GLFWvidmode* mode = glfwGetVideoMode(monitor);
        width = mode->width;
        height = mode->height;
    }
    window_ = glfwCreateWindow(width, height, options.title.c_str(), monitor, nullptr);
    if (!window_) {
        const std::string error = last_glfw_error();
        glfwTerminate();
        throw std::runtime_error("cannot open a window: " + error);
    }
    glfwSetWindowUserPointer(window_, this);
    glfwSetFramebufferSizeCallback(window_, [](GLFWwindow* w, int, int) {
        static_cast<Window*>(glfwGetWindowUserPointer(w))->resized_ = true;
    });
}

Window::~Window() {
    if (window_) glfwDestroyWindow(window_);
    glfwTerminate();
}

bool Window::should_close() const { return glfwWindowShouldClose(window_); }
void Window::request_close() { glfwSetWindowShouldClose(window_, GLFW_TRUE); }

glm::ivec2 Window::framebuffer_size() const {
    int width = 0, height = 0;
    glfwGetFramebufferSize(window_, &width, &height);
    return {width, height};
}

bool Window::minimised() const {
    const glm::ivec2 size = framebuffer_size();
    return size.x == 0 || size.y == 0 || glfwGetWindowAttrib(window_, GLFW_ICONIFIED);
}

int Window::refresh_rate_hz() const {
    GLFWmonitor* monitor = glfwGetWindowMonitor(window_);
    if (!monitor) monitor = glfwGetPrimaryMonitor();
    const GLFWvidmode* mode = monitor ? glfwGetVideoMode(monitor) : nullptr;
    return mode && mode->refreshRate > 0 ? mode->refreshRate : 60;
}

bool Window::take_resized() {
    const bool was = resized_;
    resized_ = false;
    return was;
}

void Window::poll_events() { glfwPollEvents(); }
void Window::wait_events() { glfwWaitEventsTimeout(0.25); }

VkSurfaceKHR Window::create_surface(VkInstance instance) const {
    VkSurfaceKHR surface = VK_NULL_HANDLE;
    if (glfwCreateWindowSurface(instance, window_, nullptr, &surface) != VK_SUCCESS)
        throw std::runtime_error("cannot create a Vulkan surface for the window: " + last_glfw_error());
    return surface;
}

std::vector<const char*> window_instance_extensions() {
    uint32_t count = 0;
    const char** names = glfwGetRequiredInstanceExtensions(&count);
    return names ? std::vector<const char*>(names, names + count) : std::vector<const char*>{};
}

}  // namespace perfuse
