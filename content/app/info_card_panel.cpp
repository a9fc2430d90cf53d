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

namespace {
void add_spoken(std::string& speech, const std::string& heading, const std::string& body) {
    if (body.empty()) return;
    // A heading ends in a full stop (so the voice pauses) unless it already asks a question.
    const bool ends = !heading.empty() && (heading.back() == '?' || heading.back() == '.' || heading.back() == '!');
    speech += "\n" + heading + (ends ? " " : ". ") + body;
}
}  // namespace

std::string info_card_speech(const UiText& text, const Room& room, const std::string& item_id) {
    const Interactable* item = item_id.empty() ? nullptr : room.find_interactable(item_id);
    if (!item) return {};
    std::string speech;
    if (const world::ItemCard* c = room.cards.find_item(item->card)) {
        speech = c->title + ".";
        add_spoken(speech, text.heading("what_it_is"), c->what_it_is);
        add_spoken(speech, text.heading("what_it_does"), c->what_it_does);
        add_spoken(speech, text.heading("who_uses_it"), c->who_uses_it);
        add_spoken(speech, text.heading("did_you_know"), c->did_you_know);
    } else if (const world::PersonCard* p = room.cards.find_person(item->card)) {
        speech = p->role + ".";
        add_spoken(speech, text.heading("what_they_do"), p->what_they_do);
        add_spoken(speech, text.heading("with_the_perfusionist"), p->with_the_perfusionist);
        add_spoken(speech, text.heading("did_you_know"), p->did_you_know);
    }
    return speech;
}

std::string info_card_title(const Room& room, const std::string& item_id) {
    const Interactable* item = item_id.empty() ? nullptr : room.find_interactable(item_id);
    if (!item) return {};
    if (const world::ItemCard* c = room.cards.find_item(item->card)) return c->title;
    if (const world::PersonCard* p = room.cards.find_person(item->card)) return p->role;
    return {};
}

bool draw_info_card_sections(const UiText& text, const Room& room, const std::string& item_id) {
    const Interactable* item = item_id.empty() ? nullptr : room.find_interactable(item_id);
    if (!item) return false;
    if (const world::ItemCard* c = room.cards.find_item(item->card)) {
        section(text, "what_it_is", c->what_it_is);
        section(text, "what_it_does", c->what_it_does);
        section(text, "who_uses_it", c->who_uses_it);
        section(text, "did_you_know", c->did_you_know);
        section(text, "source", c->source);
        return true;
    }
    if (const world::PersonCard* p = room.cards.find_person(item->card)) {
        section(text, "what_they_do", p->what_they_do);
        section(text, "with_the_perfusionist", p->with_the_perfusionist);
        section(text, "did_you_know", p->did_you_know);
        section(text, "source", p->source);
        return true;
    }
    return false;
}

void draw_info_card_panel(const UiText& text, const Room& room, Selection& selection) {
    const std::string title = info_card_title(room, selection.selected);
    if (title.empty()) return;

    const ImGuiViewport* viewport = ImGui::GetMainViewport();
    const float width = ImGui::GetFontSize() * 22.0f;
    ImGui::SetNextWindowPos(ImVec2(viewport->Size.x - width - 16.0f, 16.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f), ImGuiCond_Always);
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, viewport->Size.y - 32.0f));
    ImGui::SetNextWindowBgAlpha(0.94f);
    bool open = true;
    const ImGuiWindowFlags flags = ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                                   ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize;
    if (ImGui::Begin((title + "###info_card").c_str(), &open, flags)) {
        draw_info_card_sections(text, room, selection.selected);
        ImGui::Spacing();
        if (ImGui::Button(text.card_close.c_str())) open = false;
    }
    ImGui::End();
    if (!open) selection.selected.clear();
}

}  // namespace perfuse
