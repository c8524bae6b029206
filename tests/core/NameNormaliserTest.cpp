// Names are normalised and checked in one place: what import and the dialogs may store.
#include "NameNormaliser.h"

#include <gtest/gtest.h>

using namespace sc;

TEST(NameNormaliser, NamesAreNfcAndTrimmed)
{
    // "é" as e + combining acute (NFD, as macOS writes it) becomes the one character U+00E9.
    const auto result = NameNormaliser::normalise(QStringLiteral("  Orle\u0301ans \u3000"));
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.name, QStringLiteral("Orl\u00E9ans"));
    EXPECT_EQ(result.name.size(), 7);
    EXPECT_TRUE(result.notes.isEmpty());
}

TEST(NameNormaliser, InvisibleCharactersAtTheEdgesAreStrippedWithANote)
{
    const auto result = NameNormaliser::normalise(QStringLiteral("\uFEFF扬州\u200B"));
    EXPECT_TRUE(result.ok());
    EXPECT_EQ(result.name, QStringLiteral("扬州"));
    EXPECT_EQ(result.notes, (QStringList{"the invisible character U+FEFF at its start was removed",
                                         "the invisible character U+200B at its end was removed"}));
}

TEST(NameNormaliser, InvisibleControlAndBidiCharactersInsideAreRefused)
{
    const struct {
        QString name;
        QString problem;
    } cases[] = {
        {QStringLiteral("Yang\u200Bzhou"),
         "holds the invisible character U+200B at character 5, which no name may hold"},
        {QStringLiteral("Yang\u200Dzhou"),
         "holds the invisible character U+200D at character 5, which no name may hold"},
        {QStringLiteral("abc\u202Eexe"),
         "holds the bidirectional control U+202E (it can make text display in another order "
         "than it reads) at character 4, which no name may hold"},
        {QStringLiteral("A\u0085B"),
         "holds the control character U+0085 at character 2, which no name may hold"},
        {QStringLiteral("A\x7F"
                        "B"),
         "holds the control character U+007F at character 2, which no name may hold"},
        {QStringLiteral("A\tB"),
         "holds the control character U+0009 at character 2, which no name may hold"},
        {QStringLiteral("A\uE000"),
         "holds the private-use character U+E000 at character 2, which no name may hold"},
        {QStringLiteral("A\u0378"),
         "holds the unassigned code point U+0378 at character 2, which no name may hold"},
        {QStringLiteral("\u200B\u200D\uFEFF"),
         "is empty once its invisible characters and spaces are removed"},
        {QStringLiteral("\u3164"),
         "holds the invisible character U+3164 at character 1, which no name may hold"},
        {QString(), "is empty"},
    };
    for (const auto& c : cases) {
        const auto result = NameNormaliser::normalise(c.name);
        EXPECT_FALSE(result.ok()) << NameNormaliser::visible(c.name).toStdString();
        EXPECT_EQ(result.problem, c.problem);
        EXPECT_TRUE(result.name.isEmpty());
    }
}

TEST(NameNormaliser, MessagesShowInvisibleCharactersAsCodePoints)
{
    EXPECT_EQ(NameNormaliser::visible(QStringLiteral("abc\u202Eexe")), "\"abc<U+202E>exe\"");
    EXPECT_EQ(NameNormaliser::visible(QStringLiteral("扬州")), "\"扬州\"");
}

TEST(NameNormaliser, LookAlikesShareOneMatchKey)
{
    const QString key = NameNormaliser::matchKey(QStringLiteral("Yangzhou"));
    EXPECT_EQ(NameNormaliser::matchKey(QStringLiteral("Ｙａｎｇｚｈｏｕ")), key); // full width
    EXPECT_EQ(NameNormaliser::matchKey(QStringLiteral("YANGZHOU ")), key);
    EXPECT_EQ(NameNormaliser::matchKey(QStringLiteral("Yang\u200Bzhou")), key);
    EXPECT_EQ(NameNormaliser::matchKey(QStringLiteral("ｶﾜｻｷ")),
              NameNormaliser::matchKey("カワサキ"));
    EXPECT_NE(NameNormaliser::matchKey(QStringLiteral("Yangzhong")), key);
}
