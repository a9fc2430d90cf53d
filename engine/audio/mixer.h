#pragma once
// Volume groups: each sound belongs to one group, and what it plays at is its own gain times its
// group's volume times the master volume, or nothing when muted.
#include <array>
#include <cstddef>

namespace perfuse {

enum class VolumeGroup { narration, alarms, ambience };
constexpr std::size_t kVolumeGroupCount = 3;
const char* to_string(VolumeGroup group);

struct MixerSettings {
    float master = 1.0f;
    std::array<float, kVolumeGroupCount> groups{1.0f, 1.0f, 0.6f};  // ambience quieter by default
    bool muted = false;

    bool operator==(const MixerSettings&) const = default;

    float& group(VolumeGroup g) { return groups[std::size_t(g)]; }
    float group(VolumeGroup g) const { return groups[std::size_t(g)]; }
};

// Volumes outside 0..1 (a hand-edited settings file) are clamped rather than rejected.
float effective_gain(const MixerSettings& mixer, VolumeGroup group, float source_gain);

}  // namespace perfuse
