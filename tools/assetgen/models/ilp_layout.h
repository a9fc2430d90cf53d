#pragma once
// Where things sit on the limb perfusion circuit cart, in its frame (origin on the floor under the
// cart's centre, front = +Z, lines leave towards the patient at -X). The cart, its disposables and
// the assembly layout (assets/assembly/ilp.json) all use these.
#include <glm/glm.hpp>

namespace perfuse::assetgen::ilp {

inline constexpr glm::vec3 kPumpDeck{-0.1f, 0.75f, 0.0f};  // roller pump module, top of the cabinet
inline constexpr float kPumpModule = 0.24f;
inline constexpr glm::vec3 kPumpInlet{-0.15f, 0.915f, -0.11f};
inline constexpr glm::vec3 kPumpOutlet{-0.05f, 0.915f, -0.11f};
inline constexpr glm::vec3 kReservoirBase{-0.5f, 1.15f, 0.12f};  // bottom centre, on the holder pole
inline constexpr float kReservoirHeight = 0.24f;
inline constexpr glm::vec3 kOxygenatorBase{-0.5f, 0.82f, 0.12f};
inline constexpr float kOxygenatorHeight = 0.18f;
inline constexpr float kLineRadius = 0.007f;

}  // namespace perfuse::assetgen::ilp
