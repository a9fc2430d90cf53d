#include "app/app_renderer.h"
#include "app/mode_panels.h"
#include "app/mode_update.h"
#include "app/mode_widgets.h"

namespace perfuse {

namespace {
void bullets(const std::vector<std::string>& lines) {
    for (const std::string& line : lines) ImGui::BulletText("%s", line.c_str());
}

void job_sections(const modes::ModeText& t, const world::Career& c, const modes::UiColours& colours) {
    mode_text(c.summary);
    ImGui::TextWrapped("%s %s", t("career.also_called").c_str(), c.also_called.front().c_str());
    if (ImGui::CollapsingHeader(t("career.what_they_do").c_str(), ImGuiTreeNodeFlags_DefaultOpen))
        for (const world::CareerText& part : c.what_they_do) {
            mode_heading(colours, part.heading);
            mode_text(part.text);
        }
    if (ImGui::CollapsingHeader(t("career.where_they_work").c_str())) mode_text(c.where_they_work);
}

void path_sections(const modes::ModeText& t, const world::Career& c) {
    if (ImGui::CollapsingHeader(t("career.subjects").c_str())) {
        mode_text(c.subjects_intro);
        bullets(c.school_subjects);
        mode_text(c.subjects_tip);
    }
    if (ImGui::CollapsingHeader(t("career.experience").c_str())) mode_text(c.experience);
    if (ImGui::CollapsingHeader(t("career.path").c_str())) {
        for (std::size_t i = 0; i < c.training_path.size(); ++i)
            ImGui::TextWrapped("%zu. %s: %s", i + 1, c.training_path[i].heading.c_str(), c.training_path[i].text.c_str());
        ImGui::TextWrapped("%s %s", t("career.professional_body").c_str(), c.professional_body.c_str());
        ImGui::TextWrapped("%s %s", t("career.how_to_apply").c_str(), c.how_to_apply.c_str());
    }
}

void skills_and_people(AppRenderer& r, const modes::ModeText& t, const world::Career& c, const modes::UiColours& colours) {
    if (ImGui::CollapsingHeader(t("career.skills").c_str()))
        for (const world::CareerSkillSeen& skill : c.skills_in_simulation) {
            mode_heading(colours, skill.skill);
            mode_text(skill.where);
        }
    if (ImGui::CollapsingHeader(t("career.colleagues").c_str()))
        for (const world::CareerColleague& person : c.colleagues_in_rooms) {
            ImGui::PushID(person.item.c_str());
            if (ImGui::SmallButton(t("career.show_me").c_str())) {
                r.modes.show_career = false;
                show_stop(r, {.id = person.item, .title = person.colleague, .text = {}, .scene = person.scene,
                              .camera = {}, .item = person.item});
            }
            ImGui::SameLine();
            ImGui::TextUnformatted(person.colleague.c_str());
            ImGui::PopID();
        }
    if (ImGui::CollapsingHeader(t("career.growth").c_str())) bullets(c.growth);
}
}  // namespace

void draw_career_panel(AppRenderer& r, const modes::UiColours& colours) {
    ModeSession& m = r.modes;
    const modes::ModeText& t = m.text;
    if (begin_centred_window((t("career.title") + "###career").c_str(), 32.0f)) {
        job_sections(t, m.career, colours);
        path_sections(t, m.career);
        skills_and_people(r, t, m.career, colours);
        ImGui::Spacing();
        ImGui::TextWrapped("%s", t("career.sources").c_str());
        for (const world::CareerSource& source : m.career.sources)
            ImGui::TextWrapped("%s (%s)", source.title.c_str(), source.url.c_str());
        if (ImGui::Button(t("career.close").c_str())) m.show_career = false;
    }
    ImGui::End();
}

}  // namespace perfuse
