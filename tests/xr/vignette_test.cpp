// The comfort vignette's strength over time (xr/vignette.h) and how it is drawn in an eye
// (app/vr_vignette.h): fixed time steps, no runtime or GPU.
#include <cmath>

#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "app/vr_vignette.h"
#include "xr/vignette.h"

namespace perfuse {
namespace {

constexpr float kDt = 1.0f / 90.0f;

// Strength after FRAMES more frames of nothing happening.
float after(VignetteState& state, const VignetteCurve& curve, const ComfortSettings& comfort, int frames) {
    float s = state.strength;
    for (int i = 0; i < frames; ++i) s = update_vignette(state, curve, comfort, false, 0.0f, kDt);
    return s;
}

TEST(Vignette, NoneAtRest) {
    VignetteState state;
    EXPECT_EQ(after(state, {}, {}, 30), 0.0f);
}

TEST(Vignette, AJumpIsFullAtOnceHeldThenFadesSmoothlyToNothing) {
    const VignetteCurve curve;
    const ComfortSettings comfort;
    VignetteState state;
    EXPECT_EQ(update_vignette(state, curve, comfort, true, 0.0f, kDt), 1.0f);
    EXPECT_EQ(after(state, curve, comfort, 8), 1.0f) << "held for 0.1 s (9 frames at 90 Hz)";
    float previous = 1.0f;
    int fading_frames = 0;
    while (state.strength > 0.0f && fading_frames < 100) {
        const float s = after(state, curve, comfort, 1);
        EXPECT_LE(s, previous);
        EXPECT_LT(previous - s, 0.2f) << "no sudden step while fading";
        previous = s;
        ++fading_frames;
    }
    EXPECT_EQ(state.strength, 0.0f);
    EXPECT_NEAR(fading_frames * kDt, curve.fade_s + kDt, 2.0f * kDt) << "gone after hold + fade";
    // Half way through the fade: half strength (smoothstep is symmetric).
    update_vignette(state, curve, comfort, true, 0.0f, kDt);
    const float half = after(state, curve, comfort, int(std::lround((curve.hold_s + 0.5f * curve.fade_s) / kDt)));
    EXPECT_NEAR(half, 0.5f, 0.06f);
}

TEST(Vignette, ReducedMotionCutsInsteadOfFading) {
    const VignetteCurve curve;
    ComfortSettings comfort;
    comfort.reduced_motion = true;
    VignetteState state;
    update_vignette(state, curve, comfort, true, 0.0f, kDt);
    int on_frames = 1;
    for (int i = 0; i < 60; ++i) {
        const float s = after(state, curve, comfort, 1);
        EXPECT_TRUE(s == 0.0f || s == 1.0f) << "at frame " << i << ": " << s;
        if (s == 1.0f) ++on_frames;
    }
    EXPECT_NEAR(on_frames * kDt, curve.hold_s + 0.5f * curve.fade_s, 2.0f * kDt);
}

TEST(Vignette, OffMeansNeverEvenForAJump) {
    ComfortSettings comfort;
    comfort.vignette = false;
    VignetteState state;
    EXPECT_EQ(update_vignette(state, {}, comfort, true, 3.0f, kDt), 0.0f);
    EXPECT_EQ(after(state, {}, comfort, 5), 0.0f);
}

TEST(Vignette, SmoothTurningFollowsTheSpeedRisingFastEasingOff) {
    const VignetteCurve curve;
    const ComfortSettings comfort;
    VignetteState state;
    float s = 0.0f;
    for (int i = 0; i < 45; ++i) s = update_vignette(state, curve, comfort, false, curve.full_turn_rad_s, kDt);
    EXPECT_NEAR(s, curve.motion_peak, 1e-5f) << "full speed for half a second";
    for (int i = 0; i < 45; ++i) s = update_vignette(state, curve, comfort, false, 0.5f * curve.full_turn_rad_s, kDt);
    EXPECT_NEAR(s, 0.5f * curve.motion_peak, 1e-5f) << "half speed";
    EXPECT_NEAR(update_vignette(state, curve, comfort, false, -0.5f * curve.full_turn_rad_s, kDt), s, 1e-5f)
        << "turning left counts the same as right";
    const float one_frame_later = update_vignette(state, curve, comfort, false, 0.0f, kDt);
    EXPECT_NEAR(s - one_frame_later, curve.fall_per_s * kDt, 1e-5f) << "eases off, no cut";
    EXPECT_EQ(after(state, curve, comfort, 60), 0.0f);
}

TEST(Vignette, BadTimeStepsAreIgnored) {
    VignetteState state;
    update_vignette(state, {}, {}, true, 0.0f, kDt);
    EXPECT_EQ(update_vignette(state, {}, {}, false, std::nanf(""), std::nanf("")), 1.0f);
    EXPECT_EQ(update_vignette(state, {}, {}, false, 0.0f, -1.0f), 1.0f);
}

TEST(VignetteDraws, NothingAtZeroStrength) {
    const VrVignetteMeshes meshes;
    const glm::mat4 projection = glm::perspective(glm::radians(90.0f), 1.0f, 0.05f, 100.0f);
    EXPECT_TRUE(vignette_draws(meshes, 0.0f, glm::mat4(1.0f), projection).empty());
}

TEST(VignetteDraws, SeeThroughDarkBandsCentredOnTheEyeHoleShrinkingWithStrength) {
    const VrVignetteMeshes meshes;
    const glm::mat4 projection = glm::perspective(glm::radians(90.0f), 1.0f, 0.05f, 100.0f);
    EXPECT_NEAR(widest_edge_tangent(projection), 1.0f, 1e-4f);
    // Eye at (1, 1.6, 2) looking along -X.
    const glm::vec3 eye{1.0f, 1.6f, 2.0f};
    const glm::mat4 view = glm::lookAt(eye, eye + glm::vec3(-1.0f, 0.0f, 0.0f), glm::vec3(0.0f, 1.0f, 0.0f));
    const DrawList weak = vignette_draws(meshes, 0.2f, view, projection);
    const DrawList strong = vignette_draws(meshes, 1.0f, view, projection);
    ASSERT_EQ(strong.size(), meshes.bands.size());
    for (size_t i = 0; i < strong.size(); ++i) {
        EXPECT_EQ(strong[i].mesh, &meshes.bands[i]);
        EXPECT_EQ(glm::vec3(strong[i].material.base_color), glm::vec3(0.0f));
        EXPECT_LT(strong[i].material.base_color.a, 1.0f) << "blended, drawn after the room";
        EXPECT_LT(weak[i].material.base_color.a, strong[i].material.base_color.a);
        if (i > 0) {
            EXPECT_GT(strong[i].material.base_color.a, strong[i - 1].material.base_color.a) << "darker outwards";
        }
        // The ring's centre is straight ahead of the eye, in front of the near plane.
        const glm::vec3 centre = glm::vec3(strong[i].model * glm::vec4(0.0f, 0.0f, 0.0f, 1.0f));
        EXPECT_NEAR(centre.x, eye.x - 0.1f, 1e-4f);
        EXPECT_NEAR(centre.y, eye.y, 1e-4f);
        EXPECT_NEAR(centre.z, eye.z, 1e-4f);
    }
    // The hole's edge (radius 1 in mesh units), seen from the eye, as a tangent.
    const auto hole = [&](const DrawItem& d) {
        const glm::vec3 edge = glm::vec3(d.model * glm::vec4(1.0f, 0.0f, 0.0f, 1.0f));
        const glm::vec3 centre = glm::vec3(d.model * glm::vec4(0.0f, 0.0f, 0.0f, 1.0f));
        return glm::distance(edge, centre) / glm::distance(centre, eye);
    };
    EXPECT_NEAR(hole(strong[0]), vignette_hole_tangent(1.0f, 1.0f), 1e-4f);
    EXPECT_NEAR(hole(strong[0]), std::tan(glm::radians(30.0f)), 1e-3f) << "full strength: about 60 degrees left open";
    EXPECT_GT(hole(weak[0]), hole(strong[0]));
    EXPECT_NEAR(vignette_hole_tangent(0.0f, 1.0f), 1.0f, 1e-6f) << "at zero the hole reaches the view's edge";
}

}  // namespace
}  // namespace perfuse
