// Nothing is placed where it cannot work: no named camera sits inside an object (it would film the inside
// of a head or a machine) and no start point is inside furniture the player collides with.
#include <map>

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <glm/gtc/matrix_transform.hpp>
#include <gtest/gtest.h>

#include "world_test_paths.h"

namespace perfuse::world {
namespace {

struct Box {
    glm::vec3 min{1e9f}, max{-1e9f};
    bool contains(const glm::vec3& p) const { return glm::all(glm::greaterThan(p, min)) && glm::all(glm::lessThan(p, max)); }
};

// Model-space bounds of every model, read once.
const Box& model_bounds(const std::string& model) {
    static std::map<std::string, Box> cache;
    auto [it, fresh] = cache.try_emplace(model);
    if (fresh) {
        Assimp::Importer importer;
        const aiScene* s = importer.ReadFile(model_file(test::kModels, model).string(), aiProcess_PreTransformVertices);
        for (unsigned m = 0; s && m < s->mNumMeshes; ++m)
            for (unsigned v = 0; v < s->mMeshes[m]->mNumVertices; ++v) {
                const aiVector3D p = s->mMeshes[m]->mVertices[v];
                it->second.min = glm::min(it->second.min, glm::vec3(p.x, p.y, p.z));
                it->second.max = glm::max(it->second.max, glm::vec3(p.x, p.y, p.z));
            }
    }
    return it->second;
}

// The item's bounds in the scene: the 8 corners moved by its transform.
Box world_bounds(const Item& item) {
    const Box& b = model_bounds(item.model);
    glm::mat4 m = glm::translate(glm::mat4(1.0f), item.position_m);
    m = glm::rotate(m, glm::radians(item.rotation_y_deg), glm::vec3(0, 1, 0));
    m = glm::scale(m, item.scale);
    Box out;
    for (int k = 0; k < 8; ++k) {
        const glm::vec3 corner(k & 1 ? b.max.x : b.min.x, k & 2 ? b.max.y : b.min.y, k & 4 ? b.max.z : b.min.z);
        const glm::vec3 p(m * glm::vec4(corner, 1.0f));
        out.min = glm::min(out.min, p);
        out.max = glm::max(out.max, p);
    }
    return out;
}

TEST(ScenePlacement, NoCameraIsInsideAnItem) {
    for (const Scene& s : test::all_scenes())
        for (const CameraView& cam : s.cameras)
            for (const Item& item : s.items) {
                if (item.structural) continue;
                EXPECT_FALSE(world_bounds(item).contains(cam.position_m)) << s.file << ": camera " << cam.id << " is inside " << item.id;
            }
}

TEST(ScenePlacement, NoStartPointIsInsideFurniture) {
    for (const Scene& s : test::all_scenes()) {
        for (const StartPoint& start : s.start_points) {
            const glm::vec3 knee = start.position_m + glm::vec3(0.0f, 0.5f, 0.0f);
            for (const Item& item : s.items) {
                if (!item.collider || item.structural) continue;
                EXPECT_FALSE(world_bounds(item).contains(knee)) << s.file << ": start point " << start.id << " is inside " << item.id;
            }
        }
    }
}

}  // namespace
}  // namespace perfuse::world
