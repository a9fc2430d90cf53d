#version 450
// Lit meshes: transforms positions and normals to world space for the fragment shader. With fast
// lighting (CPU renderers) it also lights each vertex with everything but the key light (the fill
// lights, the sky/ground ambient, the emissive glow) and finds where it falls in the key light's
// shadow map, so the fragment shader does that work once per vertex instead of once per pixel (on
// lavapipe that took about 2 ms off a theatre frame, README "Benchmarks").
#include "frame_uniforms.glsl"
#include "fill_lights.glsl"

layout(location = 0) in vec3 in_position;
layout(location = 1) in vec3 in_normal;
layout(location = 2) in vec2 in_uv;

layout(location = 0) out vec3 out_world_position;
layout(location = 1) out vec3 out_world_normal;
layout(location = 2) out vec2 out_uv;
// Fast lighting only (zero otherwise): the light from all but the key light, as mesh.frag's full
// path works it out per pixel. Untextured: the colour it gives the surface. Textured: the diffuse
// light for mesh.frag to multiply by the texel's albedo, and (out_vertex_added) what it then adds:
// the ambient's F0 tint (from the material's base colour alone) and the emissive glow.
layout(location = 3) out vec3 out_vertex_light;
// Fast lighting only: the vertex in the key light's clip space (mesh.frag's shadow lookup).
layout(location = 4) out vec4 out_light_clip;
layout(location = 5) out vec3 out_vertex_added;

// Chosen when the pipeline is made (lit_pipelines.cpp), like mesh.frag's constants.
layout(constant_id = 0) const bool kBaseColorTexture = true;
layout(constant_id = 4) const bool kFastLighting = false;

void main() {
    vec4 world = draw.model * vec4(in_position, 1.0);
    out_world_position = world.xyz;
    // Inverse-transpose keeps normals right under non-uniform scale (stretched boxes are common). The
    // cofactor matrix is the inverse-transpose times the determinant: the same directions (normals are
    // normalised later) for three cross products, cheaper per vertex than inverse().
    mat3 m = mat3(draw.model);
    mat3 cofactor = mat3(cross(m[1], m[2]), cross(m[2], m[0]), cross(m[0], m[1]));
    float handedness = dot(m[0], cofactor[0]) < 0.0 ? -1.0 : 1.0;  // mirrored transforms keep normals outward
    out_world_normal = cofactor * in_normal * handedness;
    out_uv = in_uv;
    gl_Position = frame.view_proj * world;
    out_vertex_light = vec3(0.0);
    out_vertex_added = vec3(0.0);
    out_light_clip = vec4(0.0);
    if (kFastLighting) {
        vec3 n = normalize(out_world_normal);
        if (dot(n, frame.camera_position.xyz - world.xyz) < 0.0) n = -n;  // as mesh.frag: lit from both sides
        float metallic = draw.material.x;  // clamped by the CPU
        float roughness = draw.material.y;
        vec3 ambient = mix(frame.ground_color.rgb, frame.sky_color.rgb, sky_fraction(n));
        vec3 diffuse_light = (fill_irradiance(world.xyz, n) / kPi + ambient) * (1.0 - metallic);
        vec3 ambient_f0 = mix(vec3(0.04), draw.base_color.rgb, metallic);
        out_vertex_added = ambient * ambient_f0 * (1.0 - 0.5 * roughness) + draw.emissive.rgb;
        out_vertex_light = kBaseColorTexture ? diffuse_light : draw.base_color.rgb * diffuse_light + out_vertex_added;
        // Pushing the lookup point off the surface along the normal fights shadow acne on slopes.
        float slope = 1.0 - max(dot(n, normalize(frame.key_position.xyz - world.xyz)), 0.0);
        out_light_clip = frame.light_view_proj * vec4(world.xyz + n * (0.01 + 0.02 * slope), 1.0);
    }
}
