#version 450
// Depth-only pass for the key light's shadow map. The CPU sends light_view_proj * model, so this
// shader needs no descriptor sets at all.
layout(push_constant) uniform ShadowConstants {
    mat4 light_mvp;
} draw;

layout(location = 0) in vec3 in_position;

void main() {
    gl_Position = draw.light_mvp * vec4(in_position, 1.0);
}
