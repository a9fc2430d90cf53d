#pragma once
// What the audio engine needs from an output: buffers, playing sources, a listener. Two exist:
// OpenAL Soft (a real device, or its null/wave outputs in tests) and a silent one used when there
// is no device or sound is switched off, which keeps time itself so the app behaves the same.
#include <cstdint>
#include <memory>
#include <string>

#include <glm/glm.hpp>

#include "audio/pcm_clip.h"

namespace perfuse {

struct ListenerPose {
    glm::vec3 position_m{0.0f};
    glm::vec3 forward{0.0f, 0.0f, -1.0f};
    glm::vec3 up{0.0f, 1.0f, 0.0f};
};

// A playing source's settings; gain already includes the mixer.
struct SourceState {
    glm::vec3 position_m{0.0f};
    bool positional = false;  // false: plays at the listener's head (narration, UI)
    bool loop = false;
    float gain = 1.0f;
    float pitch = 1.0f;
};

class AudioBackend {
public:
    virtual ~AudioBackend() = default;
    virtual std::string name() const = 0;
    virtual bool silent() const = 0;
    // 0 when the buffer could not be made.
    virtual uint32_t create_buffer(const PcmClip& clip) = 0;
    virtual void delete_buffer(uint32_t buffer) = 0;
    // Starts BUFFER playing; 0 when no source is free.
    virtual uint32_t start(uint32_t buffer, const SourceState& state) = 0;
    virtual void update(uint32_t source, const SourceState& state) = 0;
    virtual bool playing(uint32_t source) const = 0;
    virtual float offset_s(uint32_t source) const = 0;  // position in its buffer
    virtual void stop(uint32_t source) = 0;             // and frees it
    virtual void set_listener(const ListenerPose& pose) = 0;
    virtual void advance(float dt_s) = 0;               // the silent backend's clock
};

std::unique_ptr<AudioBackend> make_silent_backend();
// OpenAL Soft's default device; null with REASON set when there is none.
std::unique_ptr<AudioBackend> open_openal_backend(std::string& reason);

}  // namespace perfuse
