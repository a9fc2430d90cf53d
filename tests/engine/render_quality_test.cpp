// What each kind of device gets by default: CPU renderers (lavapipe, SwiftShader) the cheap path,
// GPUs of every other kind the full-quality one (shaders/mesh.frag, engine/render/scene_renderer.h).
#include <gtest/gtest.h>

#include "render/scene_renderer.h"

namespace perfuse {

TEST(RenderQuality, CpuRenderersGetFastLightingLowShadowsAndNoMsaa) {
    EXPECT_EQ(default_lighting_quality(VK_PHYSICAL_DEVICE_TYPE_CPU), LightingQuality::fast);
    EXPECT_EQ(default_shadow_quality(VK_PHYSICAL_DEVICE_TYPE_CPU), ShadowQuality::low);
    EXPECT_EQ(default_msaa_samples(VK_PHYSICAL_DEVICE_TYPE_CPU), VK_SAMPLE_COUNT_1_BIT);
}

TEST(RenderQuality, GpusKeepFullLightingHighShadowsAndMsaa) {
    for (const VkPhysicalDeviceType type : {VK_PHYSICAL_DEVICE_TYPE_DISCRETE_GPU, VK_PHYSICAL_DEVICE_TYPE_INTEGRATED_GPU,
                                            VK_PHYSICAL_DEVICE_TYPE_VIRTUAL_GPU, VK_PHYSICAL_DEVICE_TYPE_OTHER}) {
        EXPECT_EQ(default_lighting_quality(type), LightingQuality::full) << type;
        EXPECT_EQ(default_shadow_quality(type), ShadowQuality::high) << type;
        EXPECT_EQ(default_msaa_samples(type), VK_SAMPLE_COUNT_4_BIT) << type;
    }
}

}  // namespace perfuse
