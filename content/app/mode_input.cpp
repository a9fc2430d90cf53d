#include "app/mode_input.h"

#include <GLFW/glfw3.h>
#include <imgui.h>

#include "app/app_options.h"
#include "app/app_renderer.h"
#include "app/mode_actions.h"
#include "app/mode_camera.h"
#include "platform/file_io.h"

namespace perfuse {

namespace {
bool key_pressed(ModeSession& m, GLFWwindow* window, int key) {
    const bool down = glfwGetKey(window, key) == GLFW_PRESS;
    const bool was = m.key_was_down[std::size_t(key)];
    m.key_was_down[std::size_t(key)] = down;
    return down && !was;
}

// One action per frame from the keys the modes listen to (edge-detected: a held key acts once).
ModeAction read_action(ModeSession& m, GLFWwindow* window) {
    ModeAction action = ModeAction::none;
    if (ImGui::GetIO().WantTextInput) return action;  // typing a folder name is not a command
    const auto on = [&](int key, ModeAction a) {
        if (key_pressed(m, window, key) && action == ModeAction::none) action = a;
    };
    on(GLFW_KEY_RIGHT, ModeAction::next);
    on(GLFW_KEY_PAGE_DOWN, ModeAction::next);
    on(GLFW_KEY_N, ModeAction::next);
    on(GLFW_KEY_SPACE, ModeAction::activate);
    on(GLFW_KEY_LEFT, ModeAction::previous);
    on(GLFW_KEY_PAGE_UP, ModeAction::previous);
    on(GLFW_KEY_B, ModeAction::previous);
    on(GLFW_KEY_1, ModeAction::choose_1);
    on(GLFW_KEY_2, ModeAction::choose_2);
    on(GLFW_KEY_3, ModeAction::choose_3);
    on(GLFW_KEY_S, ModeAction::choose_4);
    on(GLFW_KEY_UP, ModeAction::focus_up);
    on(GLFW_KEY_DOWN, ModeAction::focus_down);
    on(GLFW_KEY_ENTER, ModeAction::activate);
    on(GLFW_KEY_KP_ENTER, ModeAction::activate);
    // Letters nothing else uses: WASD and Q/E walk, F1-F10 belong to the panel, sound and console.
    on(GLFW_KEY_T, ModeAction::open_tour);
    on(GLFW_KEY_C, ModeAction::open_career);
    on(GLFW_KEY_G, ModeAction::open_quiz);
    on(GLFW_KEY_O, ModeAction::open_settings);
    return action;
}

bool any_input(const ImGuiIO& io, const CameraInput& camera, const AppShortcuts& shortcuts, ModeAction action) {
    if (action != ModeAction::none || camera.move != glm::vec2(0.0f) || camera.look_px != glm::vec2(0.0f)) return true;
    if (camera.look_axis != glm::vec2(0.0f) || shortcuts.escape || shortcuts.select_next) return true;
    if (io.MouseDelta.x != 0.0f || io.MouseDelta.y != 0.0f || io.MouseWheel != 0.0f) return true;
    for (const bool down : io.MouseDown) if (down) return true;
    for (const bool down : io.KeysDown) if (down) return true;
    return false;
}

void apply_look_settings(const modes::Settings& settings, CameraInput& camera) {
    camera.look_px *= settings.mouse_sensitivity;
    camera.look_axis.y *= settings.mouse_sensitivity;
    camera.look_axis.x *= settings.mouse_sensitivity;
    if (settings.invert_y) {
        camera.look_px.y = -camera.look_px.y;
        camera.look_axis.y = -camera.look_axis.y;
    }
}

// Present mode: nothing quits by accident, only next/previous act.
void lock_for_kiosk(ModeSession& m, GLFWwindow* window, CameraInput& camera, AppShortcuts& shortcuts) {
    const bool ctrl = glfwGetKey(window, GLFW_KEY_LEFT_CONTROL) == GLFW_PRESS ||
                      glfwGetKey(window, GLFW_KEY_RIGHT_CONTROL) == GLFW_PRESS;
    const bool shift = glfwGetKey(window, GLFW_KEY_LEFT_SHIFT) == GLFW_PRESS ||
                       glfwGetKey(window, GLFW_KEY_RIGHT_SHIFT) == GLFW_PRESS;
    if (modes::is_kiosk_exit_combo(ctrl, shift, key_pressed(m, window, GLFW_KEY_Q))) m.exit_requested = true;
    glfwSetWindowShouldClose(window, m.exit_requested ? GLFW_TRUE : GLFW_FALSE);  // the close button too
    camera = {};
    shortcuts = {};
}
}  // namespace

CameraPose mode_view(ModeSession& modes, ViewerCamera& viewer, const CameraPose& walker_pose) {
    const std::optional<CameraPose> pose = mode_camera_pose(modes.camera);
    if (!pose) {
        modes.camera.last_viewer_pose = walker_pose;
        return walker_pose;
    }
    viewer.place(*pose);
    return *pose;
}

bool mode_wants_fullscreen(const AppOptions& options) {
    if (options.mode_chosen && options.mode == "present") return true;
    if (options.headless || options.benchmark_frames > 0) return false;
    const std::filesystem::path file = modes::default_settings_file();
    const FileBytes bytes = file.empty() ? FileBytes{} : read_file(file);
    if (file.empty() || !bytes.ok()) return false;
    try {
        return modes::settings_from_json(std::string(bytes.bytes.begin(), bytes.bytes.end())).fullscreen;
    } catch (const std::exception&) {
        return false;  // reported (and kept aside) when the run loads its settings
    }
}

void apply_mode_input(AppRenderer& r, GLFWwindow* window, CameraInput& camera, AppShortcuts& shortcuts) {
    ModeSession& m = r.modes;
    if (m.screen == ModeScreen::off) return;
    const ImGuiIO& io = ImGui::GetIO();
    const ModeAction action = io.WantTextInput ? ModeAction::none : read_action(m, window);
    m.had_input = any_input(io, camera, shortcuts, action);
    apply_look_settings(m.settings, camera);
    if (m.screen == ModeScreen::present) lock_for_kiosk(m, window, camera, shortcuts);
    const bool touring = m.tour_player && m.tour_player->active();
    const bool walking = camera.move != glm::vec2(0.0f) || camera.look_px != glm::vec2(0.0f);
    if (!touring && walking && m.screen != ModeScreen::present) release_mode_camera(m.camera);  // after "show me"
    const bool camera_busy = m.screen == ModeScreen::start || mode_camera_held(m);
    if (camera_busy) camera = {};  // the tour holds the view; arrow keys page through it instead
    if (shortcuts.escape && step_back(r)) shortcuts.escape = false;
    if (m.screen == ModeScreen::start) shortcuts.select_next = false;
    run_mode_action(r, action);
}

}  // namespace perfuse
