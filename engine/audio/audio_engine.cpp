#include "audio/audio_engine.h"

#include <vector>

namespace perfuse {

AudioEngine::AudioEngine(std::unique_ptr<AudioBackend> backend) : backend_(std::move(backend)) {
    if (!backend_) backend_ = make_silent_backend();
}

AudioEngine::~AudioEngine() {
    // Sources before the buffers they play, both before the device goes.
    for (auto& [id, voice] : voices_) backend_->stop(voice.source);
    for (auto& [id, buffer] : clips_) backend_->delete_buffer(buffer);
}

ClipId AudioEngine::load(const PcmClip& clip) {
    const uint32_t buffer = backend_->create_buffer(clip);
    if (!buffer) return 0;
    clips_[next_clip_] = buffer;
    return next_clip_++;
}

void AudioEngine::unload(ClipId clip) {
    const auto it = clips_.find(clip);
    if (it == clips_.end()) return;
    std::vector<VoiceId> using_it;
    for (const auto& [id, voice] : voices_)
        if (voice.clip == clip) using_it.push_back(id);
    for (VoiceId id : using_it) stop(id);
    backend_->delete_buffer(it->second);
    clips_.erase(it);
}

SourceState AudioEngine::source_state(const VoiceParams& p) const {
    return {.position_m = p.position_m.value_or(glm::vec3(0.0f)),
            .positional = p.position_m.has_value(),
            .loop = p.loop,
            .gain = effective_gain(mixer_, p.group, p.gain),
            .pitch = p.pitch};
}

VoiceId AudioEngine::play(ClipId clip, const VoiceParams& params) {
    const auto it = clips_.find(clip);
    if (it == clips_.end()) return 0;
    const uint32_t source = backend_->start(it->second, source_state(params));
    if (!source) return 0;
    voices_[next_voice_] = {source, clip, params};
    return next_voice_++;
}

void AudioEngine::stop(VoiceId voice) {
    const auto it = voices_.find(voice);
    if (it == voices_.end()) return;
    backend_->stop(it->second.source);
    voices_.erase(it);
}

bool AudioEngine::playing(VoiceId voice) const {
    const auto it = voices_.find(voice);
    return it != voices_.end() && backend_->playing(it->second.source);
}

float AudioEngine::position_s(VoiceId voice) const {
    const auto it = voices_.find(voice);
    return it == voices_.end() ? 0.0f : backend_->offset_s(it->second.source);
}

void AudioEngine::push(Voice& voice) { backend_->update(voice.source, source_state(voice.params)); }

void AudioEngine::set_gain(VoiceId voice, float gain) {
    if (auto it = voices_.find(voice); it != voices_.end() && it->second.params.gain != gain) {
        it->second.params.gain = gain;
        push(it->second);
    }
}

void AudioEngine::set_pitch(VoiceId voice, float pitch) {
    if (auto it = voices_.find(voice); it != voices_.end() && it->second.params.pitch != pitch) {
        it->second.params.pitch = pitch;
        push(it->second);
    }
}

void AudioEngine::set_position(VoiceId voice, const glm::vec3& position_m) {
    if (auto it = voices_.find(voice); it != voices_.end() && it->second.params.position_m != position_m) {
        it->second.params.position_m = position_m;
        push(it->second);
    }
}

float AudioEngine::output_gain(VoiceId voice) const {
    const auto it = voices_.find(voice);
    return it == voices_.end() ? 0.0f : effective_gain(mixer_, it->second.params.group, it->second.params.gain);
}

void AudioEngine::set_listener(const ListenerPose& pose) {
    listener_ = pose;
    backend_->set_listener(pose);
}

void AudioEngine::set_mixer(const MixerSettings& mixer) {
    const bool changed = mixer.master != mixer_.master || mixer.groups != mixer_.groups || mixer.muted != mixer_.muted;
    mixer_ = mixer;
    if (changed)
        for (auto& [id, voice] : voices_) push(voice);
}

void AudioEngine::update(float dt_s) {
    backend_->advance(dt_s);
    for (auto it = voices_.begin(); it != voices_.end();) {
        if (backend_->playing(it->second.source)) {
            ++it;
            continue;
        }
        backend_->stop(it->second.source);
        it = voices_.erase(it);
    }
}

std::unique_ptr<AudioBackend> open_audio_backend(bool enabled, std::string& note) {
    if (!enabled) return make_silent_backend();
    std::string reason;
    if (auto backend = open_openal_backend(reason)) return backend;
    note = reason + ": running without sound (captions and alarm banners still show everything)";
    return make_silent_backend();
}

}  // namespace perfuse
