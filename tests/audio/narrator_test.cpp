// Narration on the silent backend: captions follow the voice, skip, replay, a new text replaces.
#include <chrono>
#include <thread>

#include <gtest/gtest.h>

#include "audio/narrator.h"

namespace perfuse {
namespace {

constexpr float kFrameS = 1.0f / 60.0f;

// Runs frames until PREDICATE holds (synthesis is on another thread: allow it up to 5 s of wall time).
template <typename Predicate>
bool run_until(AudioEngine& audio, Narrator& n, Predicate predicate) {
    for (int i = 0; i < 500; ++i) {
        audio.update(kFrameS);
        n.update();
        if (predicate()) return true;
        std::this_thread::sleep_for(std::chrono::milliseconds(10));
    }
    return false;
}

TEST(Narrator, CaptionFollowsTheSentenceBeingSaid) {
    AudioEngine audio(make_silent_backend());
    Narrator n(audio);
    n.say({"The pump pushes blood. The oxygenator adds oxygen."}, {});
    EXPECT_TRUE(n.waiting());
    EXPECT_EQ(n.caption(), "");  // nothing until the voice starts
    ASSERT_TRUE(run_until(audio, n, [&] { return n.speaking(); }));
    EXPECT_EQ(n.caption(), "The pump pushes blood.");
    ASSERT_TRUE(run_until(audio, n, [&] { return n.caption() == "The oxygenator adds oxygen."; }));
    ASSERT_TRUE(run_until(audio, n, [&] { return !n.speaking(); }));
    EXPECT_EQ(n.caption(), "");
}

TEST(Narrator, SkipMovesToTheNextTextAndReplaySaysItAgain) {
    AudioEngine audio(make_silent_backend());
    Narrator n(audio);
    n.say({"First card text.", "Second card text."}, {});
    ASSERT_TRUE(run_until(audio, n, [&] { return n.speaking(); }));
    EXPECT_EQ(n.current_text(), "First card text.");
    n.skip();
    ASSERT_TRUE(run_until(audio, n, [&] { return n.speaking(); }));
    EXPECT_EQ(n.current_text(), "Second card text.");
    ASSERT_TRUE(run_until(audio, n, [&] { return !n.speaking() && !n.waiting(); }));
    n.replay();
    ASSERT_TRUE(run_until(audio, n, [&] { return n.speaking(); }));
    EXPECT_EQ(n.current_text(), "Second card text.");
}

TEST(Narrator, ANewTextReplacesTheOldOne) {
    AudioEngine audio(make_silent_backend());
    Narrator n(audio);
    n.say({"An old card that is still being read when another one opens."}, {});
    ASSERT_TRUE(run_until(audio, n, [&] { return n.speaking(); }));
    n.say({"The new card."}, {});
    EXPECT_FALSE(n.speaking());
    ASSERT_TRUE(run_until(audio, n, [&] { return n.speaking(); }));
    EXPECT_EQ(n.current_text(), "The new card.");
    n.stop();
    EXPECT_FALSE(n.speaking());
    EXPECT_FALSE(n.waiting());
}

TEST(Narrator, AnUnknownVoiceIsReportedOnce) {
    AudioEngine audio(make_silent_backend());
    Narrator n(audio);
    n.say({"Hello."}, {.voice = "no-such-voice"});
    ASSERT_TRUE(run_until(audio, n, [&] { return !n.waiting(); }));
    EXPECT_NE(n.take_problem().find("no-such-voice"), std::string::npos);
    EXPECT_EQ(n.take_problem(), "");
    EXPECT_FALSE(n.speaking());
}

}  // namespace
}  // namespace perfuse
