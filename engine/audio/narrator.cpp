#include "audio/narrator.h"

namespace perfuse {

Narrator::Narrator(AudioEngine& audio) : audio_(audio) {}

Narrator::~Narrator() { end_voice(); }

void Narrator::end_voice() {
    if (voice_) audio_.stop(voice_);
    if (clip_) audio_.unload(clip_);
    voice_ = 0;
    clip_ = 0;
    captions_.clear();
    if (!current_text_.empty()) last_text_ = current_text_;
    current_text_.clear();
}

void Narrator::say(const std::vector<std::string>& texts, const SpeechSettings& settings) {
    stop();
    settings_ = settings;
    for (const std::string& text : texts) {
        if (text.find_first_not_of(" \t\n") == std::string::npos) continue;
        worker_.request(text, settings);
        ++waiting_;
    }
}

void Narrator::skip() { end_voice(); }

void Narrator::replay() {
    const std::string text = current_text_.empty() ? last_text_ : current_text_;
    if (!text.empty()) say({text}, settings_);
}

void Narrator::stop() {
    worker_.cancel();
    waiting_ = 0;
    end_voice();
}

void Narrator::update() {
    if (voice_ && !audio_.playing(voice_)) end_voice();
    if (voice_) return;
    std::optional<SpeechResult> result = worker_.take_result();
    if (!result) return;
    --waiting_;
    if (!result->error.empty() || result->audio.pcm.empty()) {
        problem_ = result->error.empty() ? "no speech was made for \"" + result->text.substr(0, 40) + "\"" : result->error;
        return;
    }
    clip_ = audio_.load(result->audio.pcm);
    voice_ = clip_ ? audio_.play(clip_, {.group = VolumeGroup::narration}) : 0;
    if (!voice_) {
        if (clip_) audio_.unload(clip_);
        clip_ = 0;
        return;
    }
    captions_ = std::move(result->audio.captions);
    current_text_ = result->text;
}

std::string Narrator::caption() const {
    if (!voice_ || captions_.empty()) return {};
    const float at_s = audio_.position_s(voice_);
    const CaptionSpan* shown = &captions_.front();
    for (const CaptionSpan& span : captions_)
        if (span.start_s <= at_s) shown = &span;
    return shown->text;
}

std::string Narrator::take_problem() {
    if (problem_.empty() || problem_reported_) return {};
    problem_reported_ = true;
    return problem_;
}

}  // namespace perfuse
