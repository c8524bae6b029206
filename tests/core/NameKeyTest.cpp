#include "NameKey.h"
#include "model/Names.h"

#include <gtest/gtest.h>

using namespace sc;

TEST(NameKey, FoldsWidthAndCase)
{
    EXPECT_EQ(namekey::normalize("ＴＩＡＮＪＩＮ"), namekey::normalize("tianjin"));
    EXPECT_EQ(namekey::normalize("ｺｳﾍﾞ"), namekey::normalize("コウベ"));
    EXPECT_EQ(namekey::normalize("  Kobe   City "), "kobe city");
}

TEST(NameKey, VariantsDropAnAdministrativeSuffix)
{
    EXPECT_EQ(namekey::variants("天津市"), (QStringList{"天津市", "天津"}));
    EXPECT_EQ(namekey::variants("Jiangsu Province"), (QStringList{"jiangsu province", "jiangsu"}));
    EXPECT_EQ(namekey::variants("부산광역시"), (QStringList{"부산광역시", "부산"}));
    EXPECT_EQ(namekey::variants("市"), QStringList{"市"});
}

TEST(NameKey, EqualsPatternMatchesOnlyWholeNames)
{
    const QString text = namekey::searchText({"神戸市", "Kobe"});
    // The pattern is a LIKE pattern; check it the way SQL would, by its pieces.
    EXPECT_TRUE(text.contains(QChar(0x1F) + QStringLiteral("神戸") + QChar(0x1F)));
    EXPECT_TRUE(namekey::equalsPattern("10%").contains("10\\%"));
    EXPECT_TRUE(namekey::containsPattern("a_b").contains("a\\_b"));
}

TEST(Names, DisplayFallsBackToNativeThenEnglish)
{
    Names n;
    n.native = "神戸市";
    n.en = "Kobe";
    EXPECT_EQ(n.display(Language::Ko), "神戸市");
    n.ko = "고베시";
    EXPECT_EQ(n.display(Language::Ko), "고베시");
    Names english;
    english.en = "Paris";
    EXPECT_EQ(english.display(Language::Zh), "Paris");
}
