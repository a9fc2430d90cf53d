// Per-frame data shared by the mesh shaders. Mirrors engine/render/frame_uniforms.h (std140).
const int kMaxFillLights = 4;

layout(set = 0, binding = 0) uniform FrameUniforms {
    mat4 view_proj;
    vec4 camera_position;        // xyz
    vec4 key_position;           // xyz: the theatre lamp
    vec4 key_direction;          // xyz: where it points; w: cone edge scale, 1 / (cos inner - cos outer)
    vec4 key_color;              // rgb: colour x intensity; w: cone edge offset, -cos outer x scale
    vec4 fill_position[kMaxFillLights];  // xyz; w: range in metres
    vec4 fill_color[kMaxFillLights];     // rgb: colour x intensity
    vec4 sky_color;              // hemisphere ambient from above
    vec4 ground_color;           // hemisphere ambient from below
    vec4 params;                 // x: fill light count, y: exposure, z: highlight pulse 0..1
    mat4 light_view_proj;        // world -> key light clip space (shadow map)
    vec4 shadow_params;          // x: one shadow-map texel in uv, y: depth bias (the filter is
                                 // mesh.frag's kShadowTaps; z, w repeat it for tools that read this)
} frame;

layout(set = 0, binding = 1) uniform sampler2DShadow shadow_map;

// Per-draw data (128 bytes is the guaranteed minimum for push constants; we use 112).
layout(push_constant) uniform DrawConstants {
    mat4 model;
    vec4 base_color;             // linear rgba
    vec4 emissive;               // rgb; w: highlight amount 0..1 (hovered/selected)
    vec4 material;               // x: metallic 0..1, y: roughness 0.04..1 (clamped by the CPU), z: fast
                                 // lighting's Blinn-Phong exponent for that roughness, w: its normalisation
} draw;
