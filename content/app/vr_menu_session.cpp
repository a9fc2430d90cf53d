#include "app/vr_menu_session.h"

#include <cstdio>

#include "app/mode_camera.h"
#include "app/vr_controls.h"
#include "app/vr_model.h"
#include "app/vr_renderer.h"
#include "app/vr_test_hooks.h"
#include "xr/xr_math.h"

namespace perfuse {

namespace {
constexpr float kIdleRedrawS = 0.5f;  // readings change slowly; a CPU renderer pays for every redraw

VrMenuView menu_view(const VrMenuSession& menu, const VrRenderer& r, const VrModel& model) {
    VrMenuView view;
    const auto name = menu.ui.room_names.find(r.room.id);
    view.room_name = name != menu.ui.room_names.end() ? name->second : r.room.id;
    if (menu.tour_player && menu.tour_player->active()) {
        view.stop_title = menu.tour_player->stop().title;
        view.stop_text = menu.tour_player->stop().text;
        view.stop_index = menu.tour_player->index();
        view.stop_count = menu.tour_player->count();
    }
    for (const std::string& id : menu.ui.walkable_rooms) {
        if (id == r.room.id) continue;
        const auto label = menu.ui.room_short_names.find(id);
        view.rooms.emplace_back(id, label != menu.ui.room_short_names.end() ? label->second : id);
    }
    view.live = model.live.get();
    view.console_text = &model.panels.text;
    view.procedures = menu.procedures;
    return view;
}

// A new room: its model, and the player at its start (the menu follows them there).
void enter_room(VrMenuSession& menu, VrRenderer& r, VrModel& model, VrControls& controls, const std::string& id) {
    if (id == r.room.id) return;
    if (const std::string error = r.switch_room(id); !error.empty()) {
        std::fprintf(stderr, "perfuse: %s\n", error.c_str());
        return;
    }
    if (const std::string error = model.live->load_room(r.room.id); !error.empty())
        std::fprintf(stderr, "perfuse: %s\n", error.c_str());
    VrControls fresh = start_controls(r.room, controls.comfort, r.session->space_type());
    fresh.teleports = controls.teleports;
    fresh.snap_turns = controls.snap_turns;
    controls = fresh;
    controls.jumped = true;
    menu.panel.reset();  // placed again in front of the player
    ++menu.room_switches;
}

// The tour's stop: its room, then its viewpoint (standing where the desktop's camera would stop,
// facing its way; the eyes stay at the player's own height), and its card read aloud.
void go_to_stop(VrMenuSession& menu, VrRenderer& r, VrModel& model, VrControls& controls,
                const glm::vec3& head_tracking_m) {
    const modes::TourStop& stop = menu.tour_player->stop();
    enter_room(menu, r, model, controls, stop.scene);
    if (!stop.text.empty()) menu.speak.push_back(stop.title + ". " + stop.text);
    const std::optional<CameraPose> pose = tour_stop_pose(r.room, stop, start_pose(r.room));
    if (!pose) return;
    controls.rig.yaw_rad = pose->yaw_rad;
    teleport(controls.rig, head_tracking_m, {pose->eye_m.x, controls.floor_y_m, pose->eye_m.z});
    controls.jumped = true;
    menu.panel.reset();
}

// On the left wrist while wanted and its grip is tracked, following it every frame; otherwise floating,
// placed in front of the player when it (re)appears there and left where it is.
void place(VrMenuSession& menu, const VrControls& controls, const HandInput& left, const glm::mat4& world_from_head) {
    std::optional<VrMenuPanel> wrist =
        menu_on_wrist(menu.wrist_wanted, left, world_from_tracking(controls.rig), glm::vec3(world_from_head[3]));
    if (wrist) {
        menu.panel = wrist;
    } else if (!menu.panel || menu.on_wrist) {
        menu.panel = place_menu(world_from_head);
        menu.since_redraw_s = 1e9f;
    }
    menu.on_wrist = wrist.has_value();
}

void act(VrMenuSession& menu, const VrMenuChoice& choice, VrRenderer& r, VrModel& model, VrControls& controls,
         const glm::vec3& head_tracking_m) {
    switch (choice.kind) {
        case VrMenuChoice::Kind::none: return;
        case VrMenuChoice::Kind::next_stop: menu.tour_player->next(); break;
        case VrMenuChoice::Kind::previous_stop: menu.tour_player->previous(); break;
        case VrMenuChoice::Kind::go_to_room: enter_room(menu, r, model, controls, choice.room); break;
    }
    ++menu.clicks;
    if (menu.tour_player && menu.tour_player->take_arrival()) go_to_stop(menu, r, model, controls, head_tracking_m);
}
}  // namespace

std::unique_ptr<VrMenuSession> start_vr_menu(const std::filesystem::path& asset_dir) {
    auto menu = std::make_unique<VrMenuSession>();
    menu->text = load_vr_menu_text(asset_dir / "vr" / "menu_en.json");
    menu->ui = load_ui_text(asset_dir / "ui" / "en.json");
    menu->tour = modes::load_tour(asset_dir / "tour" / "perfusionists_day.json");
    menu->tour_player.emplace(menu->tour);
    menu->tour_player->start();
    menu->tour_player->take_arrival();  // the tour starts where the player already is
    return menu;
}

const VrMenuPanel* shown_menu(const VrMenuSession& menu) {
    const bool gave_way = !menu.on_wrist && shown_card(menu.card);  // to the card, in front of the player
    return menu.open && menu.panel && !gave_way ? &*menu.panel : nullptr;
}

std::array<const VrMenuPanel*, 2> shown_panels(const VrMenuSession& menu) {
    return {shown_menu(menu), shown_card(menu.card)};
}

void update_vr_menu(VrMenuSession& menu, VrRenderer& r, VrModel& model, VrControls& controls,
                    const glm::mat4& world_from_head, const glm::vec3& head_tracking_m, const HandInput& left,
                    float dt_s) {
    ++menu.frames;
    if (const std::optional<std::string> item = test_selection(menu.frames)) r.selection.selected = *item;
    // One panel in front of the player at a time: a card takes the floating menu's place, and the menu
    // button (or the card's Close) gives it back, in front of them again. A menu on the wrist stays.
    const bool had_card = shown_card(menu.card) != nullptr;
    if (controls.menu_pressed && had_card && !menu.on_wrist) {
        r.selection.selected.clear();
    } else if (controls.menu_pressed) {
        menu.open = !menu.open;
        if (menu.open) menu.panel.reset();
    }
    const VrPanelPointer* on_card =
        controls.panel_pointer && controls.panel_pointer->panel == kCardPanel ? &*controls.panel_pointer : nullptr;
    update_vr_card(menu.card, r, menu.ui, menu.text, on_card, world_from_head, dt_s, menu.frames, menu.speak);
    if (had_card && !shown_card(menu.card)) menu.panel.reset();
    place(menu, controls, left, world_from_head);
    menu.since_redraw_s += dt_s;
    const VrPanelPointer* pointer =
        menu.open && controls.panel_pointer && controls.panel_pointer->panel == kMenuPanel ? &*controls.panel_pointer
                                                                                            : nullptr;
    VrMenuChoice choice;
    // Every frame while pointed at (ImGui needs the trigger's press and release as they happen).
    if (shown_menu(menu) && (pointer || menu.since_redraw_s >= kIdleRedrawS)) {
        menu.since_redraw_s = 0.0f;
        ImGuiSurface& surface = *r.menu.surface;
        point_at_surface(surface, pointer);
        surface.begin_frame(dt_s);
        choice = draw_vr_menu(menu.text, menu_view(menu, r, model), surface.size());
        surface.end_frame();
        r.menu.redrawn = true;
    }
    if (const std::optional<VrMenuChoice> test = test_menu_choice(menu.frames)) choice = *test;
    // Last: a new room or stop moves the player, and the menu is placed again next frame, in front of them.
    act(menu, choice, r, model, controls, head_tracking_m);
}

}  // namespace perfuse
