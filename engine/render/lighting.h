#pragma once
// The lights of a room, in physical-ish units: watts-like intensities tuned for the tone mapper.
#include <vector>

#include <glm/glm.hpp>

namespace perfuse {

struct SpotLight {
    glm::vec3 position{0.0f, 2.6f, 0.0f};
    glm::vec3 direction{0.0f, -1.0f, 0.0f};
    glm::vec3 color{1.0f, 0.97f, 0.92f};
    float intensity = 30.0f;
    float inner_angle_deg = 20.0f;
    float outer_angle_deg = 45.0f;
};

struct PointLight {
    glm::vec3 position{0.0f};
    glm::vec3 color{1.0f};
    float intensity = 5.0f;
    float range_m = 8.0f;
};

struct Lighting {
    SpotLight key;
    std::vector<PointLight> fills;  // at most kMaxFillLights are used
    glm::vec3 sky_color{0.30f, 0.32f, 0.35f};
    glm::vec3 ground_color{0.12f, 0.12f, 0.11f};
    float exposure = 1.0f;
};

}  // namespace perfuse
