// Every interactable item and every person has a card with real text; the career page data holds the reference facts.
#include <cstdlib>
#include <fstream>
#include <set>

#include <gtest/gtest.h>

#include "world/cards.h"
#include "world/career.h"
#include "world/json_reader.h"
#include "world_test_paths.h"

namespace perfuse::world {
namespace {

Cards shipped_cards() { return load_cards(test::kAssets / "cards" / "items.json", test::kAssets / "cards" / "people.json"); }

// A sentence, not a placeholder.
void expect_text(const std::string& text, const std::string& what) {
    EXPECT_GE(text.size(), 20u) << what << ": '" << text << "'";
    EXPECT_EQ(text.find("TODO"), std::string::npos) << what;
}

TEST(Cards, EveryInteractableItemInEverySceneHasACard) {
    const Cards cards = shipped_cards();
    for (const Scene& s : test::all_scenes()) {
        EXPECT_NO_THROW(check_cards(s, cards)) << s.file;
        for (const Item& item : s.items) {
            if (!item.interactable) continue;
            const bool is_person = item.model.rfind("person_", 0) == 0;
            if (is_person) {
                EXPECT_NE(cards.find_person(item.card), nullptr) << s.file << ": " << item.id << " needs a people card";
            } else {
                EXPECT_NE(cards.find_item(item.card), nullptr) << s.file << ": " << item.id << " needs an item card";
            }
        }
    }
}

TEST(Cards, EveryCardHasFullTextAndIsUsedBySomeScene) {
    const Cards cards = shipped_cards();
    EXPECT_GE(cards.items.size(), 30u);
    EXPECT_EQ(cards.people.size(), 10u);
    std::set<std::string> used;
    for (const Scene& s : test::all_scenes())
        for (const Item& item : s.items)
            if (item.interactable) used.insert(item.card);
    for (const ItemCard& c : cards.items) {
        expect_text(c.what_it_is, c.id + ".what_it_is");
        expect_text(c.what_it_does, c.id + ".what_it_does");
        expect_text(c.who_uses_it, c.id + ".who_uses_it");
        expect_text(c.did_you_know, c.id + ".did_you_know");
        EXPECT_TRUE(used.contains(c.id)) << "card " << c.id << " is not used by any scene";
    }
    for (const PersonCard& c : cards.people) {
        expect_text(c.what_they_do, c.id + ".what_they_do");
        expect_text(c.with_the_perfusionist, c.id + ".with_the_perfusionist");
        expect_text(c.did_you_know, c.id + ".did_you_know");
        EXPECT_TRUE(used.contains(c.id)) << "person card " << c.id << " is not used by any scene";
    }
}

TEST(Cards, EveryRoleFromTheCareerPageIsACard) {
    const Cards cards = shipped_cards();
    for (const char* id : {"perfusionist", "surgeon", "anaesthetist", "scrub_nurse", "odp", "theatre_support_worker", "cardiologist",
                           "cardiac_physiologist", "clinical_scientist", "icu_nurse"})
        EXPECT_NE(cards.find_person(id), nullptr) << id;
}

TEST(Career, HoldsTheReferenceFactsInOrder) {
    const Career career = load_career(test::kAssets / "career" / "career.json");
    EXPECT_EQ(career.also_called, std::vector<std::string>{"Clinical perfusion scientist"});
    EXPECT_EQ(career.school_subjects, (std::vector<std::string>{"Chemistry", "English", "Human Biology", "Maths", "Physics"}));
    ASSERT_EQ(career.what_they_do.size(), 3u);  // heart surgery, isolated limb perfusion, ECMO
    const auto& path = career.training_path;
    ASSERT_EQ(path.size(), 4u);
    EXPECT_NE(path[0].text.find("honours degree"), std::string::npos);
    EXPECT_NE(path[1].text.find("MSc in Perfusion Science at the University of Bristol"), std::string::npos);
    EXPECT_NE(path[1].text.find("accredited training at work"), std::string::npos);
    EXPECT_NE(path[2].text.find("Certificate of Accreditation in Basic Clinical Perfusion Sciences"), std::string::npos);
    EXPECT_NE(path[3].text.find("College of Clinical Perfusion Scientists of Great Britain and Ireland"), std::string::npos);
    EXPECT_EQ(career.skills.size(), 7u);
    EXPECT_EQ(career.colleagues.size(), 8u);
    EXPECT_EQ(career.professional_body, "College of Clinical Perfusion Scientists of Great Britain and Ireland");
    EXPECT_FALSE(career.sources.empty());
}

TEST(Career, OutOfOrderTrainingStepIsReported) {
    nlohmann::json doc = read_json_file((test::kAssets / "career" / "career.json").string(), "career.json");
    doc["training_path"][2]["step"] = 4;
    // The file must be called career.json (the message names it), so it gets its own directory.
    char pattern[] = "/tmp/perfuse_career_XXXXXX";
    ASSERT_NE(mkdtemp(pattern), nullptr);
    const std::filesystem::path file = std::filesystem::path(pattern) / "career.json";
    std::ofstream(file) << doc.dump();
    try {
        load_career(file);
        FAIL() << "expected a WorldError";
    } catch (const WorldError& e) {
        EXPECT_STREQ(e.what(), "career.json: training_path[2].step: expected 3");
    }
    std::filesystem::remove_all(file.parent_path());
}

}  // namespace
}  // namespace perfuse::world
