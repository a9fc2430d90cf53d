#include "app/desktop_input.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

namespace perfuse {

DesktopInput::DesktopInput(GLFWwindow* window) : window_(window) {}

bool DesktopInput::pressed_once(int key) {
    const bool down = glfwGetKey(window_, key) == GLFW_PRESS;
    const bool edge = down && !was_down_[static_cast<std::size_t>(key)];
    was_down_[static_cast<std::size_t>(key)] = down;
    return edge;
}

void DesktopInput::update(CameraInput& camera, AppShortcuts& shortcuts) {
    camera = {};
    shortcuts = {};
    const ImGuiIO& io = ImGui::GetIO();
    const auto down = [&](int key) { return glfwGetKey(window_, key) == GLFW_PRESS; };
    if (!io.WantCaptureKeyboard) {
        camera.move.y = float(down(GLFW_KEY_W) || down(GLFW_KEY_UP)) - float(down(GLFW_KEY_S) || down(GLFW_KEY_DOWN));
        camera.move.x = float(down(GLFW_KEY_D) || down(GLFW_KEY_RIGHT)) - float(down(GLFW_KEY_A) || down(GLFW_KEY_LEFT));
        camera.look_axis.x = float(down(GLFW_KEY_E)) - float(down(GLFW_KEY_Q));  // turn without a mouse
        camera.run = down(GLFW_KEY_LEFT_SHIFT) || down(GLFW_KEY_RIGHT_SHIFT);
        shortcuts.quit = pressed_once(GLFW_KEY_ESCAPE);
        shortcuts.toggle_panel = pressed_once(GLFW_KEY_F1);
        shortcuts.text_scale_steps = int(pressed_once(GLFW_KEY_EQUAL) | pressed_once(GLFW_KEY_KP_ADD)) -
                                     int(pressed_once(GLFW_KEY_MINUS) | pressed_once(GLFW_KEY_KP_SUBTRACT));
    }
    // The wheel reaches ImGui's callback; it holds this frame's notches until ImGui's next frame.
    if (!io.WantCaptureMouse) camera.zoom_steps = io.MouseWheel;
    glm::dvec2 cursor;
    glfwGetCursorPos(window_, &cursor.x, &cursor.y);
    const bool look = glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_RIGHT) == GLFW_PRESS && !io.WantCaptureMouse;
    if (look && looking_) camera.look_px = glm::vec2(cursor - last_cursor_);
    looking_ = look;
    last_cursor_ = cursor;
}

}  // namespace perfuse
