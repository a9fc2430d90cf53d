#include "audio/speech_synth.h"

#include <algorithm>
#include <espeak-ng/espeak_ng.h>

namespace perfuse {

namespace {
std::atomic<bool> g_open{false};  // eSpeak NG is one per process

// Where one synthesis collects what eSpeak NG calls back with.
struct Collector {
    std::vector<int16_t>* samples = nullptr;
    std::vector<std::pair<int, int>> sentences;  // (character position from 1, audio ms)
    const std::atomic<bool>* cancel = nullptr;
    bool stop_at_first_audio = false;
};

int on_audio(short* wav, int count, espeak_EVENT* events) {
    // Every event carries the synthesis' user data, the list's terminator too (a chunk of audio
    // may come with no other event).
    Collector* c = events ? static_cast<Collector*>(events->user_data) : nullptr;
    for (espeak_EVENT* e = events; c && e->type != espeakEVENT_LIST_TERMINATED; ++e)
        if (e->type == espeakEVENT_SENTENCE) c->sentences.emplace_back(e->text_position, e->audio_position);
    if (!c) return 0;
    if (wav && count > 0) c->samples->insert(c->samples->end(), wav, wav + count);
    if (c->stop_at_first_audio && std::any_of(c->samples->begin(), c->samples->end(), [](int16_t s) { return s != 0; }))
        return 1;
    return c->cancel && c->cancel->load() ? 1 : 0;  // 1 asks eSpeak NG to stop
}

std::string status_message(espeak_ng_STATUS status) {
    char buffer[256] = {};
    espeak_ng_GetStatusCodeMessage(status, buffer, sizeof buffer);
    return buffer;
}

// Byte offset of the Nth code point (0-based) in UTF-8 TEXT.
std::size_t byte_of_char(const std::string& text, int n) {
    std::size_t i = 0;
    for (int seen = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) == 0x80) continue;
        if (seen++ == n) return i;
    }
    return text.size();
}

std::string trimmed(std::string s) {
    const auto space = [](unsigned char c) { return c == ' ' || c == '\n' || c == '\t'; };
    while (!s.empty() && space(s.back())) s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && space(s[start])) ++start;
    return s.substr(start);
}

std::vector<CaptionSpan> captions_from(const std::string& text, const std::vector<std::pair<int, int>>& sentences) {
    std::vector<CaptionSpan> captions;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        const std::size_t from = byte_of_char(text, std::max(0, sentences[i].first - 1));
        const std::size_t to = i + 1 < sentences.size() ? byte_of_char(text, std::max(0, sentences[i + 1].first - 1))
                                                        : text.size();
        std::string piece = trimmed(text.substr(from, to > from ? to - from : 0));
        if (piece.empty()) continue;
        const float start_s = captions.empty() ? 0.0f : float(sentences[i].second) / 1000.0f;
        captions.push_back({start_s, std::move(piece)});
    }
    if (captions.empty()) captions.push_back({0.0f, trimmed(text)});
    return captions;
}
}  // namespace

std::string speakable_text(const std::string& text) {
    std::string out;
    out.reserve(text.size());
    for (std::size_t i = 0; i < text.size();) {
        const unsigned char c = static_cast<unsigned char>(text[i]);
        const int length = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : (c >> 3) == 0x1E ? 4 : 0;
        bool valid = length > 0 && i + std::size_t(length) <= text.size();
        for (int k = 1; valid && k < length; ++k) valid = (static_cast<unsigned char>(text[i + k]) & 0xC0) == 0x80;
        if (!valid) {
            ++i;
            continue;
        }
        if (length == 1 && (c < 0x20 || c == 0x7F)) out += ' ';
        else out.append(text, i, std::size_t(length));
        i += std::size_t(length);
    }
    return out;
}

std::unique_ptr<SpeechSynthesizer> SpeechSynthesizer::open(std::string& error) {
    if (g_open.exchange(true)) {
        error = "eSpeak NG is already in use in this process";
        return nullptr;
    }
    espeak_ng_InitializePath(nullptr);
    espeak_ng_ERROR_CONTEXT context = nullptr;
    espeak_ng_STATUS status = espeak_ng_Initialize(&context);
    if (status == ENS_OK) status = espeak_ng_InitializeOutput(ENOUTPUT_MODE_SYNCHRONOUS, 0, nullptr);
    if (status != ENS_OK) {
        error = "eSpeak NG could not start: " + status_message(status);
        espeak_ng_ClearErrorContext(&context);
        g_open = false;
        return nullptr;
    }
    espeak_SetSynthCallback(on_audio);
    return std::unique_ptr<SpeechSynthesizer>(new SpeechSynthesizer(espeak_ng_GetSampleRate()));
}

SpeechSynthesizer::~SpeechSynthesizer() {
    espeak_ng_Terminate();
    g_open = false;
}

std::string SpeechSynthesizer::apply(const SpeechSettings& s) {
    if (any_applied_ && s.voice == applied_.voice && s.rate_wpm == applied_.rate_wpm && s.pitch == applied_.pitch)
        return {};
    if (const espeak_ng_STATUS status = espeak_ng_SetVoiceByName(s.voice.c_str()); status != ENS_OK)
        return "voice '" + s.voice + "': " + status_message(status);
    // Setting the voice resets rate and pitch, so they follow it.
    espeak_ng_SetParameter(espeakRATE, std::clamp(s.rate_wpm, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
    espeak_ng_SetParameter(espeakPITCH, std::clamp(s.pitch, 0, 100), 0);
    applied_ = s;
    any_applied_ = true;
    return {};
}

SpeechAudio SpeechSynthesizer::synthesize(const std::string& text, const SpeechSettings& settings, std::string& error,
                                          const std::atomic<bool>* cancel) {
    SpeechAudio audio;
    audio.pcm.sample_rate_hz = sample_rate_hz_;
    if (error = apply(settings); !error.empty()) return audio;
    const std::string speakable = speakable_text(text);
    Collector collector{.samples = &audio.pcm.samples, .sentences = {}, .cancel = cancel};
    const espeak_ng_STATUS status = espeak_ng_Synthesize(speakable.c_str(), speakable.size() + 1, 0, POS_CHARACTER, 0,
                                                         espeakCHARS_UTF8, nullptr, &collector);
    espeak_ng_Synchronize();
    if (status != ENS_OK && status != ENS_SPEECH_STOPPED) {
        error = "could not speak the text: " + status_message(status);
        return {};
    }
    audio.captions = captions_from(speakable, collector.sentences);
    return audio;
}

bool SpeechSynthesizer::makes_sound(const std::string& text, const SpeechSettings& settings, std::string& error) {
    if (error = apply(settings); !error.empty()) return false;
    const std::string speakable = speakable_text(text);
    std::vector<int16_t> samples;
    Collector collector{.samples = &samples, .sentences = {}, .cancel = nullptr, .stop_at_first_audio = true};
    espeak_ng_Synthesize(speakable.c_str(), speakable.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr,
                         &collector);
    espeak_ng_Synchronize();
    return std::any_of(samples.begin(), samples.end(), [](int16_t s) { return s != 0; });
}

}  // namespace perfuse
