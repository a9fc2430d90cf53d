#pragma once
// Where things sit on an ECMO cart, in its frame (origin on the floor under the cart's centre, front
// = +Z, lines leave towards the patient at -X). The cart, its disposables (pump head, oxygenator,
// lines) and the assembly layouts (assets/assembly/icu*.json) all use these, so a part mounted in the
// app sits where the cart's holders are. The paediatric cart is the same cart with smaller disposables.
#include <glm/glm.hpp>

namespace perfuse::assetgen::ecmo {

struct Size {
    float disposable_scale;   // pump head, oxygenator and tubing size relative to adult
    float line_end_height_m;  // where the lines reach the bed or cot
};
inline constexpr Size kAdult{1.0f, 0.75f};
inline constexpr Size kPaediatric{0.7f, 0.95f};

inline constexpr glm::vec3 kDrive{-0.15f, 0.6f, 0.34f};  // pump drive face centre, facing +Z
inline constexpr float kDriveRadius = 0.075f;            // adult; the drive takes the head's size
inline constexpr glm::vec3 kOxygenatorBase{0.14f, 0.42f, 0.35f};
inline constexpr float kOxygenatorHeight = 0.22f;        // adult

inline float drive_radius(const Size& s) { return kDriveRadius * s.disposable_scale; }
inline float oxygenator_height(const Size& s) { return kOxygenatorHeight * s.disposable_scale; }
inline float line_radius(const Size& s) { return 0.008f * (0.5f + 0.5f * s.disposable_scale); }

// Ports of the mounted disposables (the ends of their connectors).
inline glm::vec3 pump_inlet(const Size& s) { return kDrive + glm::vec3(0, 0, 1.3f * drive_radius(s)); }
inline glm::vec3 pump_outlet(const Size& s) {
    const float r = drive_radius(s);
    return kDrive + glm::vec3(1.3f * r, 0.1f * r, 0.25f * r);
}
inline glm::vec3 oxygenator_inlet(const Size& s) {
    const float h = oxygenator_height(s);
    return kOxygenatorBase + glm::vec3(0.28f * h + 0.05f, 0.3f * h, 0);
}
inline glm::vec3 oxygenator_outlet(const Size& s) {
    const float h = oxygenator_height(s);
    return kOxygenatorBase + glm::vec3(-0.28f * h - 0.05f, 0.8f * h, 0);
}
inline glm::vec3 oxygenator_gas_inlet(const Size& s) { return kOxygenatorBase + glm::vec3(0, 1.2f * oxygenator_height(s), 0); }
// dz = -1: water in, +1: water out.
inline glm::vec3 oxygenator_water_port(const Size& s, float dz) {
    const float h = oxygenator_height(s);
    return kOxygenatorBase + glm::vec3(0.0f, 0.1f * h, dz * 0.28f * h * 1.1f);
}

// The cart's own connections: heater water out / back (dz -1 / +1) and the blender's gas outlet.
inline glm::vec3 heater_port(float dz) { return {-0.06f + 0.1f * dz, 0.3f, 0.2f}; }
inline constexpr glm::vec3 kBlenderCentre{0.28f, 1.25f, -0.12f};
inline constexpr glm::vec3 kGasOutlet{0.28f, 1.15f, -0.12f};

}  // namespace perfuse::assetgen::ecmo
