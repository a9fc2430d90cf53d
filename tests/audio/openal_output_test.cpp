// OpenAL Soft with no sound card: its null output (ALSOFT_DRIVERS=null) and its wave-file output
// (ALSOFT_CONF names a config written into the build tree), as CI runs them. ctest sets the
// environment per test; run by hand these pick whatever output the machine has.
#include <chrono>
#include <cstdlib>
#include <filesystem>
#include <thread>

#include <gtest/gtest.h>

#include "audio/audio_engine.h"
#include "sound/alarm_signals.h"
#include "wave_file.h"

namespace perfuse {
namespace {

std::unique_ptr<AudioBackend> open_or_skip() {
    std::string reason;
    auto backend = open_openal_backend(reason);
    EXPECT_TRUE(backend) << reason;
    return backend;
}

TEST(OpenAlOutput, PlaysPositionedVoicesInRealTime) {
    auto backend = open_or_skip();
    if (!backend) return;
    EXPECT_FALSE(backend->silent());
    AudioEngine audio(std::move(backend));
    const ClipId clip = audio.load(render_alarm_cycle(alarm_signal(AlarmPriority::medium), 44100));
    ASSERT_NE(clip, 0u);
    audio.set_listener({.position_m = {0.0f, 1.6f, 0.0f}, .forward = {0.0f, 0.0f, -1.0f}, .up = {0.0f, 1.0f, 0.0f}});
    const VoiceId v = audio.play(clip, {.group = VolumeGroup::alarms, .loop = true, .position_m = glm::vec3(2, 1, -3)});
    ASSERT_NE(v, 0u);
    std::this_thread::sleep_for(std::chrono::milliseconds(300));
    audio.update(0.3f);
    EXPECT_TRUE(audio.playing(v));
    EXPECT_GT(audio.position_s(v), 0.1f);  // the device's mixer really ran
    audio.set_pitch(v, 1.5f);
    audio.stop(v);
    EXPECT_FALSE(audio.playing(v));
}

TEST(OpenAlOutput, WaveFileOutputHoldsTheSound) {
    const char* wave = std::getenv("PERFUSE_TEST_WAVE_FILE");
    if (!wave) GTEST_SKIP() << "run through ctest (PERFUSE_TEST_WAVE_FILE names the wave output)";
    std::filesystem::remove(wave);
    {
        auto backend = open_or_skip();
        if (!backend) return;
        AudioEngine audio(std::move(backend));
        const ClipId clip = audio.load(render_alarm_cycle(alarm_signal(AlarmPriority::high), 44100));
        audio.play(clip, {.group = VolumeGroup::alarms});
        std::this_thread::sleep_for(std::chrono::milliseconds(500));
    }
    const test::WaveData data = test::read_wave(wave);
    EXPECT_EQ(data.sample_rate_hz, 44100);
    ASSERT_GT(data.channels, 0);
    EXPECT_GT(data.samples.size() / std::size_t(data.channels), 44100u / 4);  // most of the 0.5 s
    // The high-priority burst's first half second: 3 pulses, then the 4th starting; loud while on.
    EXPECT_GT(test::loud_samples(data, 3000), std::size_t(0.1 * 44100 * data.channels));
}

}  // namespace
}  // namespace perfuse
