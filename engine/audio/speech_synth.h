#pragma once
// Text to speech with eSpeak NG, into memory (never to a device): the audio plus when each
// sentence starts, for captions. eSpeak NG keeps its state per process, so only one synthesiser
// may exist at a time and it must be used from one thread (the speech worker's).
#include <atomic>
#include <memory>
#include <string>
#include <vector>

#include "audio/pcm_clip.h"

namespace perfuse {

struct SpeechSettings {
    std::string voice = "en";  // an eSpeak NG voice name (en, en-us), optionally +variant (en+f3)
    int rate_wpm = 160;           // eSpeak NG accepts 80..450; slower suits younger listeners
    int pitch = 50;               // 0..100

    bool operator==(const SpeechSettings&) const = default;
};

struct CaptionSpan {
    float start_s = 0.0f;
    std::string text;  // one sentence of what is said, as written
};

struct SpeechAudio {
    PcmClip pcm;
    std::vector<CaptionSpan> captions;  // in order; the first starts at 0
};

class SpeechSynthesizer {
public:
    // Null with ERROR set when eSpeak NG cannot start (data files missing, one already open).
    static std::unique_ptr<SpeechSynthesizer> open(std::string& error);
    ~SpeechSynthesizer();
    SpeechSynthesizer(const SpeechSynthesizer&) = delete;
    SpeechSynthesizer& operator=(const SpeechSynthesizer&) = delete;

    // Speaks TEXT into memory. Stops early (returning what was made) once CANCEL becomes true.
    // An empty result with ERROR set when the voice or text was refused.
    SpeechAudio synthesize(const std::string& text, const SpeechSettings& settings, std::string& error,
                           const std::atomic<bool>* cancel = nullptr);
    // Whether TEXT makes any sound, stopping at the first audio: a quick check of many texts.
    bool makes_sound(const std::string& text, const SpeechSettings& settings, std::string& error);
    int sample_rate_hz() const { return sample_rate_hz_; }

private:
    explicit SpeechSynthesizer(int sample_rate_hz) : sample_rate_hz_(sample_rate_hz) {}
    std::string apply(const SpeechSettings& settings);

    int sample_rate_hz_;
    SpeechSettings applied_;
    bool any_applied_ = false;
};

// TEXT made safe to speak: control characters become spaces, invalid UTF-8 bytes are dropped.
std::string speakable_text(const std::string& text);

}  // namespace perfuse
