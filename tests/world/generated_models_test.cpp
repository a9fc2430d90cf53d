// The generated models: the generator writes the expected set, byte-identical on every run, every file loads
// through Assimp with sane data, and key objects have real-world sizes.
#include <algorithm>
#include <cmath>
#include <utility>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <iterator>
#include <sstream>

#include <assimp/Importer.hpp>
#include <assimp/postprocess.h>
#include <assimp/scene.h>
#include <gtest/gtest.h>

#include "world_test_paths.h"

namespace perfuse::world {
namespace {

std::vector<std::string> expected_names() {
    std::vector<std::string> names;
    std::stringstream list(PERFUSE_MODEL_NAMES);
    for (std::string name; std::getline(list, name, ',');) names.push_back(name);
    return names;
}

std::string read_bytes(const std::filesystem::path& p) {
    std::ifstream in(p, std::ios::binary);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

std::string run(const std::string& command) {
    std::string out;
    FILE* pipe = popen(command.c_str(), "r");
    if (!pipe) return out;
    char buffer[256];
    while (std::fgets(buffer, sizeof buffer, pipe)) out += buffer;
    EXPECT_EQ(pclose(pipe), 0) << command;
    return out;
}

TEST(GeneratedModels, BuildWroteExactlyTheListedModels) {
    const std::vector<std::string> names = expected_names();
    ASSERT_GE(names.size(), 40u);
    const ModelCatalog on_disk = models_in(test::kModels);
    EXPECT_EQ(on_disk, ModelCatalog(names.begin(), names.end()));
    std::string listed;
    for (const std::string& n : names) listed += n + "\n";
    EXPECT_EQ(run(std::string("\"") + PERFUSE_ASSETGEN_EXE + "\" --list"), listed) << "tools/assetgen/CMakeLists.txt list is out of step";
}

TEST(GeneratedModels, GeneratorIsByteForByteDeterministic) {
    char pattern[] = "/tmp/perfuse_assetgen_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    const std::filesystem::path root = pattern;
    for (const char* run_dir : {"a", "b"})
        run(std::string("\"") + PERFUSE_ASSETGEN_EXE + "\" \"" + (root / run_dir).string() + "\"");
    for (const std::string& name : expected_names()) {
        const std::string a = read_bytes(root / "a" / (name + ".glb"));
        ASSERT_FALSE(a.empty()) << name;
        EXPECT_EQ(a, read_bytes(root / "b" / (name + ".glb"))) << name << " differs between two runs";
        EXPECT_EQ(a, read_bytes(model_file(test::kModels, name))) << name << " differs from the build's copy";
    }
    std::filesystem::remove_all(root);
}

struct Measured {
    std::size_t meshes = 0, vertices = 0, bad_numbers = 0;
    glm::vec3 min{1e9f}, max{-1e9f};
};

Measured measure(const std::string& name) {
    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile(model_file(test::kModels, name).string(),
                                             aiProcess_ValidateDataStructure | aiProcess_PreTransformVertices);
    Measured m;
    EXPECT_NE(scene, nullptr) << name << ": " << importer.GetErrorString();
    if (!scene) return m;
    m.meshes = scene->mNumMeshes;
    for (unsigned i = 0; i < scene->mNumMeshes; ++i) {
        const aiMesh* mesh = scene->mMeshes[i];
        m.vertices += mesh->mNumVertices;
        EXPECT_TRUE(mesh->HasNormals()) << name;
        for (unsigned v = 0; v < mesh->mNumVertices; ++v) {
            const aiVector3D p = mesh->mVertices[v], n = mesh->mNormals[v];
            for (int k = 0; k < 3; ++k) {
                if (!std::isfinite(p[k]) || !std::isfinite(n[k])) ++m.bad_numbers;
                m.min[k] = std::min(m.min[k], p[k]);
                m.max[k] = std::max(m.max[k], p[k]);
            }
        }
    }
    return m;
}

TEST(GeneratedModels, EveryModelLoadsThroughAssimpWithFiniteData) {
    for (const std::string& name : expected_names()) {
        const Measured m = measure(name);
        EXPECT_GT(m.meshes, 0u) << name;
        EXPECT_GT(m.vertices, 0u) << name;
        EXPECT_EQ(m.bad_numbers, 0u) << name << " has NaN or infinite values";
        EXPECT_GE(m.min.y, -0.021f) << name << " goes below the floor";
        EXPECT_LE(m.max.y, 3.001f) << name << " is taller than the 3 m rooms";
    }
}

TEST(GeneratedModels, KeyObjectsHaveRealWorldSizes) {
    const Measured table = measure("operating_table");
    EXPECT_NEAR(table.max.x - table.min.x, 2.0f, 0.05f);
    EXPECT_NEAR(table.max.y, 0.9f, 0.02f);
    EXPECT_NEAR(table.max.z - table.min.z, 0.6f, 0.06f);

    const Measured hlm = measure("heart_lung_machine");
    EXPECT_GT(hlm.max.y, 1.7f);
    EXPECT_LT(hlm.max.y, 2.1f);
    const Measured bed = measure("icu_bed");
    EXPECT_NEAR(bed.max.x - bed.min.x, 2.2f, 0.1f);
    for (const std::string& name : expected_names()) {
        if (name.rfind("person_", 0) != 0) continue;
        const Measured p = measure(name);
        EXPECT_NEAR(p.max.y, 1.72f, 0.05f) << name;
        EXPECT_NEAR(p.min.y, 0.0f, 0.01f) << name;
    }
}

TEST(GeneratedModels, HeartLungMachineConsoleIsAboutOnePointThreeMetresWide) {
    // The console cabinet and pump housings share the white material in the root node.
    Assimp::Importer importer;
    const aiScene* scene = importer.ReadFile(model_file(test::kModels, "heart_lung_machine").string(), aiProcess_ValidateDataStructure);
    ASSERT_NE(scene, nullptr);
    const aiNode* root = scene->mRootNode->mNumMeshes ? scene->mRootNode : scene->mRootNode->mChildren[0];
    float min_x = 1e9f, max_x = -1e9f;
    int found = 0;
    for (unsigned i = 0; i < root->mNumMeshes; ++i) {
        const aiMesh* mesh = scene->mMeshes[root->mMeshes[i]];
        if (std::string(scene->mMaterials[mesh->mMaterialIndex]->GetName().C_Str()) != "white_enamel") continue;
        ++found;
        for (unsigned v = 0; v < mesh->mNumVertices; ++v) {
            min_x = std::min(min_x, mesh->mVertices[v].x);
            max_x = std::max(max_x, mesh->mVertices[v].x);
        }
    }
    ASSERT_EQ(found, 1);
    EXPECT_GE(max_x - min_x, 1.2f);
    EXPECT_LE(max_x - min_x, 1.5f);
}

}  // namespace
}  // namespace perfuse::world

namespace perfuse::world {
namespace {

// The machine screens the app draws the live console on: each face is one mesh whose material names
// the screen, with UVs over 0..1 that run left to right and top to bottom as seen from the front
// (read with the app's own flags, aiProcess_FlipUVs, so v = 0 is the picture's top row).
TEST(GeneratedModels, MachineScreensAreNamedFacesWithUvsAcrossThem) {
    const std::pair<const char*, const char*> screens[] = {
        {"heart_lung_machine", "screen:hlm_main"}, {"patient_monitor", "screen:patient_monitor"},
        {"wall_monitor", "screen:patient_monitor"}, {"ecmo_cart", "screen:ecmo_console"},
        {"ilp_circuit", "screen:ilp_console"}};
    for (const auto& [model, material] : screens) {
        Assimp::Importer importer;
        const aiScene* scene = importer.ReadFile(model_file(test::kModels, model).string(),
                                                 aiProcess_ValidateDataStructure | aiProcess_FlipUVs);
        ASSERT_NE(scene, nullptr) << model;
        int faces = 0;
        for (unsigned i = 0; i < scene->mNumMeshes; ++i) {
            const aiMesh* mesh = scene->mMeshes[i];
            if (std::string(scene->mMaterials[mesh->mMaterialIndex]->GetName().C_Str()) != material) continue;
            ++faces;
            ASSERT_TRUE(mesh->HasTextureCoords(0)) << model;
            // The front face: the vertices whose normal points most towards the viewer (+Z, tilted).
            float front_z = -1.0f;
            for (unsigned v = 0; v < mesh->mNumVertices; ++v) front_z = std::max(front_z, mesh->mNormals[v].z);
            // Indices of the front face's leftmost, rightmost, highest and lowest corners.
            unsigned left = 0, right = 0, top = 0, bottom = 0;
            bool any = false;
            for (unsigned v = 0; v < mesh->mNumVertices; ++v) {
                if (mesh->mNormals[v].z < front_z - 1e-3f) continue;
                const aiVector3D* p = mesh->mVertices;
                if (!any || p[v].x < p[left].x) left = v;
                if (!any || p[v].x > p[right].x) right = v;
                if (!any || p[v].y > p[top].y) top = v;
                if (!any || p[v].y < p[bottom].y) bottom = v;
                any = true;
            }
            ASSERT_TRUE(any) << model;
            const aiVector3D* uv = mesh->mTextureCoords[0];
            EXPECT_NEAR(uv[left].x, 0.0f, 1e-4f) << model;
            EXPECT_NEAR(uv[right].x, 1.0f, 1e-4f) << model;
            EXPECT_NEAR(uv[top].y, 0.0f, 1e-4f) << model;
            EXPECT_NEAR(uv[bottom].y, 1.0f, 1e-4f) << model;
        }
        EXPECT_EQ(faces, 1) << model << " should have one " << material << " face";
    }
}

}  // namespace
}  // namespace perfuse::world
