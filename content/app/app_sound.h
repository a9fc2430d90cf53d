#pragma once
// The app's sound: started on the first frame (or not at all with --no-audio), fed each frame from
// what the app shows (texts asking to be read aloud, an information card opening, the console's
// alarms, the running model) and heard from the camera. The caption bar and sound settings are
// its ImGui side (sound_panel.cpp).
#include <memory>
#include <string>
#include <vector>

#include <glm/glm.hpp>

#include "sound/room_sounds.h"
#include "sound/sound_session.h"
#include "sound/sound_text.h"

namespace perfuse {

namespace modes {
struct Settings;
}

struct AppOptions;
struct AppRenderer;
class LiveModel;
struct Room;
struct UiText;

struct AppSound {
    std::unique_ptr<SoundSession> session;  // null with --no-audio or when the sound files are unusable
    SoundText text;
    RoomSoundsFile rooms;
    bool settings_open = false;
    std::string spoken_card;  // the item whose card was last read aloud (each opening reads once)
    ListenerPose listener;
};

// With --no-audio: no session. Otherwise OpenAL Soft, or silence with one line (desktop and VR
// runs) when there is no device. Unusable sound files: one line naming the file, and no sound.
std::unique_ptr<AppSound> start_app_sound(const AppOptions& options);

// Once per frame from update_app: consumes r.speak_requests.
void update_app_sound(AppRenderer& r, float dt_s);
// The listener follows the camera (VIEW: the view matrix of the frame drawn).
void set_sound_listener(AppSound& sound, const glm::mat4& view);
// VR: the headset is the listener (head_view: the left eye's view matrix), an item chosen with the
// controllers has its card read aloud (and SPEAK too), and the live model (when there is one) sounds its alarms and
// pump as on the desktop, at the player's saved volumes.
struct VrSoundInput {
    const UiText& text;
    const Room& room;
    const LiveModel* live;  // null or without a model: no alarms or machine sounds
    const modes::Settings& player;
    const std::string& selected;
    glm::mat4 head_view;
    std::vector<std::string> speak;  // more texts to read aloud this frame (the VR menu's tour card)
};
void update_vr_sound(AppSound& sound, const VrSoundInput& in, float dt_s);
// Keys: K skips what is being read, R says it again, M turns all sound off or on, F2 settings.
void apply_sound_keys(AppSound* sound, bool skip, bool replay, bool mute, bool settings);

}  // namespace perfuse
