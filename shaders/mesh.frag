#version 450
// Physically based shading (GGX specular + Lambert diffuse) for one spot key light, a few point
// fills and a sky/ground ambient term, then exposure and ACES-style tone mapping. The target is
// an sRGB image, so the hardware applies the gamma curve.
// Fast lighting (CPU renderers, where every pixel's maths counts): everything but the key light (the
// fills, the sky/ground ambient, the emissive glow) and the shadow-map position come from mesh.vert
// per vertex, and the key light uses a normalised Blinn-Phong highlight instead of GGX. The key
// light's cone, falloff and shadow stay per pixel, so its pool of light and its shadows keep their
// edges.
#include "frame_uniforms.glsl"
#include "fill_lights.glsl"

layout(location = 0) in vec3 in_world_position;
layout(location = 1) in vec3 in_world_normal;
layout(location = 2) in vec2 in_uv;
layout(location = 3) in vec3 in_vertex_light;  // fast lighting: all but the key light (mesh.vert)
layout(location = 4) in vec4 in_light_clip;    // fast lighting: key light clip-space position
layout(location = 5) in vec3 in_vertex_added;  // fast lighting, textured: what adds to albedo x light

layout(location = 0) out vec4 out_color;

// Chosen per draw (and per renderer for the shadow filter) when the pipeline is made: the
// compiler removes what a draw does not use. Software renderers run both sides of every branch
// for every pixel, so a uniform `if` alone would not spare them the work.
layout(constant_id = 0) const bool kBaseColorTexture = true;
layout(constant_id = 1) const bool kNormalMap = true;
layout(constant_id = 2) const bool kKeyLightReaches = true;  // false: the draw is outside the spot's cone
layout(constant_id = 3) const int kShadowTaps = 9;            // 0: no shadows, 1: one tap, 9: 3x3 filter
layout(constant_id = 4) const bool kFastLighting = false;     // per-vertex fills, Blinn-Phong key (mesh.vert too)
layout(constant_id = 5) const bool kHighlight = false;        // hovered/selected: draw.emissive.w's glowing rim

layout(set = 1, binding = 0) uniform sampler2D base_color_texture;
layout(set = 2, binding = 0) uniform sampler2D normal_map;

// Tangent-space normal mapping without stored tangents: the tangent frame is rebuilt from screen-space
// derivatives of position and UV (Schüler, "Normal mapping without precomputed tangents", 2013).
vec3 perturb_normal(vec3 n, vec3 position, vec2 uv) {
    vec3 mapped = texture(normal_map, uv).xyz * 2.0 - 1.0;
    vec3 dp1 = dFdx(position), dp2 = dFdy(position);
    vec2 duv1 = dFdx(uv), duv2 = dFdy(uv);
    vec3 dp2perp = cross(dp2, n), dp1perp = cross(n, dp1);
    vec3 t = dp2perp * duv1.x + dp1perp * duv2.x;
    vec3 b = dp2perp * duv1.y + dp1perp * duv2.y;
    float scale = inversesqrt(max(max(dot(t, t), dot(b, b)), 1e-20));
    // glTF UVs run downwards while its normal maps point +Y up the texture: flip the bitangent.
    return normalize(mat3(t * scale, -b * scale, n) * mapped);
}

float distribution_ggx(float n_dot_h, float roughness) {
    float a = roughness * roughness;
    float a2 = a * a;
    float d = n_dot_h * n_dot_h * (a2 - 1.0) + 1.0;
    return a2 / (kPi * d * d);
}

float geometry_smith(float n_dot_v, float n_dot_l, float roughness) {
    float k = (roughness + 1.0) * (roughness + 1.0) / 8.0;
    float gv = n_dot_v / (n_dot_v * (1.0 - k) + k);
    float gl = n_dot_l / (n_dot_l * (1.0 - k) + k);
    return gv * gl;
}

vec3 fresnel_schlick(float cos_theta, vec3 f0) {
    float m = 1.0 - cos_theta;
    float m2 = m * m;
    return f0 + (1.0 - f0) * (m2 * m2 * m);
}

// Radiance reflected towards the eye from one light arriving along L with RADIANCE.
vec3 shade(vec3 n, vec3 v, vec3 l, vec3 radiance, vec3 albedo, float metallic, float roughness) {
    vec3 h = normalize(v + l);
    float n_dot_l = max(dot(n, l), 0.0);
    float n_dot_v = max(dot(n, v), 1e-4);
    float n_dot_h = max(dot(n, h), 0.0);
    vec3 f0 = mix(vec3(0.04), albedo, metallic);
    vec3 f = fresnel_schlick(max(dot(h, v), 0.0), f0);
    vec3 specular = distribution_ggx(n_dot_h, roughness) * geometry_smith(n_dot_v, n_dot_l, roughness) * f /
                    max(4.0 * n_dot_v * n_dot_l, 1e-4);
    vec3 diffuse = (1.0 - f) * (1.0 - metallic) * albedo / kPi;
    return (diffuse + specular) * radiance * n_dot_l;
}

// The cheap key-light highlight: Lambert diffuse plus a normalised Blinn-Phong lobe whose exponent
// follows roughness (Walter et al. 2007's mapping of a Beckmann width to a Phong exponent; the CPU
// works out the exponent and the lobe's normalisation per draw, draw.material.zw).
vec3 shade_fast(vec3 n, vec3 v, vec3 l, vec3 radiance, vec3 albedo, float metallic) {
    float n_dot_l = max(dot(n, l), 0.0);
    float n_dot_h = max(dot(n, normalize(v + l)), 0.0);
    vec3 f0 = mix(vec3(0.04), albedo, metallic);
    vec3 specular = f0 * draw.material.w * pow(n_dot_h, draw.material.z);
    return ((1.0 - metallic) * albedo / kPi + specular) * radiance * n_dot_l;
}

// Where this point falls in the key light's shadow map (clip space), pushed off the surface along
// the normal to fight shadow acne on slopes. Fast lighting has it from the vertex shader.
vec4 key_light_clip(vec3 world_position, vec3 n, vec3 l) {
    if (kFastLighting) return in_light_clip;
    float slope = 1.0 - max(dot(n, l), 0.0);
    return frame.light_view_proj * vec4(world_position + n * (0.01 + 0.02 * slope), 1.0);
}

// Fraction of the key light reaching this point: 3x3 percentage-closer filtering of the shadow map
// (each tap is itself bilinearly filtered where the device can), so shadow edges are soft; or one
// tap where every texture fetch is expensive (software renderers).
float key_light_visibility(vec3 world_position, vec3 n, vec3 l) {
    if (kShadowTaps == 0) return 1.0;
    vec4 light_clip = key_light_clip(world_position, n, l);
    if (light_clip.w <= 0.0) return 1.0;
    vec3 ndc = light_clip.xyz / light_clip.w;
    vec2 uv = ndc.xy * 0.5 + 0.5;
    if (any(lessThan(uv, vec2(0.0))) || any(greaterThan(uv, vec2(1.0))) || ndc.z >= 1.0) return 1.0;
    float reference = ndc.z - frame.shadow_params.y;
    // Low quality (CPU renderers): one bilinear comparison tap, soft enough at 2048 texels.
    if (kShadowTaps == 1) return texture(shadow_map, vec3(uv, reference));
    float texel = frame.shadow_params.x;
    float lit = 0.0;
    for (int y = -1; y <= 1; ++y)
        for (int x = -1; x <= 1; ++x)
            lit += texture(shadow_map, vec3(uv + vec2(x, y) * texel, reference));
    return lit / 9.0;
}

vec3 aces_tonemap(vec3 x) {
    // Narkowicz 2015 fit of the ACES filmic curve.
    return clamp((x * (2.51 * x + 0.03)) / (x * (2.43 * x + 0.59) + 0.14), 0.0, 1.0);
}

void main() {
    vec3 n = normalize(in_world_normal);
    vec3 v = normalize(frame.camera_position.xyz - in_world_position);
    if (dot(n, v) < 0.0) n = -n;  // thin, open shapes (drapes, screens) are lit from both sides
    if (kNormalMap) n = perturb_normal(n, in_world_position, in_uv);
    vec4 base = draw.base_color;
    // Untextured materials skip the fetch: it costs a lot on CPU renderers.
    if (kBaseColorTexture) base *= texture(base_color_texture, in_uv);
    vec3 albedo = base.rgb;
    float metallic = draw.material.x;
    float roughness = draw.material.y;

    // Key light: a spot with a soft edge between the inner and outer cone, inverse-square falloff.
    // Draws wholly outside its cone would only add zero, so they skip it (and its shadow lookup).
    vec3 color = vec3(0.0);
    if (kKeyLightReaches) {
        vec3 to_key = frame.key_position.xyz - in_world_position;
        float inverse_distance = inversesqrt(dot(to_key, to_key));
        vec3 l = to_key * inverse_distance;
        float cos_angle = dot(-l, frame.key_direction.xyz);  // the CPU sends it normalised
        // smoothstep(cos outer, cos inner, cos_angle), its scale and offset from the CPU.
        float edge = clamp(cos_angle * frame.key_direction.w + frame.key_color.w, 0.0, 1.0);
        float cone = edge * edge * (3.0 - 2.0 * edge);
        float visibility = cone > 0.0 ? key_light_visibility(in_world_position, n, l) : 0.0;
        vec3 radiance = frame.key_color.rgb * (cone * visibility * inverse_distance * inverse_distance);
        color = kFastLighting ? shade_fast(n, v, l, radiance, albedo, metallic)
                              : shade(n, v, l, radiance, albedo, metallic, roughness);
    }

    if (kFastLighting) {
        // mesh.vert lit the vertices with all the rest; with a texture, the albedo is known only here.
        color += kBaseColorTexture ? albedo * in_vertex_light + in_vertex_added : in_vertex_light;
    } else {
        // Fill lights: diffuse only, their highlights are too faint to see.
        color += fill_irradiance(in_world_position, n) * albedo * ((1.0 - metallic) / kPi);
        // Hemisphere ambient. Diffuse for dielectrics; metals mirror the room instead, approximated
        // by their F0 tint.
        vec3 ambient = mix(frame.ground_color.rgb, frame.sky_color.rgb, sky_fraction(n));
        vec3 ambient_f0 = mix(vec3(0.04), albedo, metallic);
        color += ambient * (albedo * (1.0 - metallic) + ambient_f0 * (1.0 - 0.5 * roughness));
        color += draw.emissive.rgb;
    }

    // Hovered/selected items glow at the rim so they read against any background. Only their
    // pipelines have this code: for every other draw it would add zero at every pixel.
    if (kHighlight) {
        float facing = 1.0 - max(dot(n, v), 0.0);
        float rim = facing * facing;
        color += draw.emissive.w * (0.08 + 0.7 * rim) * vec3(1.0, 0.75, 0.2) * (0.6 + 0.4 * frame.params.z);
    }

    out_color = vec4(aces_tonemap(color * frame.params.y), base.a);
}
