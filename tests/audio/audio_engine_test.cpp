// The mixer, volume groups and mute, and voices on the silent backend (no device needed).
#include <gtest/gtest.h>

#include "audio/audio_engine.h"
#include "audio/tone.h"

namespace perfuse {
namespace {

PcmClip one_second() {
    return render_pulses({{0.0f, 1.0f, 0.01f, 0.01f}}, {.fundamental_hz = 440.0f, .harmonic_gains = {}, .amplitude = 0.5f},
                         1.0f, 8000);
}

TEST(Mixer, GainIsSourceTimesGroupTimesMaster) {
    MixerSettings m;
    m.master = 0.5f;
    m.group(VolumeGroup::alarms) = 0.8f;
    EXPECT_FLOAT_EQ(effective_gain(m, VolumeGroup::alarms, 0.5f), 0.2f);
    EXPECT_FLOAT_EQ(effective_gain(m, VolumeGroup::narration, 1.0f), 0.5f);
    m.muted = true;
    EXPECT_EQ(effective_gain(m, VolumeGroup::narration, 1.0f), 0.0f);
}

TEST(Mixer, OutOfRangeVolumesAreClamped) {
    MixerSettings m;
    m.master = 7.0f;
    m.group(VolumeGroup::ambience) = -1.0f;
    m.group(VolumeGroup::narration) = std::numeric_limits<float>::quiet_NaN();
    EXPECT_FLOAT_EQ(effective_gain(m, VolumeGroup::alarms, 1.0f), 1.0f);
    EXPECT_EQ(effective_gain(m, VolumeGroup::ambience, 1.0f), 0.0f);
    EXPECT_EQ(effective_gain(m, VolumeGroup::narration, 1.0f), 0.0f);
}

TEST(AudioEngine, VoicesEndAfterTheirClipOnTheSilentClock) {
    AudioEngine audio(make_silent_backend());
    ASSERT_TRUE(audio.silent());
    const ClipId clip = audio.load(one_second());
    const VoiceId once = audio.play(clip, {.group = VolumeGroup::alarms});
    const VoiceId looped = audio.play(clip, {.group = VolumeGroup::ambience, .loop = true});
    const VoiceId fast = audio.play(clip, {.group = VolumeGroup::ambience, .pitch = 2.0f});
    ASSERT_NE(once, 0u);
    for (int i = 0; i < 36; ++i) audio.update(1.0f / 60.0f);  // 0.6 s
    EXPECT_TRUE(audio.playing(once));
    EXPECT_FALSE(audio.playing(fast));  // twice the speed: done in 0.5 s
    EXPECT_NEAR(audio.position_s(once), 0.6f, 1e-3f);
    for (int i = 0; i < 30; ++i) audio.update(1.0f / 60.0f);  // 1.1 s
    EXPECT_FALSE(audio.playing(once));
    EXPECT_TRUE(audio.playing(looped));
    EXPECT_NEAR(audio.position_s(looped), 0.1f, 1e-3f);
    EXPECT_EQ(audio.voice_count(), 1u);
}

TEST(AudioEngine, MixerChangesReachPlayingVoices) {
    AudioEngine audio(make_silent_backend());
    const ClipId clip = audio.load(one_second());
    const VoiceId alarm = audio.play(clip, {.group = VolumeGroup::alarms, .gain = 0.5f, .loop = true});
    const VoiceId hum = audio.play(clip, {.group = VolumeGroup::ambience, .loop = true});
    MixerSettings m;
    m.master = 0.5f;
    m.group(VolumeGroup::ambience) = 0.2f;
    audio.set_mixer(m);
    EXPECT_FLOAT_EQ(audio.output_gain(alarm), 0.25f);
    EXPECT_FLOAT_EQ(audio.output_gain(hum), 0.1f);
    m.muted = true;
    audio.set_mixer(m);
    EXPECT_EQ(audio.output_gain(alarm), 0.0f);
    EXPECT_EQ(audio.output_gain(hum), 0.0f);
    EXPECT_TRUE(audio.playing(alarm));  // muted, not stopped: unmuting carries on
}

TEST(AudioEngine, UnloadingAClipStopsItsVoices) {
    AudioEngine audio(make_silent_backend());
    const ClipId clip = audio.load(one_second());
    const VoiceId v = audio.play(clip, {.loop = true});
    audio.unload(clip);
    EXPECT_FALSE(audio.playing(v));
    EXPECT_EQ(audio.play(clip, {}), 0u);
}

TEST(Tone, HumLoopsWithoutAClick) {
    const PcmClip hum = render_hum({.fundamental_hz = 110.0f, .harmonic_gains = {0.5f}, .amplitude = 0.5f}, 2.0f, 0.4f,
                                   2.0f, 44100);
    ASSERT_GT(hum.samples.size(), 1000u);
    // The jump from the last sample back to the first is no bigger than between neighbours.
    int largest_step = 0;
    for (std::size_t i = 1; i < hum.samples.size(); ++i)
        largest_step = std::max(largest_step, std::abs(hum.samples[i] - hum.samples[i - 1]));
    EXPECT_LE(std::abs(hum.samples.front() - hum.samples.back()), largest_step);
}

TEST(Tone, BreathIsTheSameEveryTimeAndSwells) {
    const PcmClip a = render_breath(3.0f, 1.0f / 3.0f, 0.6f, 22050), b = render_breath(3.0f, 1.0f / 3.0f, 0.6f, 22050);
    EXPECT_EQ(a.samples, b.samples);
    // Loudest around the end of the inhale (1 s), quiet at the start and end.
    const auto level = [&](float t_s) {
        int peak = 0;
        for (std::size_t i = std::size_t(t_s * 22050); i < std::size_t((t_s + 0.1f) * 22050); ++i)
            peak = std::max(peak, std::abs(int(a.samples[i])));
        return peak;
    };
    EXPECT_GT(level(0.95f), 4 * level(0.0f));
    EXPECT_GT(level(0.95f), 4 * level(2.85f));
}

}  // namespace
}  // namespace perfuse
