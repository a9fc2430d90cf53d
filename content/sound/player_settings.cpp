#include "sound/player_settings.h"

namespace perfuse {

SoundSettings with_player_settings(SoundSettings base, const modes::Settings& player) {
    base.narration = player.narration;
    base.mixer.master = player.master_volume;
    base.mixer.group(VolumeGroup::narration) = player.narration_volume;
    base.mixer.group(VolumeGroup::alarms) = player.effects_volume;
    base.mixer.group(VolumeGroup::ambience) = player.effects_volume;
    base.speech.rate_wpm = player.reading_speed_wpm;
    base.speech.voice = player.voice;
    return base;
}

}  // namespace perfuse
