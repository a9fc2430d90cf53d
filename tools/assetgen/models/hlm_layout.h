#pragma once
// Where things sit on the heart-lung machine, in its frame (origin on the floor under the console's
// centre, perfusionist standing at +Z). The console, the disposables, the sensors and the tubing
// models all read these, so the circuit lines up however the parts are combined.
#include <glm/glm.hpp>

namespace perfuse::assetgen::hlm {

inline constexpr float kDeckY = 0.75f;                  // top of the console cabinet
inline constexpr float kPumpModule = 0.24f;             // roller pump module width and depth
inline constexpr float kPumpTopY = kDeckY + 0.55f * kPumpModule;  // raceway floor
inline constexpr float kPumpX[5] = {-0.52f, -0.26f, 0.0f, 0.26f, 0.52f};
inline constexpr int kArterialPump = 0;                 // the pump nearest the oxygenator
inline constexpr int kCardioplegiaPump = 4;

// Left-hand holder pole for reservoir, oxygenator and filter; right-hand pole for cardioplegia.
inline constexpr glm::vec3 kLeftPole{-0.8f, 0.7f, 0.02f};
inline constexpr glm::vec3 kRightPole{0.8f, 0.7f, 0.02f};
inline constexpr float kPoleTopY = 1.85f;

inline constexpr glm::vec3 kReservoirBase{-0.8f, 1.14f, 0.15f};   // bottom centre
inline constexpr float kReservoirHeight = 0.3f;
inline constexpr glm::vec3 kOxygenatorBase{-0.8f, 0.8f, 0.15f};
inline constexpr float kOxygenatorHeight = 0.2f;
inline constexpr glm::vec3 kFilterBase{-1.0f, 0.9f, 0.1f};
inline constexpr float kFilterHeight = 0.13f;
inline constexpr glm::vec3 kBlenderCentre{0.16f, 1.25f, -0.2f};
inline constexpr glm::vec3 kCentrifugalDrive{-0.42f, 0.5f, 0.37f};  // face centre, facing +Z

// The lines leave towards the operating table on the machine's -X side and end here.
inline constexpr float kLinesEndX = -2.0f;

}  // namespace perfuse::assetgen::hlm
