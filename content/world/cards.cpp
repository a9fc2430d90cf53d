#include "cards.h"

#include <algorithm>
#include <set>

#include "json_reader.h"
#include "world_error.h"

namespace perfuse::world {

const ItemCard* Cards::find_item(const std::string& id) const {
    const auto it = std::find_if(items.begin(), items.end(), [&](const ItemCard& c) { return c.id == id; });
    return it == items.end() ? nullptr : &*it;
}

const PersonCard* Cards::find_person(const std::string& id) const {
    const auto it = std::find_if(people.begin(), people.end(), [&](const PersonCard& c) { return c.id == id; });
    return it == people.end() ? nullptr : &*it;
}

Cards load_cards(const std::filesystem::path& items_file, const std::filesystem::path& people_file) {
    Cards cards;
    std::set<std::string> ids;
    {
        const std::string name = items_file.filename().string();
        const nlohmann::json doc = read_json_file(items_file.string(), name);
        const JsonReader r(doc, name);
        for (const JsonReader& c : r.array("cards")) {
            ItemCard card{c.string("id"), c.string("title"), c.string("what_it_is"), c.string("what_it_does"),
                          c.string("who_uses_it"), c.string("did_you_know"), c.string_or("source", "")};
            if (!ids.insert(card.id).second) c.fail_field("id", "duplicate card id '" + card.id + "'");
            cards.items.push_back(std::move(card));
        }
    }
    {
        const std::string name = people_file.filename().string();
        const nlohmann::json doc = read_json_file(people_file.string(), name);
        const JsonReader r(doc, name);
        for (const JsonReader& c : r.array("cards")) {
            PersonCard card{c.string("id"), c.string("role"), c.string("what_they_do"), c.string("with_the_perfusionist"),
                            c.string("did_you_know"), c.string_or("source", "")};
            if (!ids.insert(card.id).second) c.fail_field("id", "duplicate card id '" + card.id + "'");
            cards.people.push_back(std::move(card));
        }
    }
    return cards;
}

void check_cards(const Scene& scene, const Cards& cards) {
    std::size_t placed = 0;  // index among the file's items (structural items come after them)
    for (const Item& item : scene.items) {
        if (item.structural) continue;
        if (item.interactable && !cards.find_item(item.card) && !cards.find_person(item.card))
            throw WorldError(scene.file, "items[" + std::to_string(placed) + "].card",
                             "no card '" + item.card + "' in items.json or people.json");
        ++placed;
    }
}

}  // namespace perfuse::world
