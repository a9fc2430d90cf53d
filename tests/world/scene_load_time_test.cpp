// How long each room takes to load on the CPU side: the scene file plus every distinct model through
// Assimp (what the renderer does before uploading). The times are recorded as test properties and
// printed; the bound catches a generator change that makes models explode in size.
#include <chrono>
#include <iostream>
#include <set>

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <gtest/gtest.h>

#include "world_test_paths.h"

namespace perfuse::world {
namespace {

TEST(SceneLoading, EachRoomLoadsWithinTwoSeconds) {
    const ModelCatalog models = models_in(test::kModels);
    for (const std::string& id : test::kSceneIds) {
        const auto start = std::chrono::steady_clock::now();
        const Scene scene = load_scene(test::scene_file(id), models);
        std::set<std::string> distinct;
        for (const Item& item : scene.items) distinct.insert(item.model);
        std::size_t vertices = 0;
        for (const std::string& model : distinct) {
            Assimp::Importer importer;
            const aiScene* s = importer.ReadFile(model_file(test::kModels, model).string(), aiProcess_Triangulate);
            ASSERT_NE(s, nullptr) << model;
            for (unsigned m = 0; m < s->mNumMeshes; ++m) vertices += s->mMeshes[m]->mNumVertices;
        }
        const double ms = std::chrono::duration<double, std::milli>(std::chrono::steady_clock::now() - start).count();
        RecordProperty(id + "_load_ms", static_cast<int>(ms));
        std::cout << id << ": " << scene.items.size() << " items, " << distinct.size() << " models, " << vertices
                  << " vertices, loaded in " << ms << " ms\n";
        EXPECT_LT(ms, 2000.0) << id;
        EXPECT_LT(vertices, 400000u) << id << ": models are heavier than a low-poly room should be";
    }
}

}  // namespace
}  // namespace perfuse::world
