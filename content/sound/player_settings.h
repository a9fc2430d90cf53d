#pragma once
// The player's saved settings (content/modes/settings.h, kept by the modes' settings panel) as
// sound settings: read aloud on or off, the master, voice and effects volumes, reading speed and
// voice. Mute is sound's own (the F2 window, and M) and is kept as it is.
#include "modes/settings.h"
#include "sound/sound_session.h"

namespace perfuse {

// BASE with the player's choices applied; effects cover both the alarms and the room sounds.
SoundSettings with_player_settings(SoundSettings base, const modes::Settings& player);

}  // namespace perfuse
