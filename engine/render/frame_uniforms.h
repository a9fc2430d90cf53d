#pragma once
// C++ mirror of shaders/frame_uniforms.glsl (std140: every member a vec4 or mat4).
#include <glm/glm.hpp>

namespace perfuse {

constexpr int kMaxFillLights = 4;

struct FrameUniforms {
    glm::mat4 view_proj{1.0f};
    glm::vec4 camera_position{0.0f};
    glm::vec4 key_position{0.0f};
    glm::vec4 key_direction{0.0f, -1.0f, 0.0f, 0.0f};  // w: the cone edge's scale (frame_uniforms.glsl)
    glm::vec4 key_color{0.0f};                         // w: the cone edge's offset
    glm::vec4 fill_position[kMaxFillLights]{};
    glm::vec4 fill_color[kMaxFillLights]{};
    glm::vec4 sky_color{0.0f};
    glm::vec4 ground_color{0.0f};
    glm::vec4 params{0.0f};
    glm::mat4 light_view_proj{1.0f};
    glm::vec4 shadow_params{0.0f};
};
static_assert(sizeof(FrameUniforms) == 64 + 16 * 4 + 16 * 2 * kMaxFillLights + 16 * 3 + 64 + 16, "std140 layout");

struct DrawConstants {
    glm::mat4 model{1.0f};
    glm::vec4 base_color{1.0f};
    glm::vec4 emissive{0.0f};  // w: highlight
    glm::vec4 material{0.0f, 0.6f, 1.0f, 0.4f};  // metallic, roughness (clamped), highlight exponent, its normalisation
};
static_assert(sizeof(DrawConstants) == 112, "must fit the 128-byte push-constant minimum");

}  // namespace perfuse
