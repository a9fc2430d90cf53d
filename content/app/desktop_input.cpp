#include "app/desktop_input.h"

#include <utility>

#include <GLFW/glfw3.h>
#include <imgui.h>

namespace perfuse {

DesktopInput::DesktopInput(GLFWwindow* window) : window_(window) {
    // Sticky keys and buttons: a tap that starts and ends between two polls (slow frames on a
    // school laptop) still reads as pressed once, instead of being lost.
    glfwSetInputMode(window_, GLFW_STICKY_KEYS, GLFW_TRUE);
    glfwSetInputMode(window_, GLFW_STICKY_MOUSE_BUTTONS, GLFW_TRUE);
}

bool DesktopInput::pressed_once(int key) {
    const bool down = glfwGetKey(window_, key) == GLFW_PRESS;
    const bool edge = down && !was_down_[static_cast<std::size_t>(key)];
    was_down_[static_cast<std::size_t>(key)] = down;
    return edge;
}

bool DesktopInput::pad_pressed_once(const unsigned char* buttons, int button) {
    const bool down = buttons[button] == GLFW_PRESS;
    const bool edge = down && !pad_was_down_[std::size_t(button)];
    pad_was_down_[std::size_t(button)] = down;
    return edge;
}

void DesktopInput::read_gamepad(CameraInput& camera, AppShortcuts& shortcuts, PointerInput& pointer) {
    GLFWgamepadstate pad;
    if (!glfwJoystickIsGamepad(GLFW_JOYSTICK_1) || !glfwGetGamepadState(GLFW_JOYSTICK_1, &pad)) return;
    // Sticks report up as negative Y; the camera's dead zone handles worn sticks.
    camera.move += glm::vec2(pad.axes[GLFW_GAMEPAD_AXIS_LEFT_X], -pad.axes[GLFW_GAMEPAD_AXIS_LEFT_Y]);
    camera.look_axis += glm::vec2(pad.axes[GLFW_GAMEPAD_AXIS_RIGHT_X], -pad.axes[GLFW_GAMEPAD_AXIS_RIGHT_Y]);
    // Triggers rest at -1: right zooms in, left out, a tenth of a notch per frame at full pull.
    camera.zoom_steps += 0.05f * (pad.axes[GLFW_GAMEPAD_AXIS_RIGHT_TRIGGER] - pad.axes[GLFW_GAMEPAD_AXIS_LEFT_TRIGGER]);
    camera.run |= pad.buttons[GLFW_GAMEPAD_BUTTON_LEFT_THUMB] == GLFW_PRESS;
    const unsigned char* b = pad.buttons;
    shortcuts.escape |= pad_pressed_once(b, GLFW_GAMEPAD_BUTTON_B);
    shortcuts.select_next |= pad_pressed_once(b, GLFW_GAMEPAD_BUTTON_X);
    shortcuts.inspect |= pad_pressed_once(b, GLFW_GAMEPAD_BUTTON_Y);
    shortcuts.toggle_panel |= pad_pressed_once(b, GLFW_GAMEPAD_BUTTON_START);
    if (pad_pressed_once(b, GLFW_GAMEPAD_BUTTON_A)) {
        int width = 0, height = 0;
        glfwGetFramebufferSize(window_, &width, &height);
        pointer.position_px = glm::vec2(width, height) * 0.5f;  // what the view is centred on
        pointer.over_ui = false;
        pointer.clicked = true;
    }
}

void DesktopInput::update(CameraInput& camera, AppShortcuts& shortcuts, PointerInput& pointer) {
    camera = {};
    shortcuts = {};
    pointer = {};
    const ImGuiIO& io = ImGui::GetIO();
    const auto down = [&](int key) { return glfwGetKey(window_, key) == GLFW_PRESS; };
    // Only a text field being typed into takes the keys: ImGui's keyboard navigation would otherwise
    // claim them whenever a panel has focus, and walking would stop.
    if (!io.WantTextInput) {
        camera.move.y = float(down(GLFW_KEY_W) || down(GLFW_KEY_UP)) - float(down(GLFW_KEY_S) || down(GLFW_KEY_DOWN));
        camera.move.x = float(down(GLFW_KEY_D) || down(GLFW_KEY_RIGHT)) - float(down(GLFW_KEY_A) || down(GLFW_KEY_LEFT));
        camera.look_axis.x = float(down(GLFW_KEY_E)) - float(down(GLFW_KEY_Q));  // turn without a mouse
        camera.run = down(GLFW_KEY_LEFT_SHIFT) || down(GLFW_KEY_RIGHT_SHIFT);
        shortcuts.escape = pressed_once(GLFW_KEY_ESCAPE);
        shortcuts.select_next = pressed_once(GLFW_KEY_TAB);
        shortcuts.inspect = pressed_once(GLFW_KEY_I);
        shortcuts.activate = pressed_once(GLFW_KEY_ENTER) | pressed_once(GLFW_KEY_KP_ENTER);
        shortcuts.hint = pressed_once(GLFW_KEY_H);
        if (shortcuts.select_next && (glfwGetKey(window_, GLFW_KEY_LEFT_SHIFT) == GLFW_PRESS ||
                                      glfwGetKey(window_, GLFW_KEY_RIGHT_SHIFT) == GLFW_PRESS))
            std::swap(shortcuts.select_next, shortcuts.select_previous);
        shortcuts.toggle_panel = pressed_once(GLFW_KEY_F1);
        shortcuts.skip_speech = pressed_once(GLFW_KEY_K);
        shortcuts.replay_speech = pressed_once(GLFW_KEY_R);
        shortcuts.toggle_mute = pressed_once(GLFW_KEY_M);
        shortcuts.sound_settings = pressed_once(GLFW_KEY_F2);
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

    // Window coordinates to framebuffer pixels (they differ on high-DPI screens).
    int window_w = 0, window_h = 0, fb_w = 0, fb_h = 0;
    glfwGetWindowSize(window_, &window_w, &window_h);
    glfwGetFramebufferSize(window_, &fb_w, &fb_h);
    const glm::vec2 scale = window_w > 0 && window_h > 0 ? glm::vec2(float(fb_w) / window_w, float(fb_h) / window_h)
                                                         : glm::vec2(1.0f);
    pointer.position_px = glm::vec2(cursor) * scale;
    pointer.over_ui = io.WantCaptureMouse;
    const bool left_down = glfwGetMouseButton(window_, GLFW_MOUSE_BUTTON_LEFT) == GLFW_PRESS;
    pointer.clicked = left_down && !left_was_down_ && !pointer.over_ui;
    left_was_down_ = left_down;
    read_gamepad(camera, shortcuts, pointer);
}

}  // namespace perfuse
