#include "sound/sound_session.h"

namespace perfuse {

SoundSession::SoundSession(std::unique_ptr<AudioBackend> backend, const SoundSettings& settings)
    : settings_(settings), audio_(std::move(backend)), narrator_(audio_), alarm_(audio_), ambience_(audio_) {
    audio_.set_mixer(settings_.mixer);
}

void SoundSession::set_settings(const SoundSettings& settings) {
    const bool narration_off = settings_.narration && !settings.narration;
    settings_ = settings;
    audio_.set_mixer(settings_.mixer);
    if (narration_off) narrator_.stop();
}

void SoundSession::update(const SoundFrame& frame, float dt_s) {
    audio_.set_listener(frame.listener);
    if (settings_.narration && !frame.speak.empty()) narrator_.say(frame.speak, settings_.speech);
    alarm_.update(frame.alarm, frame.alarm_m);
    ambience_.update(frame.ambience, dt_s);
    audio_.update(dt_s);
    narrator_.update();
}

}  // namespace perfuse
