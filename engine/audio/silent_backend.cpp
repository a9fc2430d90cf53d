// The backend without a device: sources "play" for their buffer's length on the frame clock, so
// everything that waits for a sound to end (narration, alarm bursts) still moves on.
#include <cmath>
#include <unordered_map>

#include "audio/audio_backend.h"

namespace perfuse {

namespace {
class SilentBackend final : public AudioBackend {
public:
    std::string name() const override { return "silent"; }
    bool silent() const override { return true; }
    uint32_t create_buffer(const PcmClip& clip) override {
        buffers_[next_buffer_] = clip.duration_s();
        return next_buffer_++;
    }
    void delete_buffer(uint32_t buffer) override { buffers_.erase(buffer); }
    uint32_t start(uint32_t buffer, const SourceState& state) override {
        const auto it = buffers_.find(buffer);
        if (it == buffers_.end()) return 0;
        sources_[next_source_] = {it->second, 0.0f, state};
        return next_source_++;
    }
    void update(uint32_t source, const SourceState& state) override {
        if (auto it = sources_.find(source); it != sources_.end()) it->second.state = state;
    }
    bool playing(uint32_t source) const override {
        const auto it = sources_.find(source);
        return it != sources_.end() && (it->second.state.loop || it->second.elapsed_s < it->second.length_s);
    }
    float offset_s(uint32_t source) const override {
        const auto it = sources_.find(source);
        if (it == sources_.end() || it->second.length_s <= 0.0f) return 0.0f;
        return it->second.state.loop ? std::fmod(it->second.elapsed_s, it->second.length_s)
                                     : std::min(it->second.elapsed_s, it->second.length_s);
    }
    void stop(uint32_t source) override { sources_.erase(source); }
    void set_listener(const ListenerPose&) override {}
    void advance(float dt_s) override {
        for (auto& [id, s] : sources_) s.elapsed_s += dt_s * s.state.pitch;  // pitch plays faster, as in OpenAL
    }

private:
    struct Source {
        float length_s = 0.0f;
        float elapsed_s = 0.0f;
        SourceState state;
    };
    std::unordered_map<uint32_t, float> buffers_;
    std::unordered_map<uint32_t, Source> sources_;
    uint32_t next_buffer_ = 1;
    uint32_t next_source_ = 1;
};
}  // namespace

std::unique_ptr<AudioBackend> make_silent_backend() { return std::make_unique<SilentBackend>(); }

}  // namespace perfuse
