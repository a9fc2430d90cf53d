#pragma once
// Maps the keyboard, mouse and the first gamepad (GLFW) to camera intent and a few app shortcuts,
// with edge detection so a held key or button acts once. Keys typed into an ImGui text field are
// left to ImGui. Gamepad: left stick walks, right stick looks, A picks what is in the middle of the
// screen, X the next item, Y inspects, B steps back, Start shows or hides the panels.
#include <array>

#include <glm/glm.hpp>

#include "scene/camera.h"

struct GLFWwindow;

namespace perfuse {

struct AppShortcuts {
    bool escape = false;       // closes the open card, or quits when none is open
    bool select_next = false;  // Tab
    bool inspect = false;      // I: look closely at the selected item (again: back to walking)
    bool toggle_panel = false;
    int text_scale_steps = 0;  // +1 bigger, -1 smaller
    bool select_previous = false;  // Shift+Tab
    bool activate = false;         // Enter: use the part, port or line in focus (circuit assembly)
    bool hint = false;             // H: the next hint of the current step (practice style)
    bool skip_speech = false;     // K: stop reading this text aloud (N is the tour's next)
    bool replay_speech = false;   // R: read it again
    bool toggle_mute = false;     // M: all sound off or on
    bool sound_settings = false;  // F2: the sound settings window
};

// The mouse pointer for picking, in framebuffer pixels.
struct PointerInput {
    glm::vec2 position_px{0.0f};
    bool over_ui = false;  // ImGui has the mouse: don't pick through a panel
    bool clicked = false;  // left button went down this frame
};

class DesktopInput {
public:
    explicit DesktopInput(GLFWwindow* window);
    // Reads the current state; call once per frame after polling events.
    void update(CameraInput& camera, AppShortcuts& shortcuts, PointerInput& pointer);

private:
    bool pressed_once(int key);
    bool pad_pressed_once(const unsigned char* buttons, int button);
    void read_gamepad(CameraInput& camera, AppShortcuts& shortcuts, PointerInput& pointer);

    GLFWwindow* window_;
    glm::dvec2 last_cursor_{0.0};
    bool looking_ = false;
    bool left_was_down_ = false;
    std::array<bool, 16> pad_was_down_{};
    std::array<bool, 512> was_down_{};
};

}  // namespace perfuse
