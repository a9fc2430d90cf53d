// The rooms' sounds: alarm signal follows the console's alarms, the ambience follows the model,
// and the rooms file names real items.
#include <filesystem>
#include <fstream>

#include <gtest/gtest.h>
#include <nlohmann/json.hpp>

#include "sound/alarm_sound.h"
#include "sound/ambience.h"
#include "sound/room_sounds.h"

namespace perfuse {
namespace {

constexpr float kFrameS = 1.0f / 60.0f;

AlarmStatus alarm(AlarmPriority p, AlarmState s) {
    AlarmStatus a;
    a.limit.priority = p;
    a.state = s;
    return a;
}

TEST(AlarmSound, TheMostUrgentUnacknowledgedAlarmSounds) {
    AlarmEngine e;
    EXPECT_FALSE(loudest_audible(e));
    e.alarms = {alarm(AlarmPriority::low, AlarmState::sounding), alarm(AlarmPriority::high, AlarmState::silenced),
                alarm(AlarmPriority::medium, AlarmState::latched), alarm(AlarmPriority::high, AlarmState::pending)};
    EXPECT_EQ(loudest_audible(e), AlarmPriority::medium);  // the high ones are acknowledged or not yet raised
    e.alarms[1].state = AlarmState::sounding;
    EXPECT_EQ(loudest_audible(e), AlarmPriority::high);
    for (AlarmStatus& a : e.alarms) a.state = AlarmState::silenced;  // acknowledged
    EXPECT_FALSE(loudest_audible(e));
}

TEST(AlarmSound, PlaysFromTheMachineAndStopsWhenAcknowledged) {
    AudioEngine audio(make_silent_backend());
    AlarmSound sound(audio);
    const glm::vec3 machine{2.0f, 1.0f, -3.0f};
    sound.update(AlarmPriority::medium, machine);
    const VoiceId medium = sound.voice();
    ASSERT_NE(medium, 0u);
    for (int i = 0; i < 60 * 20; ++i) audio.update(kFrameS);  // loops past its 8 s interburst
    EXPECT_TRUE(audio.playing(medium));
    sound.update(AlarmPriority::medium, machine);
    EXPECT_EQ(sound.voice(), medium);  // the same signal carries on
    sound.update(AlarmPriority::high, machine);
    EXPECT_NE(sound.voice(), medium);
    EXPECT_FALSE(audio.playing(medium));
    EXPECT_EQ(sound.playing(), AlarmPriority::high);
    sound.update(std::nullopt, machine);
    EXPECT_FALSE(sound.playing());
    EXPECT_EQ(audio.voice_count(), 0u);
}

TEST(Ambience, MonitorBeepsOncePerHeartbeat) {
    AudioEngine audio(make_silent_backend());
    Ambience ambience(audio);
    AmbienceInput in;
    in.heart_rate_bpm = 72.0f;
    in.breaths_per_min = 12.0f;
    for (int i = 0; i < 60 * 600; ++i) ambience.update(in, kFrameS);  // ten minutes
    EXPECT_NEAR(ambience.beats(), 720, 1);  // the last may fall either side of the end
    EXPECT_NEAR(ambience.breaths(), 120, 1);
    const int beats = ambience.beats(), breaths = ambience.breaths();
    in.heart_rate_bpm = 0.0f;  // arrested on bypass: no beeps
    in.breaths_per_min = 0.0f;  // ventilator off
    for (int i = 0; i < 60 * 10; ++i) ambience.update(in, kFrameS);
    EXPECT_EQ(ambience.beats(), beats);
    EXPECT_EQ(ambience.breaths(), breaths);
}

TEST(Ambience, PumpPitchAndLevelFollowItsSpeed) {
    AudioEngine audio(make_silent_backend());
    Ambience ambience(audio);
    AmbienceInput in;
    in.pump_speed = 1.0f;
    ambience.update(in, kFrameS);
    const float usual_gain = ambience.pump_gain();
    EXPECT_FLOAT_EQ(ambience.pump_pitch(), 1.0f);
    EXPECT_TRUE(audio.playing(ambience.pump_voice()));
    in.pump_speed = 0.5f;
    ambience.update(in, kFrameS);
    EXPECT_FLOAT_EQ(ambience.pump_pitch(), 0.5f);
    EXPECT_LT(ambience.pump_gain(), usual_gain);
    in.pump_speed = 0.0f;  // pump stopped: silence
    ambience.update(in, kFrameS);
    EXPECT_EQ(ambience.pump_voice(), 0u);
}

TEST(RoomSounds, TheRoomsFileNamesItemsOfItsScenes) {
    const std::filesystem::path assets = PERFUSE_ASSET_DIR;
    const RoomSoundsFile file = load_room_sounds(assets / "sound/rooms.json");
    ASSERT_EQ(file.rooms.size(), 3u);
    for (const auto& [room, sounds] : file.rooms) {
        std::ifstream in(assets / "scenes" / (room + ".json"));
        const nlohmann::json scene = nlohmann::json::parse(in, nullptr, false);
        ASSERT_FALSE(scene.is_discarded()) << room;
        std::vector<std::string> ids;
        const auto collect = [&](const auto& self, const nlohmann::json& j) -> void {
            if (j.is_object() && j.contains("id") && j["id"].is_string()) ids.push_back(j["id"]);
            if (j.is_structured())
                for (const auto& child : j) self(self, child);
        };
        collect(collect, scene);
        for (const std::string& item : {sounds.alarms_from, sounds.pump, sounds.monitor, sounds.ventilator})
            EXPECT_NE(std::find(ids.begin(), ids.end(), item), ids.end()) << room << ": no item " << item;
    }
    const RoomSounds& theatre = file.rooms.at("theatre");
    EXPECT_FLOAT_EQ(*pump_speed_fraction(theatre, std::nullopt, theatre.usual_pump_flow_l_min.value() / 2), 0.5f);
    EXPECT_FALSE(pump_speed_fraction(theatre, 3000.0, std::nullopt));
}

TEST(RoomSounds, ProblemsNameTheFileRoomAndField) {
    const std::filesystem::path dir = std::filesystem::path(testing::TempDir()) / "room_sounds";
    std::filesystem::create_directories(dir);
    const auto expect_error = [&](const std::string& text, const std::string& message) {
        std::ofstream(dir / "rooms.json") << text;
        try {
            load_room_sounds(dir / "rooms.json");
            ADD_FAILURE() << "accepted: " << text;
        } catch (const std::runtime_error& e) {
            EXPECT_NE(std::string(e.what()).find(message), std::string::npos) << e.what();
            EXPECT_NE(std::string(e.what()).find("rooms.json"), std::string::npos) << e.what();
        }
    };
    expect_error("{\"rooms\": {", "not valid JSON");
    expect_error("{}", "\"rooms\": expected an object");
    expect_error(R"({"rooms": {"icu": {"pump": "p", "monitor": "m", "ventilator": "v", "usual_pump_rpm": 1}}})",
                 "room \"icu\": \"alarms_from\": expected an item id");
    expect_error(R"({"rooms": {"icu": {"alarms_from": "a", "pump": "p", "monitor": "m", "ventilator": "v"}}})",
                 "give one of");
    expect_error(R"({"rooms": {"icu": {"alarms_from": "a", "pump": "p", "monitor": "m", "ventilator": "v", "usual_pump_rpm": -3}}})",
                 "\"usual_pump_rpm\": expected a number above 0");
    try {
        load_room_sounds(dir / "missing.json");
        ADD_FAILURE();
    } catch (const std::runtime_error& e) {
        EXPECT_NE(std::string(e.what()).find("missing.json: file not found"), std::string::npos);
    }
}

}  // namespace
}  // namespace perfuse
