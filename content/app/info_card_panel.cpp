#include "app/info_card_panel.h"

#include <imgui.h>

namespace perfuse {

namespace {
void section(const UiText& text, const char* key, const std::string& body) {
    if (body.empty()) return;
    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, ImVec4(0.0f, 0.38f, 0.42f, 1.0f));
    ImGui::TextUnformatted(text.heading(key).c_str());
    ImGui::PopStyleColor();
    ImGui::TextWrapped("%s", body.c_str());
}
}  // namespace

void draw_info_card_panel(const UiText& text, const Room& room, Selection& selection) {
    if (selection.selected.empty()) return;
    const Interactable* item = room.find_interactable(selection.selected);
    if (!item) return;
    const world::ItemCard* item_card = room.cards.find_item(item->card);
    const world::PersonCard* person_card = item_card ? nullptr : room.cards.find_person(item->card);
    if (!item_card && !person_card) return;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = ImGui::GetFontSize() * 22.0f;
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x - width - 16.0f, 16.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, viewport->Size.y - 32.0f));
    ImGui::SetNextWindowBgAlpha(0.94f);
    const std::string& title = item_card ? item_card->title : person_card->role;
    bool open = true;
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin((title + "###info_card").c_str(), &open, flags)) {
        if (item_card) {
            section(text, "what_it_is", item_card->what_it_is);
            section(text, "what_it_does", item_card->what_it_does);
            section(text, "who_uses_it", item_card->who_uses_it);
            section(text, "did_you_know", item_card->did_you_know);
            section(text, "source", item_card->source);
        } else {
            section(text, "what_they_do", person_card->what_they_do);
            section(text, "with_the_perfusionist", person_card->with_the_perfusionist);
            section(text, "did_you_know", person_card->did_you_know);
            section(text, "source", person_card->source);
        }
        ImGui::Spacing();
        if (ImGui::Button(text.card_close.c_str())) open = false;
    }
    ImGui::End();
    if (!open) selection.selected.clear();
}

}  // namespace perfuse
