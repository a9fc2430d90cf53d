#include "app/app_sound.h"

#include <cstdio>
#include <stdexcept>

#include "app/app_paths.h"
#include "app/app_renderer.h"
#include "app/info_card_panel.h"
#include "sound/player_settings.h"

namespace perfuse {

namespace {
// Where an item stands in the room (its label sits just above it); the room's centre when the
// rooms file names an item this room lacks.
glm::vec3 item_position(const Room& room, const std::string& id) {
    if (const Interactable* item = room.find_interactable(id)) return item->label_anchor_m - glm::vec3(0.0f, 0.3f, 0.0f);
    return glm::vec3(0.0f, 1.2f, 0.0f);
}

void fill_from_model(const Room& scene, const LiveModel* live, const RoomSounds& room, SoundFrame& frame) {
    frame.alarm_m = item_position(scene, room.alarms_from);
    frame.ambience.pump_m = item_position(scene, room.pump);
    frame.ambience.monitor_m = item_position(scene, room.monitor);
    frame.ambience.ventilator_m = item_position(scene, room.ventilator);
    if (!live || !live->has_model()) return;
    const ConsoleSession& console = live->console();
    frame.alarm = loudest_audible(console.alarms);
    const Readings& readings = console.readings;
    frame.ambience.pump_speed = pump_speed_fraction(room, readings.pump_rpm, readings.pump_flow_l_min);
    if (readings.hr_bpm && readings.heart_output_l_min.value_or(1.0) > 0.05)  // an arrested heart does not beep
        frame.ambience.heart_rate_bpm = float(*readings.hr_bpm);
    if (live->sim()->settings().ventilated) frame.ambience.breaths_per_min = float(room.breaths_per_min);
}
}  // namespace

std::unique_ptr<AppSound> start_app_sound(const AppOptions& options) {
    auto sound = std::make_unique<AppSound>();
    if (!options.audio) return sound;
    try {
        sound->text = load_sound_text(asset_dir() / "sound/text.json");
        sound->rooms = load_room_sounds(asset_dir() / "sound/rooms.json");
    } catch (const std::runtime_error& e) {
        std::fprintf(stderr, "perfuse: %s; continuing without sound\n", e.what());
        return sound;
    }
    std::string note;
    std::unique_ptr<AudioBackend> backend = open_audio_backend(true, note);
    // News, not an error (stdout: an error that follows stays the one line on stderr). Headless
    // runs are for tests and pictures: a missing sound card is no news there.
    if (!note.empty() && !options.headless) std::printf("perfuse: %s\n", note.c_str());
    sound->session = std::make_unique<SoundSession>(std::move(backend), SoundSettings{});
    return sound;
}

void set_sound_listener(AppSound& sound, const glm::mat4& view) {
    const glm::mat4 world = glm::inverse(view);
    sound.listener = {.position_m = glm::vec3(world[3]), .forward = -glm::vec3(world[2]), .up = glm::vec3(world[1])};
}

namespace {
// Opening an information card reads it aloud, once per opening.
void request_card_speech(AppSound& sound, const UiText& text, const Room& room, const std::string& selected,
                         std::vector<std::string>& speak) {
    if (selected == sound.spoken_card) return;
    sound.spoken_card = selected;
    if (std::string card = info_card_speech(text, room, selected); !card.empty()) speak.push_back(std::move(card));
}

void report_problem(SoundSession& session) {
    if (const std::string problem = session.take_problem(); !problem.empty())
        std::printf("perfuse: no narration: %s\n", problem.c_str());
}
}  // namespace

void update_vr_sound(AppSound& sound, const VrSoundInput& in, float dt_s) {
    SoundFrame frame;
    frame.speak = in.speak;
    request_card_speech(sound, in.text, in.room, in.selected, frame.speak);
    set_sound_listener(sound, in.head_view);
    if (!sound.session) return;
    if (const SoundSettings wanted = with_player_settings(sound.session->settings(), in.player);
        !(wanted == sound.session->settings()))
        sound.session->set_settings(wanted);
    frame.listener = sound.listener;
    if (const auto it = sound.rooms.rooms.find(in.room.id); it != sound.rooms.rooms.end())
        fill_from_model(in.room, in.live, it->second, frame);
    sound.session->update(frame, dt_s);
    report_problem(*sound.session);
}

void update_app_sound(AppRenderer& r, float dt_s) {
    if (!r.sound) r.sound = start_app_sound(r.options);
    AppSound& sound = *r.sound;
    request_card_speech(sound, r.text, r.room, r.selection.selected, r.speak_requests);
    if (!sound.session) return;
    if (const SoundSettings wanted = with_player_settings(sound.session->settings(), r.modes.settings);
        !(wanted == sound.session->settings()))
        sound.session->set_settings(wanted);
    SoundFrame frame;
    frame.listener = sound.listener;
    frame.speak = r.speak_requests;
    if (const auto it = sound.rooms.rooms.find(r.room.id); it != sound.rooms.rooms.end())
        fill_from_model(r.room, r.live.get(), it->second, frame);
    sound.session->update(frame, dt_s);
    report_problem(*sound.session);
}

void apply_sound_keys(AppSound* sound, bool skip, bool replay, bool mute, bool settings) {
    if (!sound || !sound->session) return;
    SoundSession& s = *sound->session;
    if (skip) s.skip_speech();
    if (replay) s.replay_speech();
    if (mute) {
        SoundSettings changed = s.settings();
        changed.mixer.muted = !changed.mixer.muted;
        s.set_settings(changed);
    }
    if (settings) sound->settings_open = !sound->settings_open;
}

}  // namespace perfuse
