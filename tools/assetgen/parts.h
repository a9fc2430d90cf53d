#pragma once
// Shape helpers in model coordinates (metres, +Y up, front = +Z) and the small parts many models share:
// castors, screens, poles, knobs. A model file should read like a description of the object.
#include <string_view>
#include <vector>

#include <glm/glm.hpp>

#include "geometry/mesh.h"
#include "model_builder.h"

namespace perfuse::assetgen {

// --- Shapes placed by their extents or end points -------------------------------------------------
// Round shapes get about one side per 3 cm of their circumference, at least 6 and at most the count
// asked for (SEGMENTS below): tubing, castors and hands were cut as finely as a head, and on CPU
// renderers every triangle costs (README "Benchmarks"). The largest error at a silhouette is about
// side^2 / (8 r): about 1.6 mm for a 7 cm leg, under a pixel a metre away at 1280x720.
unsigned sides_for(float radius_m, unsigned most);

// Segments for make_rounded_box's edges of RADIUS_M, by the same rule: 1 or 2.
unsigned rounding_steps_for(float radius_m);

MeshData block(const glm::vec3& min_m, const glm::vec3& max_m);
MeshData rounded_block(const glm::vec3& min_m, const glm::vec3& max_m, float radius_m);
MeshData rod(const glm::vec3& a_m, const glm::vec3& b_m, float radius_m, unsigned segments = 16);
MeshData cone_between(const glm::vec3& a_m, const glm::vec3& b_m, float radius_a_m, float radius_b_m, unsigned segments = 20);
MeshData pill(const glm::vec3& a_m, const glm::vec3& b_m, float radius_m, unsigned segments = 16);
MeshData ball(const glm::vec3& centre_m, float radius_m, unsigned segments = 16);
// A torus around the axis `normal` (unit), e.g. a pump raceway or a steering wheel.
MeshData ring(const glm::vec3& centre_m, float major_m, float minor_m, const glm::vec3& normal = {0, 1, 0});
// A smooth tube through control points: tubing, cables, hoses.
MeshData hose(const std::vector<glm::vec3>& points_m, float radius_m, unsigned segments = 10);
// A lathe profile (radius, height) raised to `base_m`.
MeshData turned(const std::vector<glm::vec2>& profile_m, const glm::vec3& base_m, bool smooth = false, unsigned segments = 24);

// --- Shared parts ----------------------------------------------------------------------------------
// Four swivel castors under a footprint; wheels touch the floor, stems reach stem_top_y_m.
void add_castors(ModelBuilder& b, NodeId to, float half_x_m, float half_z_m, float wheel_radius_m, float stem_top_y_m);

// A flat screen: dark bezel with a glowing face, facing +Z turned by yaw, tipped back by tilt. The
// face's UVs span it once (u left to right, v top to bottom, as seen from the front). A SCREEN_ID
// names the face's material "screen:<id>" (the palette's FACE_MATERIAL look otherwise unchanged), so
// the app can find it in a loaded room and draw the live console on it.
void add_screen(ModelBuilder& b, NodeId to, const glm::vec3& centre_m, float width_m, float height_m,
                std::string_view face_material, float yaw_deg = 0.0f, float tilt_deg = 0.0f,
                std::string_view screen_id = {});

// A drip-stand pole on a five-spoke castor base, with hooks at the top.
void add_drip_stand(ModelBuilder& b, NodeId to, const glm::vec3& base_m, float height_m);

// A round control knob facing +Z.
void add_knob(ModelBuilder& b, NodeId to, const glm::vec3& centre_m, float radius_m, std::string_view material = "dark_grey");

// A hanging fluid bag with a short outlet, top at top_m.
void add_fluid_bag(ModelBuilder& b, NodeId to, const glm::vec3& top_m, float height_m, std::string_view fluid_material);

}  // namespace perfuse::assetgen
