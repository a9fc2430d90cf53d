#pragma once
// Turns a camera pose into the matrices the renderer needs for a target of a given size.
#include <vulkan/vulkan.h>

#include "render/draw_list.h"
#include "scene/camera.h"

namespace perfuse {

constexpr float kFieldOfViewYDeg = 60.0f;  // comfortable on a laptop screen; wide enough for a room
constexpr float kNearPlaneM = 0.05f;       // close enough to lean over a console
constexpr float kFarPlaneM = 100.0f;

inline ViewCamera make_view_camera(const CameraPose& pose, VkExtent2D extent) {
    const float aspect = extent.height ? float(extent.width) / float(extent.height) : 1.0f;
    return {.view = view_matrix(pose),
            .projection = projection_matrix(glm::radians(kFieldOfViewYDeg), aspect, kNearPlaneM, kFarPlaneM),
            .position = pose.eye_m};
}

}  // namespace perfuse
