#version 450
// Lit meshes: transforms positions and normals to world space for the fragment shader.
#include "frame_uniforms.glsl"

layout(location = 0) in vec3 in_position;
layout(location = 1) in vec3 in_normal;
layout(location = 2) in vec2 in_uv;

layout(location = 0) out vec3 out_world_position;
layout(location = 1) out vec3 out_world_normal;
layout(location = 2) out vec2 out_uv;

void main() {
    vec4 world = draw.model * vec4(in_position, 1.0);
    out_world_position = world.xyz;
    // Inverse-transpose keeps normals right under non-uniform scale (stretched boxes are common).
    out_world_normal = transpose(inverse(mat3(draw.model))) * in_normal;
    out_uv = in_uv;
    gl_Position = frame.view_proj * world;
}
