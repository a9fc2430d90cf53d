#pragma once
// Information cards: one per interactable item (assets/cards/items.json) and one per role
// (assets/cards/people.json). Text is for ages 12 and up; sources are named where facts need them.
#include <filesystem>
#include <string>
#include <vector>

#include "scene.h"

namespace perfuse::world {

struct ItemCard {
    std::string id;
    std::string title;
    std::string what_it_is;
    std::string what_it_does;
    std::string who_uses_it;
    std::string did_you_know;
    std::string source;  // may be empty for everyday objects
};

struct PersonCard {
    std::string id;
    std::string role;
    std::string what_they_do;
    std::string with_the_perfusionist;
    std::string did_you_know;
    std::string source;
};

struct Cards {
    std::vector<ItemCard> items;
    std::vector<PersonCard> people;

    const ItemCard* find_item(const std::string& id) const;
    const PersonCard* find_person(const std::string& id) const;
};

// Loads both card files; every text field is required and non-empty, ids unique across both files.
Cards load_cards(const std::filesystem::path& items_file, const std::filesystem::path& people_file);

// Throws WorldError ("theatre.json: items[4].card: no card 'x' in items.json or people.json") unless
// every interactable item of the scene has a card.
void check_cards(const Scene& scene, const Cards& cards);

}  // namespace perfuse::world
