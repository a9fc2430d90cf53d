// The fill lights and the sky/ground ambient, shared by mesh.frag (evaluated per pixel) and
// mesh.vert (per vertex, for the fast lighting CPU renderers get). Include after frame_uniforms.glsl.

const float kPi = 3.14159265;

// Diffuse light arriving at POSITION on a surface facing N from the fill lights: points with a
// smooth range cut-off so they stay local. Times albedo / pi it is what the surface reflects.
vec3 fill_irradiance(vec3 position, vec3 n) {
    vec3 sum = vec3(0.0);
    for (int i = 0; i < kMaxFillLights; ++i) {  // unused slots have zero colour
        vec3 to_fill = frame.fill_position[i].xyz - position;
        float d2 = dot(to_fill, to_fill);
        float x2 = d2 / (frame.fill_position[i].w * frame.fill_position[i].w);
        float window = clamp(1.0 - x2 * x2, 0.0, 1.0);
        float n_dot_l = max(dot(n, to_fill), 0.0) * inversesqrt(d2);
        sum += frame.fill_color[i].rgb * (window * window * n_dot_l / (d2 + 1.0));
    }
    return sum;
}

// How far a surface facing N turns to the sky (1) rather than the floor (0): walls and ceiling
// bounce light around a white room, so the ambient is a blend of the two colours.
float sky_fraction(vec3 n) { return n.y * 0.5 + 0.5; }
