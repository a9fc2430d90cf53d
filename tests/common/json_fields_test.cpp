// The shared JSON field reader: every problem is one line naming the file, the field's full path and
// what is wrong, and each typed read accepts what it should and nothing else.
#include <gtest/gtest.h>

#include "common/json_fields.h"

namespace perfuse::json_fields {
namespace {

// The message a read throws, or "" when it does not throw.
template <class Read>
std::string error_of(Read read) {
    try {
        read();
    } catch (const FieldError& e) {
        return e.what();
    }
    return "";
}

TEST(JsonFields, PathsAndLines) {
    EXPECT_EQ(member_path("", "title"), "title");
    EXPECT_EQ(member_path("steps[2]", "done"), "steps[2].done");
    EXPECT_EQ(index_path("steps", 3), "steps[3]");
    EXPECT_EQ(error_line("a.json", "steps[1].why", "missing"), "a.json: steps[1].why: missing");
    EXPECT_EQ(error_line("a.json", "", "not valid JSON"), "a.json: not valid JSON");
    EXPECT_EQ(one_line("key \"a\nb\"\t\x01"), "key \"a\\nb\"\\t\\x01");
    const std::string cut = one_line(std::string(1000, 'x'));
    EXPECT_EQ(cut.size(), 303u);
    EXPECT_EQ(cut.substr(300), "...");
}

TEST(JsonFields, SyntaxErrorsGiveTheLineAndColumn) {
    EXPECT_EQ(error_of([] { parse_json("{\n  \"a\": 1,\n  \"b\" 2\n}", "s.json"); }),
              "s.json: not valid JSON (line 3, column 7)");
    EXPECT_EQ(error_of([] { parse_json("[1e999]", "s.json"); }), "s.json: not valid JSON (a number is out of range)");
    EXPECT_EQ(error_of([] { read_json_file("/no/such/dir/s.json", "s.json"); }),
              "s.json: cannot be read from /no/such/dir/s.json");
    EXPECT_EQ(error_of([] { read_json_file("/no/such/dir/s.json", "/no/such/dir/s.json"); }),
              "/no/such/dir/s.json: cannot be read (missing file?)");
}

TEST(JsonFields, TypedReadsNameTheField) {
    const nlohmann::json doc = nlohmann::json::parse(R"({"title": "T", "blank": "  ", "n": 2.5, "whole": 3, "on": true,
        "none": null, "list": ["a", 7], "items": [{"id": "x"}, 4]})");
    const Fields f(doc, "d.json", "steps[0]");
    EXPECT_EQ(f.text("title"), "T");
    EXPECT_EQ(f.text("blank", Fields::Blank::allowed), "  ");
    EXPECT_EQ(error_of([&] { f.text("blank"); }), "d.json: steps[0].blank: is empty");
    EXPECT_EQ(error_of([&] { f.text("n"); }), "d.json: steps[0].n: expected text");
    EXPECT_EQ(error_of([&] { f.text("why"); }), "d.json: steps[0].why: missing");
    EXPECT_EQ(error_of([&] { f.text("none"); }), "d.json: steps[0].none: missing");  // null counts as absent
    EXPECT_EQ(f.text_or("none", "fallback"), "fallback");
    EXPECT_DOUBLE_EQ(f.number("n"), 2.5);
    EXPECT_DOUBLE_EQ(f.number_or("absent", -1.0), -1.0);
    EXPECT_EQ(error_of([&] { f.number_in("n", 0.0, 2.0, "s"); }), "d.json: steps[0].n: expected a number from 0 to 2 s");
    EXPECT_EQ(error_of([&] { f.number("title"); }), "d.json: steps[0].title: expected a number");
    EXPECT_EQ(f.whole_number("whole"), 3);
    EXPECT_EQ(error_of([&] { f.whole_number("n"); }), "d.json: steps[0].n: expected a whole number");
    EXPECT_TRUE(f.flag("on"));
    EXPECT_FALSE(f.flag_or("absent", false));
    EXPECT_EQ(error_of([&] { f.flag_or("title", false); }), "d.json: steps[0].title: expected true or false");
    EXPECT_EQ(error_of([&] { f.texts("list"); }), "d.json: steps[0].list[1]: expected text");
    EXPECT_TRUE(f.texts("absent", false).empty());
    EXPECT_EQ(error_of([&] { f.list("title"); }), "d.json: steps[0].title: expected a list");
    EXPECT_EQ(error_of([&] { f.objects("items"); }), "d.json: steps[0].items[1]: expected an object");
    EXPECT_EQ(error_of([&] { f.only_keys({"title", "blank", "n", "whole", "on", "none", "list"}); }),
              "d.json: steps[0]: unknown key \"items\"");
    EXPECT_EQ(error_of([] { Fields(nlohmann::json::array(), "d.json"); }), "d.json: expected an object");
}

}  // namespace
}  // namespace perfuse::json_fields
