// OpenAL Soft. Which output it uses (PulseAudio, ALSA, or the null and wave outputs that tests
// choose through ALSOFT_DRIVERS / ALSOFT_CONF) is OpenAL Soft's own configuration.
#include <AL/al.h>
#include <AL/alc.h>
#include <fcntl.h>
#include <unistd.h>

#include <cstdio>

#include "audio/audio_backend.h"

namespace perfuse {

namespace {
// A theatre is about 8 m across: full level within 1.5 m, gently quieter beyond, never silent.
constexpr float kReferenceDistanceM = 1.5f;
constexpr float kRolloff = 0.7f;

// While a device is looked for, ALSA and OpenAL Soft print a dozen lines of their own to stderr
// on a machine without sound (a school PC with no speakers, CI). The app says it once, in plain
// words, instead.
class QuietStderr {
public:
    QuietStderr() {
        std::fflush(stderr);
        saved_ = dup(STDERR_FILENO);
        const int null_fd = open("/dev/null", O_WRONLY | O_CLOEXEC);
        if (saved_ >= 0 && null_fd >= 0) dup2(null_fd, STDERR_FILENO);
        if (null_fd >= 0) close(null_fd);
    }
    ~QuietStderr() {
        std::fflush(stderr);
        if (saved_ < 0) return;
        dup2(saved_, STDERR_FILENO);
        close(saved_);
    }
    QuietStderr(const QuietStderr&) = delete;
    QuietStderr& operator=(const QuietStderr&) = delete;

private:
    int saved_ = -1;
};

class OpenAlBackend final : public AudioBackend {
public:
    OpenAlBackend(ALCdevice* device, ALCcontext* context) : device_(device), context_(context) {
        alDistanceModel(AL_INVERSE_DISTANCE_CLAMPED);
        const ALCchar* spec = alcGetString(device_, ALC_DEVICE_SPECIFIER);
        name_ = std::string("OpenAL: ") + (spec ? spec : "default device");
    }
    ~OpenAlBackend() override {
        alcMakeContextCurrent(nullptr);
        alcDestroyContext(context_);
        alcCloseDevice(device_);
    }
    std::string name() const override { return name_; }
    bool silent() const override { return false; }
    uint32_t create_buffer(const PcmClip& clip) override {
        if (clip.samples.empty()) return 0;
        alGetError();
        ALuint buffer = 0;
        alGenBuffers(1, &buffer);
        alBufferData(buffer, AL_FORMAT_MONO16, clip.samples.data(), ALsizei(clip.samples.size() * sizeof(int16_t)),
                     clip.sample_rate_hz);
        if (alGetError() != AL_NO_ERROR) {
            if (buffer) alDeleteBuffers(1, &buffer);
            return 0;
        }
        return buffer;
    }
    void delete_buffer(uint32_t buffer) override {
        const ALuint b = buffer;
        alDeleteBuffers(1, &b);
    }
    uint32_t start(uint32_t buffer, const SourceState& state) override {
        alGetError();
        ALuint source = 0;
        alGenSources(1, &source);
        if (alGetError() != AL_NO_ERROR || source == 0) return 0;  // every source in use
        alSourcei(source, AL_BUFFER, ALint(buffer));
        alSourcef(source, AL_REFERENCE_DISTANCE, kReferenceDistanceM);
        alSourcef(source, AL_ROLLOFF_FACTOR, kRolloff);
        update(source, state);
        alSourcePlay(source);
        return source;
    }
    void update(uint32_t source, const SourceState& s) override {
        alSourcef(source, AL_GAIN, s.gain);
        alSourcef(source, AL_PITCH, s.pitch);
        alSourcei(source, AL_LOOPING, s.loop ? AL_TRUE : AL_FALSE);
        alSourcei(source, AL_SOURCE_RELATIVE, s.positional ? AL_FALSE : AL_TRUE);
        const glm::vec3 p = s.positional ? s.position_m : glm::vec3(0.0f);
        alSource3f(source, AL_POSITION, p.x, p.y, p.z);
    }
    bool playing(uint32_t source) const override {
        ALint state = AL_STOPPED;
        alGetSourcei(source, AL_SOURCE_STATE, &state);
        return state == AL_PLAYING || state == AL_INITIAL;
    }
    float offset_s(uint32_t source) const override {
        ALfloat seconds = 0.0f;
        alGetSourcef(source, AL_SEC_OFFSET, &seconds);
        return seconds;
    }
    void stop(uint32_t source) override {
        const ALuint s = source;
        alSourceStop(s);
        alDeleteSources(1, &s);
    }
    void set_listener(const ListenerPose& pose) override {
        alListener3f(AL_POSITION, pose.position_m.x, pose.position_m.y, pose.position_m.z);
        const ALfloat orientation[6] = {pose.forward.x, pose.forward.y, pose.forward.z,
                                        pose.up.x,      pose.up.y,      pose.up.z};
        alListenerfv(AL_ORIENTATION, orientation);
    }
    void advance(float) override {}

private:
    ALCdevice* device_;
    ALCcontext* context_;
    std::string name_;
};
}  // namespace

std::unique_ptr<AudioBackend> open_openal_backend(std::string& reason) {
    ALCdevice* device = nullptr;
    {
        QuietStderr quiet;
        device = alcOpenDevice(nullptr);
    }
    if (!device) {
        reason = "no audio device found";
        return nullptr;
    }
    ALCcontext* context = alcCreateContext(device, nullptr);
    if (!context || !alcMakeContextCurrent(context)) {
        if (context) alcDestroyContext(context);
        alcCloseDevice(device);
        reason = "the audio device could not be started";
        return nullptr;
    }
    return std::make_unique<OpenAlBackend>(device, context);
}

}  // namespace perfuse
