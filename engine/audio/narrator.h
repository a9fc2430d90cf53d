#pragma once
// Reads texts aloud one after another, with the sentence being said available as a caption.
// Synthesis happens on the speech worker; a text starts playing once its audio is ready, so the
// caller never waits. Skip moves on to the next text, replay says the last one again.
#include <cstdint>
#include <deque>
#include <string>
#include <vector>

#include "audio/audio_engine.h"
#include "audio/speech_worker.h"

namespace perfuse {

class Narrator {
public:
    explicit Narrator(AudioEngine& audio);
    ~Narrator();
    Narrator(const Narrator&) = delete;
    Narrator& operator=(const Narrator&) = delete;

    // Says TEXTS in order, replacing whatever was being said or waiting.
    void say(const std::vector<std::string>& texts, const SpeechSettings& settings);
    void skip();    // ends the current text; the next waiting one follows
    void replay();  // the text being said (or the last one said) from the start
    void stop();    // silence, nothing waiting
    // Once per frame, after AudioEngine::update: starts ready audio, drops what ended.
    void update();

    bool speaking() const { return voice_ != 0; }
    bool waiting() const { return waiting_ > 0; }  // texts still being synthesised
    // The sentence being said now, as written; empty when silent.
    std::string caption() const;
    const std::string& current_text() const { return current_text_; }
    // The last problem (eSpeak NG missing, a voice refused), once; empty when none.
    std::string take_problem();

private:
    void end_voice();

    AudioEngine& audio_;
    SpeechWorker worker_;
    SpeechSettings settings_;
    int waiting_ = 0;
    VoiceId voice_ = 0;
    ClipId clip_ = 0;
    std::vector<CaptionSpan> captions_;
    std::string current_text_;
    std::string last_text_;
    std::string problem_;
    bool problem_reported_ = false;
};

}  // namespace perfuse
