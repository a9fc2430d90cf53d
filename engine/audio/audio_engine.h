#pragma once
// Sounds for a run: clips uploaded once, voices playing them (3D-positioned or at the listener's
// head), a listener that follows the camera or headset, and the mixer's volume groups and mute.
// Without a device (or with sound switched off) it runs the same logic on a silent backend.
#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <unordered_map>

#include "audio/audio_backend.h"
#include "audio/mixer.h"

namespace perfuse {

using ClipId = uint32_t;   // 0: none
using VoiceId = uint32_t;  // 0: none

struct VoiceParams {
    VolumeGroup group = VolumeGroup::ambience;
    float gain = 1.0f;
    float pitch = 1.0f;
    bool loop = false;
    std::optional<glm::vec3> position_m;  // none: at the listener's head
};

class AudioEngine {
public:
    explicit AudioEngine(std::unique_ptr<AudioBackend> backend);
    ~AudioEngine();
    AudioEngine(const AudioEngine&) = delete;
    AudioEngine& operator=(const AudioEngine&) = delete;

    bool silent() const { return backend_->silent(); }
    std::string backend_name() const { return backend_->name(); }

    ClipId load(const PcmClip& clip);
    void unload(ClipId clip);  // stops its voices first
    VoiceId play(ClipId clip, const VoiceParams& params);
    void stop(VoiceId voice);
    bool playing(VoiceId voice) const;
    float position_s(VoiceId voice) const;
    void set_gain(VoiceId voice, float gain);
    void set_pitch(VoiceId voice, float pitch);
    void set_position(VoiceId voice, const glm::vec3& position_m);
    // The gain the output really got (the mixer applied); 0 for a voice that is not playing.
    float output_gain(VoiceId voice) const;

    void set_listener(const ListenerPose& pose);
    const ListenerPose& listener() const { return listener_; }
    void set_mixer(const MixerSettings& mixer);
    const MixerSettings& mixer() const { return mixer_; }

    // Once per frame: the silent clock moves on and voices that ended are let go.
    void update(float dt_s);
    std::size_t voice_count() const { return voices_.size(); }

private:
    struct Voice {
        uint32_t source = 0;
        ClipId clip = 0;
        VoiceParams params;
    };
    SourceState source_state(const VoiceParams& params) const;
    void push(Voice& voice);

    std::unique_ptr<AudioBackend> backend_;
    std::unordered_map<ClipId, uint32_t> clips_;  // id -> backend buffer
    std::unordered_map<VoiceId, Voice> voices_;
    MixerSettings mixer_;
    ListenerPose listener_;
    ClipId next_clip_ = 1;
    VoiceId next_voice_ = 1;
};

// The backend for a run: silent when ENABLED is false (--no-audio); otherwise OpenAL Soft, or the
// silent one with NOTE set to a line saying there is no sound (the caller prints it once).
std::unique_ptr<AudioBackend> open_audio_backend(bool enabled, std::string& note);

}  // namespace perfuse
