// eSpeak NG into memory: audio and captions, every text the app can show, the worker thread.
#include <chrono>
#include <filesystem>
#include <fstream>
#include <thread>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "audio/speech_synth.h"
#include "audio/speech_worker.h"

namespace perfuse {
namespace {

bool has_sound(const PcmClip& clip) { return peak_amplitude(clip) > 0; }

// One synthesiser for the suite: eSpeak NG is one per process.
class Speech : public ::testing::Test {
protected:
    static void SetUpTestSuite() {
        std::string error;
        synth_ = SpeechSynthesizer::open(error).release();
        ASSERT_NE(synth_, nullptr) << error;
    }
    static void TearDownTestSuite() {
        delete synth_;
        synth_ = nullptr;
    }
    static SpeechSynthesizer* synth_;
};
SpeechSynthesizer* Speech::synth_ = nullptr;

TEST_F(Speech, SentencesBecomeTimedCaptions) {
    std::string error;
    const SpeechAudio audio =
        synth_->synthesize("The pump pushes blood. The oxygenator adds oxygen.", {}, error);
    ASSERT_TRUE(error.empty()) << error;
    EXPECT_TRUE(has_sound(audio.pcm));
    ASSERT_EQ(audio.captions.size(), 2u);
    EXPECT_EQ(audio.captions[0].text, "The pump pushes blood.");
    EXPECT_EQ(audio.captions[1].text, "The oxygenator adds oxygen.");
    EXPECT_EQ(audio.captions[0].start_s, 0.0f);
    EXPECT_GT(audio.captions[1].start_s, 0.5f);
    EXPECT_LT(audio.captions[1].start_s, audio.pcm.duration_s());
}

TEST_F(Speech, SlowerRateMakesLongerSpeech) {
    std::string error;
    const std::string text = "A perfusionist runs the heart-lung machine during heart surgery.";
    const float slow = synth_->synthesize(text, {.voice = "en", .rate_wpm = 120, .pitch = 50}, error).pcm.duration_s();
    const float fast = synth_->synthesize(text, {.voice = "en", .rate_wpm = 240, .pitch = 50}, error).pcm.duration_s();
    EXPECT_GT(slow, 1.5f * fast);
}

TEST_F(Speech, OtherVoicesWorkAndUnknownOnesAreRefused) {
    std::string error;
    EXPECT_TRUE(has_sound(synth_->synthesize("Hello.", {.voice = "en-us"}, error).pcm)) << error;
    EXPECT_TRUE(has_sound(synth_->synthesize("Hello.", {.voice = "en+f3"}, error).pcm)) << error;
    const SpeechAudio none = synth_->synthesize("Hello.", {.voice = "no-such-voice"}, error);
    EXPECT_TRUE(none.pcm.empty());
    EXPECT_NE(error.find("voice 'no-such-voice'"), std::string::npos) << error;
}

TEST_F(Speech, BrokenTextIsStillSpoken) {
    std::string error;
    const std::string broken = std::string("Flow \x01\x02 is \xff\xfe 4.5 l/min\n\tnow");
    EXPECT_EQ(speakable_text(broken), "Flow    is  4.5 l/min  now");
    EXPECT_TRUE(has_sound(synth_->synthesize(broken, {}, error).pcm)) << error;
}

// Every string in every JSON file under assets/: cards, career, tour, quiz, procedure steps, UI
// text, alarm and crisis texts. None may be refused or come out silent.
void collect_strings(const nlohmann::json& j, std::vector<std::string>& out) {
    if (j.is_string()) out.push_back(j.get<std::string>());
    else if (j.is_structured())
        for (const auto& item : j) collect_strings(item, out);
}

TEST_F(Speech, EveryTextInTheAssetsMakesSound) {
    std::size_t files = 0, texts = 0;
    double audio_s = 0.0;
    const auto start = std::chrono::steady_clock::now();
    for (const auto& entry : std::filesystem::recursive_directory_iterator(PERFUSE_ASSET_DIR)) {
        if (entry.path().extension() != ".json") continue;
        std::ifstream in(entry.path());
        const nlohmann::json doc = nlohmann::json::parse(in, nullptr, false);
        ASSERT_FALSE(doc.is_discarded()) << entry.path() << ": not valid JSON";
        ++files;
        std::vector<std::string> strings;
        collect_strings(doc, strings);
        for (const std::string& text : strings) {
            if (text.find_first_not_of(" \t\n") == std::string::npos) continue;  // nothing to say
            std::string error;
            const SpeechAudio audio = synth_->synthesize(text, {}, error);
            EXPECT_TRUE(error.empty()) << entry.path() << ": \"" << text << "\": " << error;
            EXPECT_TRUE(has_sound(audio.pcm)) << entry.path() << ": \"" << text << "\" made no sound";
            EXPECT_FALSE(audio.captions.empty()) << entry.path() << ": \"" << text << "\"";
            audio_s += audio.pcm.duration_s();
            ++texts;
        }
    }
    const double took_s = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    EXPECT_GT(files, 10u);
    EXPECT_GT(texts, 500u);
    std::printf("spoke %zu texts from %zu files: %.0f s of speech in %.1f s\n", texts, files, audio_s, took_s);
}

TEST(SpeechWorker, RequestsReturnAtOnceAndResultsArriveInOrder) {
    SpeechWorker worker;
    const auto start = std::chrono::steady_clock::now();
    const uint64_t first = worker.request("First text.", {});
    const uint64_t second = worker.request("Second text, a little longer than the first one.", {});
    // Queuing never waits for synthesis (a frame at 60 Hz has 16 ms).
    EXPECT_LT(std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count(), 0.005);
    std::vector<SpeechResult> results;
    for (int i = 0; i < 500 && results.size() < 2; ++i) {
        if (auto r = worker.take_result()) results.push_back(std::move(*r));
        else std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_EQ(results.size(), 2u);
    EXPECT_EQ(results[0].id, first);
    EXPECT_EQ(results[1].id, second);
    EXPECT_TRUE(has_sound(results[1].audio.pcm));
    EXPECT_FALSE(worker.busy());
}

TEST(SpeechWorker, CancelDropsEverythingWaiting) {
    SpeechWorker worker;
    for (int i = 0; i < 20; ++i) worker.request("A long paragraph that takes a moment to say, again and again.", {});
    worker.cancel();
    const uint64_t after = worker.request("After.", {});
    std::optional<SpeechResult> result;
    for (int i = 0; i < 500 && !result; ++i) {
        result = worker.take_result();
        if (!result) std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    ASSERT_TRUE(result);
    EXPECT_EQ(result->id, after);
}

}  // namespace
}  // namespace perfuse
