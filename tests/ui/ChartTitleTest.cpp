#include "ChartBuilder.h"
#include "gallery/FigureThumbnail.h"

#include <gtest/gtest.h>

using namespace sc;

TEST(ChartTitle, ALongCaptionIsCutInTwoLinesNotElided)
{
    const QString ja = QStringLiteral("図 12：日中韓の姉妹都市・友好都市の現状に対する中国側都市と"
                                      "日本側都市の評価の比較");
    const QString title = ChartBuilder::wrappedTitle(ja);
    const QStringList lines = title.split(QStringLiteral("<br>"));
    ASSERT_EQ(lines.size(), 2);
    EXPECT_EQ(lines.join(QString()), ja); // nothing lost, nothing added
    EXPECT_LT(std::abs(int(lines[0].size()) - int(lines[1].size())), 6);

    const QString en = QStringLiteral("Figure 11: Chinese cities' evaluation of exchanges with "
                                      "their Japanese and Korean sister cities");
    const QStringList enLines = ChartBuilder::wrappedTitle(en).split(QStringLiteral("<br>"));
    ASSERT_EQ(enLines.size(), 2);
    EXPECT_EQ(enLines.join(QStringLiteral(" ")).toStdString(),
              en.toHtmlEscaped().toStdString()); // cut at a space, between whole words

    const QString shortTitle = QStringLiteral("图 3：中日新增友好城市数量演变");
    EXPECT_EQ(ChartBuilder::wrappedTitle(shortTitle), shortTitle);
}

TEST(ThumbnailCaption, EnglishAndKoreanLinesEndBetweenWordsChineseAnywhere)
{
    // Figure 9's caption in Korean and English, as the catalogue gives them.
    const QString ko = QStringLiteral("그림 9: 중국 측 도시의 한일 자매도시·우호도시 교류 평가");
    const QString en = QStringLiteral("Figure 9: Chinese cities' evaluation of exchanges with "
                                      "their Japanese sister cities");
    for (const auto& [caption, language] :
         {std::pair{ko, Language::Ko}, std::pair{en, Language::En}}) {
        const QString shown = FigureThumbnail::caption(caption, language);
        const QStringList lines = shown.split(QLatin1Char('\n'));
        ASSERT_EQ(lines.size(), 2) << shown.toStdString();
        // Joined by a space again, the lines are the caption's start: the cut was a space.
        QString joined = lines.join(QLatin1Char(' '));
        if (joined.endsWith(QStringLiteral("…")))
            joined.chop(1);
        EXPECT_TRUE(caption.startsWith(joined)) << shown.toStdString();
    }
    const QString zh = QStringLiteral("图 9：中方城市对中日友好城市交流的评价");
    const QStringList zhLines = FigureThumbnail::caption(zh, Language::Zh).split(QLatin1Char('\n'));
    ASSERT_EQ(zhLines.size(), 2);
    EXPECT_EQ(zhLines.join(QString()), zh); // cut between two characters, nothing lost
}
